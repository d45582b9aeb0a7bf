/**
 * A small picture of one model on the four card dimensions, drawn from its layout alone (no
 * store, no translations): the card passes the words, already in the reader's language.
 */
import { useId } from 'react';
import { modelColourVar, shareColourVar, shareTextVar } from '../../charts/palette';
import { ShareTextures, textureFill } from '../../charts/ShareTextures';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../corpus/derive';
import type { GlyphLayout, GlyphRowId } from './layout';

export interface CardGlyphLabels {
  title: string;
  description: string;
  rows: Record<GlyphRowId, string>;
  /** The letter inside each share segment, by level or family key. */
  initial: Record<string, string>;
}

export function CardGlyph({
  layout,
  index,
  labels,
  lowConfidence = [],
}: {
  layout: GlyphLayout;
  /** The model's corpus position: its colour. */
  index: number;
  labels: CardGlyphLabels;
  /** Rows whose value has low confidence: drawn inside a dashed outline, as in the charts. */
  lowConfidence?: readonly GlyphRowId[];
}) {
  const titleId = useId();
  const descId = useId();
  const textures = `glyph-${useId().replace(/:/g, '')}`;
  const colour = modelColourVar(index);
  const bar = layout.barHeight;
  return (
    <svg
      className="card-glyph"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      preserveAspectRatio="xMinYMid meet"
    >
      <title id={titleId}>{labels.title}</title>
      <desc id={descId}>{labels.description}</desc>
      <ShareTextures
        prefix={textures}
        keys={[...GOVERNANCE_LEVELS, ...SECTOR_FAMILIES]}
        size={bar / 2}
      />
      {layout.rows.map((row) => (
        <g key={row.id} transform={`translate(0 ${row.y})`}>
          <text
            className="glyph-label"
            x={0}
            y={0}
            dominantBaseline="central"
            fontSize={layout.fontSize}
          >
            {labels.rows[row.id]}
          </text>
          {lowConfidence.includes(row.id) ? (
            // The width comes from the group: the outline's class sets 1.5 for the other
            // charts, and a class beats an attribute on the element itself.
            <g strokeWidth={layout.stroke}>
              <rect
                className="approximate-outline approximate-outline--inherit"
                x={layout.labelWidth - layout.stroke * 2}
                y={-layout.rowHeight / 2 + layout.stroke}
                width={layout.width - layout.labelWidth + layout.stroke}
                height={layout.rowHeight - 2 * layout.stroke}
              />
            </g>
          ) : null}
          {row.kind === 'ordinal'
            ? row.dots.map((d) => (
                <circle
                  key={d.step}
                  cx={d.x}
                  cy={0}
                  r={layout.dotRadius}
                  fill={d.filled ? colour : 'none'}
                  stroke={d.filled ? colour : 'var(--muted)'}
                  strokeWidth={layout.stroke}
                />
              ))
            : row.segments.map((s) => (
                <g key={s.key}>
                  <rect
                    x={s.x}
                    y={-bar / 2}
                    width={Math.max(0, s.width - 1)}
                    height={bar}
                    fill={shareColourVar(s.key)}
                  />
                  <rect
                    className="share-texture"
                    x={s.x}
                    y={-bar / 2}
                    width={Math.max(0, s.width - 1)}
                    height={bar}
                    fill={textureFill(textures, s.key)}
                  />
                  {s.labelled ? (
                    <text
                      className="glyph-segment-label"
                      x={s.x + s.width / 2}
                      y={0}
                      dominantBaseline="central"
                      textAnchor="middle"
                      fontSize={layout.fontSize}
                      fill={shareTextVar(s.key)}
                    >
                      {labels.initial[s.key]}
                    </text>
                  ) : null}
                </g>
              ))}
        </g>
      ))}
    </svg>
  );
}
