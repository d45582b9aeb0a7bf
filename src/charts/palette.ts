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
 * Share categories (governance levels, sector families): distinct hues dark enough (light theme)
 * or light enough (dark theme) to carry their own text label at ≥ 4.5:1 in CATEGORY_TEXT.
 */
export const CATEGORY_COLOURS = {
  light: ['#2f5f9e', '#8f4f0c', '#2b704c', '#74449a'],
  dark: ['#7fb0f0', '#f0a860', '#6fd0a0', '#caa0e8'],
} as const;
export const CATEGORY_TEXT = { light: '#ffffff', dark: '#0b1620' } as const;

export const modelColourVar = (index: number): string =>
  `var(--model-${index % MODEL_COLOURS.light.length})`;
export const categoryColourVar = (index: number): string =>
  `var(--category-${index % CATEGORY_COLOURS.light.length})`;

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
