import { modelColourVar, shareColourVar } from '../../charts/palette';
import type { CellGlyph as Glyph } from './derive';

const W = 96;
const H = 14;
/** The drawing's own coordinates, so print CSS can shrink a split cell's glyphs to fit the page. */
const VIEW_BOX = `0 0 ${W} ${H}`;

/** A small, decorative picture of a cell's value; the cell's text says the same in words. */
export function CellGlyph({ glyph, index }: { glyph: Glyph; index: number }) {
  if (glyph.kind === 'count') {
    const n = Math.min(glyph.count, 12);
    return (
      <svg width={W} height={H} viewBox={VIEW_BOX} aria-hidden="true" className="cell-glyph">
        {Array.from({ length: n }, (_, i) => (
          <rect key={i} x={i * 8} y={3} width={6} height={8} fill={modelColourVar(index)} />
        ))}
      </svg>
    );
  }
  if (glyph.kind === 'ordinal') {
    return (
      <svg width={W} height={H} viewBox={VIEW_BOX} aria-hidden="true" className="cell-glyph">
        {[1, 2, 3, 4, 5].map((step) => (
          <circle
            key={step}
            cx={8 + (step - 1) * 19}
            cy={H / 2}
            r={5}
            fill={step <= glyph.value ? modelColourVar(index) : 'none'}
            stroke={step <= glyph.value ? modelColourVar(index) : 'var(--muted)'}
            strokeWidth={1.5}
          />
        ))}
      </svg>
    );
  }
  const starts = glyph.shares.map((_, i) =>
    glyph.shares.slice(0, i).reduce((sum, s) => sum + s.share, 0),
  );
  return (
    <svg width={W} height={H} viewBox={VIEW_BOX} aria-hidden="true" className="cell-glyph">
      {glyph.shares.map((s, i) => (
        <rect
          key={s.key}
          x={(starts[i] ?? 0) * W}
          y={1}
          width={Math.max(0, s.share * W - 1)}
          height={H - 2}
          style={{ fill: shareColourVar(s.key) }}
        />
      ))}
    </svg>
  );
}
