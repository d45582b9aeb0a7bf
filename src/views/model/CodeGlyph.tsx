/**
 * A coded value drawn as the overview's card glyph draws it (filled dots up to the step, or a 100%
 * bar of lettered shares), from its layout alone. Decorative: the value stands beside it in words.
 */
import { useId } from 'react';
import { modelColourVar, shareColourVar, shareTextVar } from '../../charts/palette';
import { ShareTextures, textureFill } from '../../charts/ShareTextures';
import type { CodeGlyphLayout } from './layout';

export function CodeGlyph({
  layout,
  index,
  letters,
  low,
}: {
  layout: CodeGlyphLayout;
  /** The model's corpus position: its colour. */
  index: number;
  /** The letter inside each share segment, by level or family key. */
  letters: Record<string, string>;
  /** Low confidence: drawn inside a dashed outline, as the charts draw it. */
  low: boolean;
}) {
  const textures = `code-${useId().replace(/:/g, '')}`;
  const colour = modelColourVar(index);
  const mid = layout.height / 2;
  const bar = layout.barHeight;
  return (
    <svg
      className="code-glyph"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      focusable="false"
    >
      {layout.segments.length > 0 ? (
        <ShareTextures prefix={textures} keys={layout.segments.map((s) => s.key)} size={bar / 2} />
      ) : null}
      {low ? (
        <rect
          className="approximate-outline"
          x={layout.stroke}
          y={layout.stroke}
          width={layout.width - 2 * layout.stroke}
          height={layout.height - 2 * layout.stroke}
          style={{ strokeWidth: layout.stroke }}
        />
      ) : null}
      {layout.dots.map((d) => (
        <circle
          key={d.step}
          cx={d.x}
          cy={mid}
          r={layout.dotRadius}
          fill={d.filled ? colour : 'none'}
          stroke={d.filled ? colour : 'var(--muted)'}
          strokeWidth={layout.stroke}
        />
      ))}
      {layout.segments.map((s) => (
        <g key={s.key}>
          <rect
            x={s.x}
            y={mid - bar / 2}
            width={Math.max(0, s.width - 1)}
            height={bar}
            style={{ fill: shareColourVar(s.key) }}
          />
          <rect
            className="share-texture"
            x={s.x}
            y={mid - bar / 2}
            width={Math.max(0, s.width - 1)}
            height={bar}
            fill={textureFill(textures, s.key)}
          />
          {s.labelled ? (
            <text
              x={s.x + s.width / 2}
              y={mid}
              dominantBaseline="central"
              textAnchor="middle"
              style={{ fontSize: layout.fontSize, fill: shareTextVar(s.key) }}
            >
              {letters[s.key]}
            </text>
          ) : null}
        </g>
      ))}
    </svg>
  );
}
