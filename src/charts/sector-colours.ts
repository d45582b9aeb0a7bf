/**
 * Heat-map colours: D3 maps a share to a fill between the background and the theme's strong
 * colour, and picks the label colour (dark or light) that keeps ≥ 4.5:1 on that fill. The strong
 * colour is the sector families' warm rose-taupe (palette.ts), never a model's hue: in this app a
 * blue means a model.
 */
import { interpolateRgb } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { contrastRatio } from './palette';
import { remembered } from '../lib/remembered';

// Labels are pure black or pure white: for any fill one of the two reaches at least 4.58:1,
// which softer text colours cannot promise for mid-tone fills.
export const HEAT_ENDS = {
  light: { low: '#ffffff', high: '#552e30', darkText: '#000000', lightText: '#ffffff' },
  dark: { low: '#14171c', high: '#e6cdcf', darkText: '#000000', lightText: '#ffffff' },
} as const;

export interface HeatCellStyle {
  fill: string;
  text: string;
}

/**
 * Styles already worked out, by theme and share. Shares take few values (the corpus codes them in
 * whole percents), while a 200-model heat map asks for thousands of cells on every change of
 * selection: working each out again was about a sixth of such a change at 4× throttle (profiler).
 */
export const heatCellStyle = remembered(
  (share: number, theme: 'light' | 'dark') => `${theme}|${share}`,
  workOutHeatCellStyle,
  // Arbitrary shares (a region's own profile) must not grow it without end.
  5000,
);

function workOutHeatCellStyle(share: number, theme: 'light' | 'dark'): HeatCellStyle {
  const ends = HEAT_ENDS[theme];
  const t = scaleLinear().domain([0, 1]).range([0.06, 1]).clamp(true)(share);
  const fill = toHex(interpolateRgb(ends.low, ends.high)(t));
  const text =
    contrastRatio(ends.darkText, fill) >= contrastRatio(ends.lightText, fill)
      ? ends.darkText
      : ends.lightText;
  return { fill, text };
}

function toHex(rgb: string): string {
  const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(rgb);
  if (!m) return rgb;
  return `#${[m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
}
