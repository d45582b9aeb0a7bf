import { describe, expect, it } from 'vitest';
import {
  CATEGORY_COLOURS,
  CATEGORY_TEXT,
  MODEL_COLOURS,
  THEME_BACKGROUNDS,
  THEME_MUTED_TEXT,
  THEME_TEXT,
  contrastRatio,
} from '../../src/charts/palette';
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

describe('palette', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`gives every model colour ≥ 3:1 against the ${theme} background`, () => {
      for (const c of MODEL_COLOURS[theme])
        expect(contrastRatio(c, THEME_BACKGROUNDS[theme]), c).toBeGreaterThanOrEqual(3);
    });
    it(`gives category colours ≥ 3:1 against the ${theme} background and their labels ≥ 4.5:1`, () => {
      for (const c of CATEGORY_COLOURS[theme]) {
        expect(contrastRatio(c, THEME_BACKGROUNDS[theme]), c).toBeGreaterThanOrEqual(3);
        expect(contrastRatio(CATEGORY_TEXT[theme], c), c).toBeGreaterThanOrEqual(4.5);
      }
    });
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
    const [light, dark] = css.split(":root[data-theme='dark']");
    MODEL_COLOURS.light.forEach((c, i) => expect(light).toContain(`--model-${i}: ${c};`));
    MODEL_COLOURS.dark.forEach((c, i) => expect(dark).toContain(`--model-${i}: ${c};`));
    CATEGORY_COLOURS.light.forEach((c, i) => expect(light).toContain(`--category-${i}: ${c};`));
    CATEGORY_COLOURS.dark.forEach((c, i) => expect(dark).toContain(`--category-${i}: ${c};`));
    expect(light).toContain(`--category-text: ${CATEGORY_TEXT.light};`);
    expect(dark).toContain(`--category-text: ${CATEGORY_TEXT.dark};`);
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
