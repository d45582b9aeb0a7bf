import { describe, expect, it } from 'vitest';
import {
  FAMILY_COLOURS,
  LEVEL_COLOURS,
  MODEL_COLOURS,
  THEME_BACKGROUNDS,
  THEME_MUTED_TEXT,
  THEME_TEXT,
  contrastRatio,
  luminance,
  shareColourName,
  textOn,
} from '../../src/charts/palette';
import { GOVERNANCE_LEVELS, SECTOR_FAMILIES } from '../../src/corpus/derive';
import {
  MARKER_SHAPES,
  markerOutline,
  markerPath,
  markerShape,
  polygonArea,
} from '../../src/charts/markers';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

/** Hue in degrees (HSL), from a #rrggbb colour. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
const hueDistance = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
/** Closer than this, two colours read as one hue family (blue and blue-grey, orange and brown). */
const MIN_HUE_DISTANCE = 25;

describe('palette', () => {
  it('measures hue around the circle (red 0°, green 120°, blue 240°)', () => {
    expect(hue('#ff0000')).toBe(0);
    expect(hue('#00ff00')).toBe(120);
    expect(hue('#0000ff')).toBe(240);
    expect(hueDistance(350, 10)).toBe(20);
  });

  it('names each governance level and sector family its own custom property', () => {
    expect(GOVERNANCE_LEVELS.map(shareColourName)).toEqual(['--level-0', '--level-1', '--level-2']);
    expect(SECTOR_FAMILIES.map(shareColourName)).toEqual([
      '--family-0',
      '--family-1',
      '--family-2',
      '--family-3',
    ]);
  });

  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives every model colour ≥ 3:1 against the ${theme} background`, () => {
      for (const c of MODEL_COLOURS[theme])
        expect(contrastRatio(c, THEME_BACKGROUNDS[theme]), c).toBeGreaterThanOrEqual(3);
    });
    for (const [set, colours] of [
      ['governance levels', LEVEL_COLOURS[theme]],
      ['sector families', FAMILY_COLOURS[theme]],
    ] as const) {
      it(`separates the ${set} by ≥ 0.15 relative luminance between neighbours (${theme}), so they survive greyscale`, () => {
        const sorted = colours.map(luminance).sort((a, b) => a - b);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]! - sorted[i - 1]!, `step ${i}`).toBeGreaterThanOrEqual(0.15);
      });
      it(`gives every ${set} colour a label colour at ≥ 4.5:1 (${theme})`, () => {
        for (const c of colours) expect(contrastRatio(textOn(c), c), c).toBeGreaterThanOrEqual(4.5);
      });
      it(`keeps the ${set} (${theme}) ≥ ${MIN_HUE_DISTANCE}° of hue from every model colour`, () => {
        for (const c of colours)
          for (const m of [...MODEL_COLOURS.light, ...MODEL_COLOURS.dark])
            expect(hueDistance(hue(c), hue(m)), `${c} vs model ${m}`).toBeGreaterThanOrEqual(
              MIN_HUE_DISTANCE,
            );
      });
    }
    it(`gives body and muted text ≥ 4.5:1 in the ${theme} theme`, () => {
      expect(contrastRatio(THEME_TEXT[theme], THEME_BACKGROUNDS[theme])).toBeGreaterThanOrEqual(
        4.5,
      );
      expect(
        contrastRatio(THEME_MUTED_TEXT[theme], THEME_BACKGROUNDS[theme]),
      ).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('keeps the CSS custom properties equal to the tested palette', () => {
    const css = readFileSync(join(repoRoot, 'src', 'ui', 'styles', 'shell.css'), 'utf8');
    const [light, dark] = css.split(":root[data-theme='dark']") as [string, string];
    const themes = { light, dark } as const;
    for (const theme of ['light', 'dark'] as const) {
      const block = themes[theme];
      MODEL_COLOURS[theme].forEach((c, i) => expect(block).toContain(`--model-${i}: ${c};`));
      for (const [name, colours] of [
        ['level', LEVEL_COLOURS[theme]],
        ['family', FAMILY_COLOURS[theme]],
      ] as const)
        colours.forEach((c, i) => {
          expect(block).toContain(`--${name}-${i}: ${c};`);
          expect(block).toContain(`--${name}-${i}-text: ${textOn(c)};`);
        });
    }
    expect(light).toContain(`--bg: ${THEME_BACKGROUNDS.light};`);
    expect(dark).toContain(`--bg: ${THEME_BACKGROUNDS.dark};`);
  });
});

describe('markers', () => {
  it('give each of the first seven models its own shape, then repeat', () => {
    expect(new Set(MARKER_SHAPES.map((_, i) => markerShape(i))).size).toBe(MARKER_SHAPES.length);
    expect(markerShape(MARKER_SHAPES.length)).toBe(markerShape(0));
  });

  it('draw a distinct SVG path for every shape', () => {
    const paths = MARKER_SHAPES.map((shape) => markerPath(shape, 64));
    for (const d of paths) expect(d).toMatch(/^M[-\d.,A-Za-z]+$/);
    expect(new Set(paths).size).toBe(MARKER_SHAPES.length);
  });

  it('give every shape the same area, so no model looks heavier', () => {
    for (const shape of MARKER_SHAPES) {
      if (shape === 'circle') continue;
      expect(polygonArea(markerOutline(shape, 220)), shape).toBeCloseTo(220, 6);
    }
    // The circle's radius is the one whose disc has that area.
    const r = Number(/^M([\d.]+),0/.exec(markerPath('circle', 220))?.[1]);
    expect(Math.PI * r * r).toBeCloseTo(220, 0);
  });

  it('keep every shape centred on its point', () => {
    for (const shape of MARKER_SHAPES) {
      if (shape === 'circle') continue;
      const points = markerOutline(shape, 100);
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      expect(Math.abs(Math.max(...xs) + Math.min(...xs)), shape).toBeLessThan(1e-9);
      // Triangle, star and wye are balanced on their centroid, not their bounding box.
      if (!['triangle', 'star', 'wye'].includes(shape))
        expect(Math.abs(Math.max(...ys) + Math.min(...ys)), shape).toBeLessThan(1e-9);
    }
  });
});
