import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { PRESENT_TYPE, SCREEN_TYPE } from '../../src/charts/type-scale';
import { deriveGovernance } from '../../src/views/governance/derive';
import { layoutGovernance } from '../../src/views/governance/layout';
import { buildChartModel, bundledCorpus } from '../support/corpus';

const WORDS = {
  initial: { national: 'N', regional: 'R', local: 'L' },
  lead: 'lead',
  confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
  confidenceShort: { high: 'high conf.', medium: 'medium conf.', low: 'low conf.' },
};
const rows = deriveGovernance([
  buildChartModel('a', {
    name: 'Centralia',
    governance: { national: 0.7, regional: 0.2, local: 0.1 },
  }),
  buildChartModel('b', {
    name: 'Regionland',
    governance: { national: 0.2, regional: 0.6, local: 0.2 },
    lead: 'regional',
  }),
  buildChartModel('c', {
    name: 'Localshire',
    governance: { national: 0, regional: 0.03, local: 0.97 },
    lead: 'local',
  }),
  buildChartModel('d', {
    name: 'Guessland',
    governance: { national: 0.3, regional: 0.24, local: 0.46 },
    lead: 'local',
    confidence: 'low',
  }),
]);

describe('governance layout', () => {
  for (const type of [SCREEN_TYPE, PRESENT_TYPE]) {
    for (const width of [320, 390, 800, 1280]) {
      it(`keeps every label inside its segment or row, apart, within ${width} px at ${type.label} px`, () => {
        const layout = layoutGovernance(rows, width, type, WORDS);
        const boxes = layout.bars.flatMap((b) => [
          b.name.box,
          b.confidence.box,
          ...b.segments.flatMap((s) => (s.label ? [s.label.box] : [])),
        ]);
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
        );
        for (const b of boxes) {
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(width);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
        }
        for (const bar of layout.bars)
          for (const s of bar.segments)
            if (s.label)
              expect(s.label.box.x + s.label.box.width).toBeLessThanOrEqual(s.x + s.width);
      });
    }
  }

  it('lays segments end to end, widths by share, zero shares left out, data carried through', () => {
    const layout = layoutGovernance(rows, 900, SCREEN_TYPE, WORDS);
    expect(layout.bars.map((b) => b.row)).toEqual(rows);
    const [centralia, , localshire] = layout.bars;
    const [n, r, l] = centralia!.segments;
    expect(n!.x).toBeCloseTo(layout.plotLeft);
    expect(n!.x + n!.width).toBeCloseTo(r!.x);
    expect(l!.x + l!.width).toBeCloseTo(layout.plotRight);
    expect(n!.width / l!.width).toBeCloseTo(7);
    expect(localshire!.segments.map((s) => s.level)).toEqual(['regional', 'local']);
    expect(layout.bars.map((b) => b.segments.filter((s) => s.isLead).map((s) => s.level))).toEqual([
      ['national'],
      ['regional'],
      ['local'],
      ['local'],
    ]);
  });

  it('labels a segment with its letter, share and, where room allows, the lead word', () => {
    const layout = layoutGovernance(rows, 1280, SCREEN_TYPE, WORDS);
    const texts = layout.bars[0]!.segments.map((s) => s.label?.text);
    expect(texts).toEqual(['N 70% · lead', 'R 20%', 'L 10%']);
    const tiny = layout.bars[2]!.segments.find((s) => s.level === 'regional')!;
    expect(tiny.label).toBeNull();
  });

  it('shows a low-confidence estimate as "≈", rounded to 10%, and says the confidence by the name', () => {
    const layout = layoutGovernance(rows, 1280, SCREEN_TYPE, WORDS);
    const guess = layout.bars[3]!;
    expect(guess.approximate).toBe(true);
    expect(guess.segments.map((s) => s.shown)).toEqual(['≈30%', '≈20%', '≈50%']);
    expect(guess.segments.map((s) => s.label?.text)).toEqual(['N ≈30%', 'R ≈20%', 'L ≈50% · lead']);
    expect(guess.confidence.text).toBe('low confidence');
    // Medium confidence keeps the coded whole percentage and no "≈".
    expect(layout.bars[0]!.approximate).toBe(false);
    expect(layout.bars[0]!.segments.map((s) => s.shown)).toEqual(['70%', '20%', '10%']);
    expect(layout.bars[0]!.confidence.text).toBe('medium confidence');
  });

  it('puts the confidence under the name beside the bar, or after the name above a narrow bar', () => {
    const wide = layoutGovernance(rows, 1280, SCREEN_TYPE, WORDS).bars[0]!;
    expect(wide.confidence.y).toBeGreaterThan(wide.name.y);
    expect(wide.confidence.box.x + wide.confidence.box.width).toBeCloseTo(
      wide.name.box.x + wide.name.box.width,
    );
    const narrow = layoutGovernance(rows, 390, SCREEN_TYPE, WORDS).bars[0]!;
    expect(narrow.confidence.y).toBe(narrow.name.y);
    expect(narrow.confidence.box.x).toBeGreaterThan(narrow.name.box.x + narrow.name.box.width);
  });

  it('grows bars, type and strokes for the projector', () => {
    const screen = layoutGovernance(rows, 1280, SCREEN_TYPE, WORDS);
    const present = layoutGovernance(rows, 1280, PRESENT_TYPE, WORDS);
    expect(present.fontSize).toEqual({ name: 24, segment: 24, confidence: 24 });
    expect(screen.fontSize).toEqual({ name: 14, segment: 12, confidence: 12 });
    expect(present.leadStroke).toBeGreaterThan(screen.leadStroke);
    expect(present.barHeight).toBeGreaterThan(screen.barHeight);
    expect(present.stroke).toBeGreaterThan(screen.stroke);
  });
});

describe('governance layout on a slide (fitHeight)', () => {
  const bundled = deriveGovernance(bundledCorpus().models);
  const two = bundled.slice(0, 2);
  for (const width of [460, 560, 980, 1330, 1880]) {
    for (let height = 480; height <= 950; height += 47) {
      it(`fits the bundled corpus into ${width} × ${height} at 24 px, labels apart and inside`, () => {
        for (const set of [bundled, two]) {
          const layout = layoutGovernance(set, width, PRESENT_TYPE, WORDS, height);
          expect(layout.height).toBeLessThanOrEqual(height);
          expect(layout.fontSize).toEqual({ name: 24, segment: 24, confidence: 24 });
          const boxes = layout.bars.flatMap((b) => [
            b.name.box,
            b.confidence.box,
            ...b.segments.flatMap((s) => (s.label ? [s.label.box] : [])),
          ]);
          boxes.forEach((a, i) =>
            boxes.slice(i + 1).forEach((b) => expect(boxesOverlap(a, b)).toBe(false)),
          );
          for (const b of boxes) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.x + b.width).toBeLessThanOrEqual(width);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
          }
          // Bars never overlap one another, nor the names of the next row.
          layout.bars.forEach((bar, i) => {
            const next = layout.bars[i + 1];
            if (next) expect(bar.y + layout.barHeight).toBeLessThan(next.name.box.y);
            for (const s of bar.segments) {
              if (s.label)
                expect(s.label.box.x + s.label.box.width).toBeLessThanOrEqual(s.x + s.width);
            }
          });
        }
      });
    }
  }

  it('spreads two bars over a tall stage, never more than twice their natural step', () => {
    const natural = layoutGovernance(bundled.slice(0, 2), 980, PRESENT_TYPE, WORDS);
    const fitted = layoutGovernance(bundled.slice(0, 2), 980, PRESENT_TYPE, WORDS, 900);
    expect(fitted.height).toBeGreaterThan(natural.height);
    expect(fitted.height).toBeLessThanOrEqual(2 * natural.height);
    expect(fitted.barHeight).toBeGreaterThan(natural.barHeight);
  });

  it('keeps the full confidence words where they fit, and says them short only where needed', () => {
    const roomy = layoutGovernance(bundled, 460, PRESENT_TYPE, WORDS, 950);
    expect(roomy.narrow).toBe(true);
    expect(roomy.bars[0]!.confidence.text).toMatch(/confidence$/);
    const tight = layoutGovernance(bundled, 460, PRESENT_TYPE, WORDS, 480);
    expect(tight.bars[0]!.confidence.text).toMatch(/conf\.$/);
    expect(tight.bars[0]!.confidence.y).toBe(tight.bars[0]!.name.y);
  });

  it("puts names above the bars where beside them they would pass the chart's edge", () => {
    const layout = layoutGovernance(bundled, 600, PRESENT_TYPE, WORDS);
    expect(layout.narrow).toBe(true);
    for (const b of layout.bars) expect(b.name.box.x).toBeGreaterThanOrEqual(0);
  });
});
