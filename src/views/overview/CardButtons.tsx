/**
 * The card's ways in: each headline fact and each row of the small chart is a button that opens
 * the evidence for that model and dimension. The glyph stays one image with a text alternative;
 * its row buttons are laid over it, one per row, placed in proportions of the glyph's box so they
 * stay on their rows however the image is scaled.
 */
import type { ReactNode } from 'react';
import type { EvidenceKey } from '../../corpus/vocabulary';
import type { GlyphLayout, GlyphRowId } from './layout';

export function EvidenceButton({
  label,
  onOpen,
  children,
}: {
  /** The accessible name, e.g. "Japan: state role 5 — director, open the evidence". */
  label: string;
  onOpen: () => void;
  children: ReactNode;
}) {
  return (
    <button type="button" className="fact-button" aria-label={label} onClick={onOpen}>
      {children}
    </button>
  );
}

/** Which evidence each glyph row opens: the row is the dimension. */
const GLYPH_ROW_KEY: Record<GlyphRowId, EvidenceKey> = {
  stateRole: 'stateRole',
  governanceLevel: 'governanceLevel',
  sectorFocus: 'sectorFocus',
  firmHierarchy: 'firmHierarchy',
};

export function GlyphRowButtons({
  layout,
  names,
  onOpen,
}: {
  layout: GlyphLayout;
  names: Record<GlyphRowId, string>;
  onOpen: (key: EvidenceKey) => void;
}) {
  // The rows are equal and fill the glyph's height (layout.ts), so equal flex items over the glyph
  // match them whatever its drawn size, with no inline position (the build's server-rendered
  // first page may not carry inline styles under the CSP).
  return (
    <div className="glyph-row-buttons">
      {layout.rows.map((row) => (
        <button
          key={row.id}
          type="button"
          className="glyph-row-button"
          aria-label={names[row.id]}
          onClick={() => onOpen(GLYPH_ROW_KEY[row.id])}
        />
      ))}
    </div>
  );
}
