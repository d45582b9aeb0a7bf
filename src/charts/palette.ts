import type { GovernanceLevel, SectorFamily } from '../corpus/schema';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../corpus/derive';

/**
 * Colour-blind-safe model colours (after Okabe & Ito's palette, darkened for white and lightened
 * for dark backgrounds so every mark keeps ≥ 3:1 contrast). Each model also has its own marker
 * shape, so colour is never the only cue. CSS custom properties carry the active theme's colours.
 */
export const MODEL_COLOURS = {
  light: ['#0068a8', '#c04f00', '#007a5a', '#a3437d', '#8a6400', '#3f4fa8', '#6b6b00'],
  dark: ['#56b4e9', '#f08c3c', '#2fc79a', '#e58fc0', '#f0e442', '#a9b4ff', '#c9c95a'],
} as const;

export const THEME_BACKGROUNDS = { light: '#ffffff', dark: '#14171c' } as const;
export const THEME_TEXT = { light: '#1b1f24', dark: '#eef1f4' } as const;
export const THEME_MUTED_TEXT = { light: '#4a5360', dark: '#b8c0ca' } as const;

/**
 * Categories have palettes of their own that share no hue family with the models, so a colour
 * always means "this model" and nothing else:
 * - governance levels (national → regional → local) are lavender-greys, hue ≈ 268°, between the
 *   models' indigo (231°) and magenta (324°); being an ordered scale they run dark → light;
 * - sector families (traditional, industrial, high-tech, mixed) are warm rose-taupes, hue ≈ 356°,
 *   between the models' magenta (324°) and orange (25°).
 * Within each set neighbours differ by ≥ 0.15 in relative luminance, so the segments stay apart in
 * greyscale and on a photocopy; the letters (and in print the textures) say the same again.
 * Each colour has its own text colour (black or white) that keeps ≥ 4.5:1 on it.
 */
export const LEVEL_COLOURS = {
  light: ['#46345c', '#9478b3', '#bfaed2'],
  dark: ['#6a4a90', '#a084c0', '#c8b9db'],
} as const;
export const FAMILY_COLOURS = {
  light: ['#552e30', '#b06b70', '#c99a9e', '#e0c5c7'],
  dark: ['#834145', '#bb767b', '#d2a3a7', '#e6cdcf'],
} as const;

/** The label colour on a category colour: whichever of black and white contrasts more. */
export const textOn = (hex: string): '#000000' | '#ffffff' =>
  contrastRatio('#000000', hex) >= contrastRatio('#ffffff', hex) ? '#000000' : '#ffffff';

export const modelColourVar = (index: number): string =>
  `var(--model-${index % MODEL_COLOURS.light.length})`;

const LEVEL_KEYS: readonly GovernanceLevel[] = GOVERNANCE_LEVELS;
const FAMILY_KEYS: readonly SectorFamily[] = SECTOR_FAMILIES;

/**
 * The CSS custom property of a share category, by its key: a governance level ("national") or a
 * sector family ("high-tech"). Keys arrive as plain strings from derived view data.
 */
export function shareColourName(key: GovernanceLevel | SectorFamily | string): string {
  const level = LEVEL_KEYS.indexOf(key as GovernanceLevel);
  if (level >= 0) return `--level-${level}`;
  return `--family-${Math.max(0, FAMILY_KEYS.indexOf(key as SectorFamily))}`;
}
export const shareColourVar = (key: string): string => `var(${shareColourName(key)})`;
/** The label colour on that category's fill. */
export const shareTextVar = (key: string): string => `var(${shareColourName(key)}-text)`;

/** Relative luminance per WCAG 2.x. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const channel = (i: number) => {
    const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
