/**
 * Print textures for the share categories, so a governance level or a sector family can be told
 * apart on a black-and-white page by more than its grey: the first of each set stays plain, the
 * others get diagonal lines, a cross-hatch or dots, drawn in the category's own label colour.
 * Charts draw a `.share-texture` rect over each segment; the stylesheet shows it in print only.
 */
import type { GovernanceLevel, SectorFamily } from '../corpus/schema';
import { shareColourName, shareTextVar } from './palette';

// Keys arrive as plain strings from derived view data (a level or a family name).
type ShareKey = GovernanceLevel | SectorFamily | string;
type Texture = 'plain' | 'lines' | 'cross' | 'dots';

/** The texture of each category: by its place in its set, so sets of three and four both work. */
export function shareTexture(key: ShareKey): Texture {
  const place = Number(/-(\d+)$/.exec(shareColourName(key))?.[1] ?? 0);
  const isLevel = shareColourName(key).startsWith('--level');
  const order: readonly Texture[] = isLevel
    ? ['plain', 'lines', 'dots']
    : ['plain', 'lines', 'cross', 'dots'];
  return order[place] ?? 'plain';
}

const patternId = (prefix: string, key: ShareKey) => `${prefix}-texture-${key}`;

/** The fill of a segment's texture overlay: a pattern, or none for the plain category. */
export const textureFill = (prefix: string, key: ShareKey): string =>
  shareTexture(key) === 'plain' ? 'none' : `url(#${patternId(prefix, key)})`;

export function ShareTextures({
  prefix,
  keys,
  size,
}: {
  /** Unique per chart (React's useId), so two charts on a page keep their own patterns. */
  prefix: string;
  keys: readonly ShareKey[];
  /** Side of one pattern tile in px. */
  size: number;
}) {
  // Half-strength ink, so a letter drawn over the texture stays readable.
  // (Attributes, not inline styles: a server-rendered page's inline styles are refused by the CSP.)
  const line = { strokeWidth: Math.max(1, size / 8), opacity: 0.55 };
  return (
    <defs>
      {keys.map((key) => {
        const texture = shareTexture(key);
        if (texture === 'plain') return null;
        const ink = { ...line, stroke: shareTextVar(key), fill: shareTextVar(key) };
        return (
          <pattern
            key={key}
            id={patternId(prefix, key)}
            width={size}
            height={size}
            patternUnits="userSpaceOnUse"
            patternTransform={texture === 'dots' ? undefined : 'rotate(45)'}
          >
            {texture === 'dots' ? (
              <circle cx={size / 2} cy={size / 2} r={size / 8} {...ink} />
            ) : (
              <line x1={0} y1={0} x2={0} y2={size} {...ink} />
            )}
            {texture === 'cross' ? (
              <line x1={0} y1={size / 2} x2={size} y2={size / 2} {...ink} />
            ) : null}
          </pattern>
        );
      })}
    </defs>
  );
}
