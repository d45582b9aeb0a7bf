import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleJson } from '../../src/export/bundle';
import {
  CSV_COLUMNS,
  neutralise,
  parseCsv,
  restore,
  selectionRows,
  toCsv,
} from '../../src/export/csv';
import type { CsvRow } from '../../src/export/csv';
import { validateBundle } from '../../src/corpus/validate';
import { bundledCorpus } from '../support/corpus';

const corpus = bundledCorpus();
const RUNS = { numRuns: 1000 };

describe('CSV export', () => {
  it('has one row per model × dimension with value, step, confidence, rationale and locators', () => {
    const rows = selectionRows(corpus.models, corpus.codebook);
    expect(rows).toHaveLength(corpus.models.length * corpus.codebook.dimensions.length);
    const japan = rows.find((r) => r.model === 'japan' && r.dimension === 'firmHierarchy')!;
    expect(japan).toMatchObject({
      value: '5',
      step_label: 'strict hierarchy headed by a lead large company',
      confidence: 'high',
      locators: 'p30 p30',
    });
    const uk = rows.find((r) => r.model === 'united-kingdom' && r.dimension === 'governanceLevel')!;
    expect(uk.value).toBe('national 0.3; regional 0.3; local 0.4');
    expect(uk.step_label).toBe('lead: local');
  });

  it('parses back to the same values', () => {
    const rows = selectionRows(corpus.models, corpus.codebook);
    const [header, ...body] = parseCsv(toCsv(rows));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(
      body.map((cells) =>
        Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, restore(cells[i] ?? '')])),
      ),
    ).toEqual(rows);
  });

  it('round-trips any text, commas, quotes and line breaks included (1000 runs)', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 40 });
    const row = fc.record(
      Object.fromEntries(CSV_COLUMNS.map((c) => [c, cell])) as Record<
        (typeof CSV_COLUMNS)[number],
        fc.Arbitrary<string>
      >,
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 4 }), (rows: CsvRow[]) => {
        const [, ...body] = parseCsv(toCsv(rows));
        expect(
          body.map((cells) =>
            Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, restore(cells[i] ?? '')])),
          ),
        ).toEqual(rows);
      }),
      RUNS,
    );
  });

  it('neutralises every cell a spreadsheet would run as a formula (1000 runs)', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (lead, rest) => {
        const csv = toCsv([
          {
            ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, 'x'])),
            rationale: `${lead}${rest}`,
          } as CsvRow,
        ]);
        const cells = parseCsv(csv)[1]!;
        for (const c of cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
      }),
      RUNS,
    );
    expect(neutralise('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(neutralise('plain')).toBe('plain');
    expect(restore(neutralise("'=already quoted"))).toBe("'=already quoted");
  });
});

describe('JSON export', () => {
  it('is a bundle that validates and round-trips unchanged', () => {
    const parsed = JSON.parse(bundleJson(corpus)) as unknown;
    const result = validateBundle(parsed);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(corpus);
  });
});
