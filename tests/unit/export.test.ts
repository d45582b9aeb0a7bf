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
import { buildBundle, buildCodebook, buildModel } from '../support/corpus';

const RUNS = { numRuns: 1000 };
const codebook = buildCodebook();
const base = buildModel({ id: 'base' });

/** A model whose hierarchy cites two passages and whose texts are hard for CSV. */
const tricky = buildModel({
  id: 'tricky',
  name: 'Tricky, "quoted"',
  evidence: [
    { id: 'e1', quote: 'a first quote', locator: 'p30', cites: [] },
    { id: 'e2', quote: 'a second quote', locator: 'p31', cites: [] },
  ],
  codes: {
    ...base.codes,
    governanceLevel: {
      ...base.codes.governanceLevel,
      value: { national: 0.3, regional: 0.3, local: 0.4 },
      lead: 'local',
    },
    firmHierarchy: {
      ...base.codes.firmHierarchy,
      value: 5,
      confidence: 'high',
      rationale: '=a rationale that starts like a formula,\nover two lines',
      evidence: ['e1', 'e2'],
    },
  },
});
const models = [base, tricky];

describe('CSV export', () => {
  it('has one row per model × dimension with value, step, confidence, rationale and locators', () => {
    const rows = selectionRows(models, codebook);
    expect(rows).toHaveLength(models.length * codebook.dimensions.length);
    expect(rows.map((r) => `${r.model}.${r.dimension}`).slice(0, 6)).toEqual([
      'base.stateRole',
      'base.governanceLevel',
      'base.sectorFocus',
      'base.firmHierarchy',
      'base.universityIndustry',
      'tricky.stateRole',
    ]);
    const hierarchy = rows.find((r) => r.model === 'tricky' && r.dimension === 'firmHierarchy')!;
    expect(hierarchy).toEqual({
      model: 'tricky',
      model_name: 'Tricky, "quoted"',
      dimension: 'firmHierarchy',
      value: '5',
      step_label: 'firmHierarchy step 5',
      confidence: 'high',
      rationale: '=a rationale that starts like a formula,\nover two lines',
      locators: 'p30 p31',
    });
    const governance = rows.find((r) => r.model === 'tricky' && r.dimension === 'governanceLevel')!;
    expect(governance.value).toBe('national 0.3; regional 0.3; local 0.4');
    expect(governance.step_label).toBe('lead: local');
    // Sector shares have no lead and no step.
    const sectors = rows.find((r) => r.model === 'base' && r.dimension === 'sectorFocus')!;
    expect(sectors.value).toBe('traditional 0.25; industrial 0.25; high-tech 0.25; mixed 0.25');
    expect(sectors.step_label).toBe('');
  });

  it('parses back to the same values, commas, quotes, line breaks and formulas included', () => {
    const rows = selectionRows(models, codebook);
    const csv = toCsv(rows);
    expect(csv).toContain('"\'=a rationale');
    const [header, ...body] = parseCsv(csv);
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
    const bundle = buildBundle({ models });
    const result = validateBundle(JSON.parse(bundleJson(bundle)) as unknown);
    expect(result.ok && result.value).toEqual(bundle);
  });
});
