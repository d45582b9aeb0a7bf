import { describe, expect, it } from 'vitest';
import { bundleUnder } from '../../src/corpus/codings';
import type { Coder, Model } from '../../src/corpus/schema';
import { initI18n } from '../../src/i18n';
import en from '../../src/i18n/locales/en.json';
import { codingValueText, disagreementText } from '../../src/views/compare/cell-words';
import { codeGlyph, deriveCompare } from '../../src/views/compare/derive';
import {
  cellDisagreement,
  cellKey,
  coderTags,
  disagreementsOf,
  filterRows,
} from '../../src/views/compare/disagreement';
import { buildBundle, buildModel, codebook } from '../support/corpus';

const LETTERS = en.codings.letters;

const coder = (id: string, name: string, role: Coder['role']): Coder => ({
  id,
  name,
  role,
  date: '2026-11',
  description: `the coder ${id}, described for tests`,
});
/** In the order codersOf gives them: the first coding, the reviewer, the reconciled coding. */
const CODERS = [
  coder('first-coding', 'First coding', 'original'),
  coder('review-1', 'External review 1', 'reviewer'),
  coder('reconciled', 'Reconciled', 'reconciled'),
];
const coding = { confidence: 'medium' as const, rationale: 'a rationale', evidence: ['e1'] };

/** A model whose state role is `reconciled`, with the first coding's and the reviewer's where given. */
function stateRoleModel(id: string, reconciled: number, first?: number, review?: number): Model {
  const base = buildModel({ id });
  const codings = [
    ...(first === undefined ? [] : [{ coder: 'first-coding', value: first, ...coding }]),
    ...(review === undefined ? [] : [{ coder: 'review-1', value: review, ...coding }]),
  ];
  return {
    ...base,
    codes: {
      ...base.codes,
      stateRole: { ...base.codes.stateRole, value: reconciled, codings },
    },
  };
}

/** A model whose governance the first coding put local-led at other shares. */
function governanceModel(id: string): Model {
  const base = buildModel({ id });
  return {
    ...base,
    codes: {
      ...base.codes,
      governanceLevel: {
        ...base.codes.governanceLevel,
        codings: [
          {
            coder: 'first-coding',
            value: { national: 0.3, regional: 0.2, local: 0.5 },
            lead: 'local',
            ...coding,
          },
        ],
      },
    },
  };
}

const letters = (d: ReturnType<typeof cellDisagreement>) =>
  d?.segments.map((s) => s.coders.map((c) => c.letter).join(''));

describe('coder letters', () => {
  it('marks each coder with the letter of its role, as the charts do', () => {
    expect(coderTags(CODERS, LETTERS).map((c) => c.letter)).toEqual(['F', 'E', 'A']);
  });

  it('numbers coders who share a role, so no two share a letter', () => {
    const tags = coderTags(
      [
        coder('a', 'Review by Ann', 'reviewer'),
        coder('b', '2nd coder', 'original'),
        coder('c', 'Review by Bo', 'reviewer'),
        coder('d', 'Первая кодировка', 'original'),
      ],
      LETTERS,
    );
    expect(tags.map((c) => c.letter)).toEqual(['E1', 'F1', 'E2', 'F2']);
    expect(new Set(tags.map((c) => c.letter)).size).toBe(tags.length);
  });
});

describe('a cell whose coders disagree', () => {
  it('is split into one segment per distinct value, lettered with its coders', () => {
    // The US state role: the first coding 3, the review and the reconciled coding 4.
    const d = cellDisagreement(
      stateRoleModel('us', 4, 3),
      'stateRole',
      CODERS,
      'reconciled',
      LETTERS,
    );
    expect(letters(d)).toEqual(['F', 'EA']);
    expect(d?.segments.map((s) => s.glyph)).toEqual([
      { kind: 'ordinal', value: 3 },
      { kind: 'ordinal', value: 4 },
    ]);
    expect(d?.segments.map((s) => s.shown)).toEqual([false, true]);
    expect(d?.codings.map((c) => [c.coder.name, c.glyph])).toEqual([
      ['First coding', { kind: 'ordinal', value: 3 }],
      ['External review 1', { kind: 'ordinal', value: 4 }],
      ['Reconciled', { kind: 'ordinal', value: 4 }],
    ]);
  });

  it('marks the segment of the coder the matrix is drawn under', () => {
    const d = cellDisagreement(
      stateRoleModel('us', 4, 3),
      'stateRole',
      CODERS,
      'first-coding',
      LETTERS,
    );
    expect(d?.segments.map((s) => s.shown)).toEqual([true, false]);
  });

  it('has as many segments as values: three coders, three values', () => {
    const d = cellDisagreement(
      stateRoleModel('it', 2, 1, 3),
      'stateRole',
      CODERS,
      'reconciled',
      LETTERS,
    );
    expect(letters(d)).toEqual(['F', 'E', 'A']);
  });

  it('is not marked where the coders agree, listed or not, or where there is one coder', () => {
    // A listed coding with the same value (another confidence or rationale) is agreement.
    expect(
      cellDisagreement(stateRoleModel('a', 4, 4), 'stateRole', CODERS, 'reconciled', LETTERS),
    ).toBe(null);
    expect(
      cellDisagreement(stateRoleModel('b', 4), 'stateRole', CODERS, 'reconciled', LETTERS),
    ).toBe(null);
    expect(
      cellDisagreement(stateRoleModel('c', 4, 3), 'stateRole', [CODERS[2]!], 'reconciled', LETTERS),
    ).toBe(null);
  });

  it('splits shares by their values and lead', () => {
    const d = cellDisagreement(
      governanceModel('it'),
      'governanceLevel',
      CODERS,
      'reconciled',
      LETTERS,
    );
    expect(letters(d)).toEqual(['F', 'EA']);
    expect(d?.segments[0]?.glyph).toEqual({
      kind: 'shares',
      shares: [
        { key: 'national', share: 0.3 },
        { key: 'regional', share: 0.2 },
        { key: 'local', share: 0.5 },
      ],
      lead: 'local',
    });
  });
});

describe('the disagreeing cells of the matrix and its filters', () => {
  const us = stateRoleModel('us', 4, 3);
  const uk = stateRoleModel('uk', 3);
  const it_ = governanceModel('it');
  const written = [us, uk, it_];
  const rows = deriveCompare(written, codebook());

  it('finds each disagreeing cell by model and dimension', () => {
    const found = disagreementsOf(rows, written, CODERS, 'reconciled', LETTERS);
    expect([...found.keys()].sort()).toEqual(['it.governanceLevel', 'us.stateRole']);
    expect(disagreementsOf(rows, written, [CODERS[2]!], 'reconciled', LETTERS).size).toBe(0);
  });

  it('reads the corpus as written when the matrix is drawn under another coder', () => {
    // Under the first coding the US state role reads 3; the reconciled 4 still counts.
    const under = bundleUnder(buildBundle({ models: written }), 'first-coding').models;
    const shownRows = deriveCompare(under, codebook());
    const found = disagreementsOf(shownRows, written, CODERS, 'first-coding', LETTERS);
    expect(letters(found.get(cellKey('us', 'stateRole')) ?? null)).toEqual(['F', 'EA']);
  });

  it('keeps rows by differences, by disagreements, or by both at once', () => {
    const found = disagreementsOf(rows, written, CODERS, 'reconciled', LETTERS);
    const keys = (onlyDifferences: boolean, onlyDisagreements: boolean) =>
      filterRows(rows, { onlyDifferences, onlyDisagreements }, found).map((r) => r.key);
    expect(keys(false, false)).toEqual(rows.map((r) => r.key));
    expect(keys(false, true)).toEqual(['stateRole', 'governanceLevel']);
    // The models differ on state role (4 and 3) but agree on governance (as reconciled).
    expect(keys(true, false)).toContain('stateRole');
    expect(keys(true, false)).not.toContain('governanceLevel');
    expect(keys(true, true)).toEqual(['stateRole']);
    const agreeing = [stateRoleModel('a', 3), stateRoleModel('b', 3)];
    const none = deriveCompare(agreeing, codebook());
    const nothing = disagreementsOf(none, agreeing, CODERS, 'reconciled', LETTERS);
    expect(filterRows(none, { onlyDifferences: false, onlyDisagreements: true }, nothing)).toEqual(
      [],
    );
  });
});

describe('a disagreement in words', () => {
  const t = initI18n(en).t;

  it('names every coder with its value', () => {
    const d = cellDisagreement(
      stateRoleModel('us', 4, 3),
      'stateRole',
      CODERS,
      'reconciled',
      LETTERS,
    )!;
    expect(disagreementText(d, t)).toBe(
      'coders disagree: First coding: 3; External review 1: 4; Reconciled: 4',
    );
  });

  it('says shares with their lead, and leaves out the sector families given nothing', () => {
    const model = governanceModel('it');
    const d = cellDisagreement(model, 'governanceLevel', CODERS, 'reconciled', LETTERS)!;
    expect(codingValueText('governanceLevel', d.segments[0]!.glyph, t)).toBe(
      'local lead (national 30%, regional 20%, local 50%)',
    );
    const sectors = codeGlyph('sectorFocus', {
      ...model.codes.sectorFocus,
      value: { traditional: 0.4, industrial: 0.6, 'high-tech': 0, mixed: 0 },
    });
    expect(codingValueText('sectorFocus', sectors, t)).toBe('traditional 40%, industrial 60%');
  });
});
