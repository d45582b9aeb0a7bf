/**
 * All coders at once in the state-role and governance charts: each coder's value read from the
 * corpus as written (whatever coder the views are drawn under), and placed by layout.
 */
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../src/charts/text-width';
import { SCREEN_TYPE } from '../../src/charts/type-scale';
import { modelUnder } from '../../src/corpus/codings';
import type { Model } from '../../src/corpus/schema';
import { deriveGovernance, withGovernanceCodings } from '../../src/views/governance/derive';
import { layoutGovernance } from '../../src/views/governance/layout';
import { coderKeys } from '../../src/views/shared/coder-marks';
import { deriveStateRole, stateRoleCodings } from '../../src/views/state-role/derive';
import { layoutStateRole } from '../../src/views/state-role/layout';
import { buildChartModel, codebook } from '../support/corpus';
import en from '../../src/i18n/locales/en.json';

const CODERS = coderKeys(
  [
    { id: 'first-coding', name: 'First coding', role: 'original' },
    { id: 'review-1', name: 'External review 1', role: 'reviewer' },
    { id: 'reconciled', name: 'Reconciled after review 1', role: 'reconciled' },
  ],
  en.codings.letters,
);
const basis = { rationale: 'another coder’s reading, for tests', evidence: ['e1'] };

/** A model whose state role the first coding put one step lower (as the corpus does the US). */
function disputed(): Model {
  const m = buildChartModel('us', {
    name: 'United States',
    stateRole: 4,
    governance: { national: 0.45, regional: 0.4, local: 0.15 },
  });
  return {
    ...m,
    codes: {
      ...m.codes,
      stateRole: {
        ...m.codes.stateRole,
        codings: [{ coder: 'first-coding', value: 3, confidence: 'medium', ...basis }],
      },
      governanceLevel: {
        ...m.codes.governanceLevel,
        codings: [
          {
            coder: 'first-coding',
            value: { national: 0.3, regional: 0.2, local: 0.5 },
            lead: 'local',
            confidence: 'low',
            ...basis,
          },
          {
            coder: 'review-1',
            value: { national: 0.6, regional: 0.1, local: 0.3 },
            lead: 'national',
            confidence: 'medium',
            ...basis,
          },
        ],
      },
    },
  };
}
const agreed = buildChartModel('jp', { name: 'Japan', stateRole: 5 });
const written = [disputed(), agreed];

describe('state role, all coders at once', () => {
  it('reads each coder’s step from the corpus as written', () => {
    const codings = stateRoleCodings(written, codebook(), CODERS);
    expect(codings.byModel.us?.map((r) => [r.coder.id, r.value])).toEqual([
      ['first-coding', 3],
      ['review-1', 4],
      ['reconciled', 4],
    ]);
    expect(codings.byModel.jp?.map((r) => r.value)).toEqual([5, 5, 5]);
  });

  it('places one mark per place a coder puts the model, and one ring where all agree', () => {
    const data = {
      ...deriveStateRole(written, codebook()),
      codings: stateRoleCodings(written, codebook(), CODERS),
    };
    for (const width of [390, 800, 1280]) {
      const layout = layoutStateRole(data, width, SCREEN_TYPE);
      const [us, jp] = layout.rows;
      expect(us?.coders?.marks.map((m) => m.text)).toEqual(['F', 'E A']);
      expect(jp?.coders?.marks.map((m) => m.text)).toEqual(['=']);
      expect(jp?.coders?.marks[0]?.group.allAgree).toBe(true);
      // On the scale: the first coding's mark on step 3, the others' on step 4.
      const tickX = (step: number) => layout.ticks.find((t) => t.step.value === step)?.x;
      expect(us?.coders?.marks.map((m) => m.x)).toEqual([tickX(3), tickX(4)]);
      expect(us?.coders?.span).toEqual({ x1: tickX(3), x2: tickX(4) });
      // Marks clear of the names and inside the chart.
      for (const row of layout.rows)
        for (const m of row.coders?.marks ?? []) {
          for (const other of layout.rows)
            expect(boxesOverlap(m.hit, other.label.box), `${row.model.id} at ${width}`).toBe(false);
          expect(m.hit.x).toBeGreaterThanOrEqual(0);
          expect(m.hit.x + m.hit.width).toBeLessThanOrEqual(width);
          expect(m.hit.y + m.hit.height).toBeLessThanOrEqual(layout.axisY);
        }
    }
  });

  it('draws every coder from the written corpus whichever coder the rows are drawn under', () => {
    const underFirst = written.map((m) => modelUnder(m, 'first-coding'));
    const data = deriveStateRole(underFirst, codebook());
    expect(data.models[0]?.value).toBe(3);
    // The coders' readings come from the corpus as written, not from the coded rows.
    const codings = stateRoleCodings(written, codebook(), CODERS);
    expect(codings.byModel.us?.find((r) => r.coder.id === 'reconciled')?.value).toBe(4);
  });

  it('leaves the chart as it was without codings', () => {
    const layout = layoutStateRole(deriveStateRole(written, codebook()), 800, SCREEN_TYPE);
    expect(layout.coderMarks).toBeNull();
    expect(layout.rows.every((r) => r.coders === null)).toBe(true);
  });
});

const WORDS = {
  initial: { national: 'N', regional: 'R', local: 'L' },
  lead: 'lead',
  confidence: { high: 'high confidence', medium: 'medium confidence', low: 'low confidence' },
};

describe('governance, all coders at once', () => {
  const rows = withGovernanceCodings(deriveGovernance(written), written, CODERS);

  it('places each coder by its national share, with its shares and lead carried', () => {
    const us = rows[0]?.codings;
    expect(us?.map((c) => [c.coder.letter, c.position, c.lead])).toEqual([
      ['F', 0.3, 'local'],
      ['E', 0.6, 'national'],
      ['A', 0.45, 'national'],
    ]);
    // Low confidence is shown rounded, as the bars show it.
    expect(us?.[0]?.shown).toEqual({ national: '≈30%', regional: '≈20%', local: '≈50%' });
  });

  for (const width of [390, 800, 1280]) {
    it(`puts the marks on the bar's scale, under the bar and clear of the next row, at ${width} px`, () => {
      const layout = layoutGovernance(rows, width, SCREEN_TYPE, WORDS);
      const [us, jp] = layout.bars;
      const xOf = (share: number) => layout.plotLeft + share * (layout.plotRight - layout.plotLeft);
      expect(us?.coders?.marks.map((m) => m.text)).toEqual(['F', 'A', 'E']);
      expect(us?.coders?.marks[0]?.x).toBeCloseTo(xOf(0.3));
      expect(us?.coders?.marks[0]?.low).toBe(true);
      // The reconciled mark sits where the bar's national segment ends.
      const national = us?.segments.find((s) => s.level === 'national');
      expect(us?.coders?.marks[1]?.x).toBeCloseTo((national?.x ?? 0) + (national?.width ?? 0));
      expect(jp?.coders?.marks.map((m) => m.text)).toEqual(['=']);
      for (const m of us?.coders?.marks ?? []) {
        expect(m.hit.y).toBeGreaterThanOrEqual((us?.y ?? 0) + layout.barHeight);
        expect(m.hit.y + m.hit.height).toBeLessThanOrEqual(jp?.name.box.y ?? 0);
        expect(m.hit.x).toBeGreaterThanOrEqual(0);
        expect(m.hit.x + m.hit.width).toBeLessThanOrEqual(width);
      }
      const last = jp?.coders?.marks.at(-1);
      expect((last?.hit.y ?? 0) + (last?.hit.height ?? 0)).toBeLessThanOrEqual(layout.height);
    });
  }

  it('leaves the bars as they were without codings', () => {
    const plain = layoutGovernance(deriveGovernance(written), 800, SCREEN_TYPE, WORDS);
    expect(plain.coderMarks).toBeNull();
    expect(plain.bars.every((b) => b.coders === null)).toBe(true);
  });
});
