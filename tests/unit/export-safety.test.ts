/**
 * Exports read by other programs stay inert there: a CSV cannot run a formula in a spreadsheet,
 * whatever separator it splits on, and a BibTeX entry keeps the fields we wrote.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeBibtex } from '../../src/export/cite';
import type { CiteInput } from '../../src/export/cite';
import { CSV_COLUMNS, parseCsv, restore, toCsv } from '../../src/export/csv';
import type { CsvRow } from '../../src/export/csv';

const RUNS = { numRuns: 1000 };
/** The separators a spreadsheet may split a line on (see SPLITS in csv.ts), line breaks included. */
const SEPARATORS = [',', ';', '\t', '|', '\r', '\n'] as const;
const FORMULA_LEADS = ['=', '+', '-', '@', '\t', '\r'] as const;

const rowWith = (rationale: string): CsvRow =>
  ({ ...Object.fromEntries(CSV_COLUMNS.map((c) => [c, 'x'])), rationale }) as CsvRow;

/**
 * The cells a careless reader would make of the file by splitting on one separator and ignoring
 * quotes, each with the spaces and double quotes a spreadsheet may trim from its start.
 */
const piecesSplitOn = (csv: string, separator: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .split(new RegExp(`[${separator}\\r\\n]`))
    .map((piece) => piece.replace(/^[ "]*/, ''));

describe('CSV export in any spreadsheet locale', () => {
  it('guards a formula after any separator a spreadsheet may split on (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.constantFrom(...SEPARATORS),
        fc.stringMatching(/^[ "]{0,3}$/),
        fc.constantFrom(...FORMULA_LEADS),
        fc.string({ maxLength: 12 }),
        (before, separator, padding, lead, after) => {
          const rationale = `${before}${separator}${padding}${lead}${after}`;
          const csv = toCsv([rowWith(rationale)]);
          for (const splitOn of SEPARATORS) {
            for (const piece of piecesSplitOn(csv, splitOn))
              expect(piece, JSON.stringify({ rationale, splitOn })).not.toMatch(/^[=+\-@\t\r]/);
          }
          expect(restore(parseCsv(csv)[1]![CSV_COLUMNS.indexOf('rationale')]!)).toBe(rationale);
        },
      ),
      RUNS,
    );
  });

  it("guards the adversarial test's semicolon payload", () => {
    const payload = "harmless;=cmd|' /C calc'!A0";
    const csv = toCsv([rowWith(payload)]);
    expect(csv).toContain("harmless;'=cmd|' /C calc'!A0");
    for (const piece of piecesSplitOn(csv, ';')) expect(piece).not.toMatch(/^=/);
  });

  it('leaves ordinary prose alone', () => {
    const prose = 'national 0.3; regional 0.3; local 0.4 — state-led, a "cluster" (p12)';
    expect(parseCsv(toCsv([rowWith(prose)]))[1]![CSV_COLUMNS.indexOf('rationale')]).toBe(prose);
  });

  it('starts with a UTF-8 byte-order mark, and Cyrillic survives the bytes', () => {
    const csv = toCsv([rowWith('Государство — координатор')]);
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(row![CSV_COLUMNS.indexOf('rationale')]).toBe('Государство — координатор');
  });
});

/**
 * Reads BibTeX the way BibTeX does: an entry is `@type{key,` then `name = {value}` fields, and a
 * braced value ends at its matching brace, braces counted even after a backslash.
 */
function readBibtex(text: string): { type: string; fields: Record<string, string> }[] {
  const entries: { type: string; fields: Record<string, string> }[] = [];
  let i = 0;
  const skipSpace = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  while ((i = text.indexOf('@', i)) >= 0) {
    const head = /^@(\w+)\{([^,]*),/.exec(text.slice(i));
    if (!head) throw new Error(`bad entry at ${i}`);
    i += head[0].length;
    const fields: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (text[i] === '}') {
        i++;
        break;
      }
      const name = /^(\w+)\s*=\s*\{/.exec(text.slice(i));
      if (!name) throw new Error(`bad field at ${i}: ${text.slice(i, i + 30)}`);
      i += name[0].length;
      let depth = 1;
      const start = i;
      for (; depth > 0; i++) {
        if (i >= text.length) throw new Error('unbalanced braces');
        if (text[i] === '{') depth++;
        else if (text[i] === '}') depth--;
      }
      if (Object.hasOwn(fields, name[1]!)) throw new Error(`field ${name[1]} twice`);
      fields[name[1]!] = text.slice(start, i - 1);
      skipSpace();
      if (text[i] === ',') i++;
    }
    entries.push({ type: head[1]!, fields });
  }
  return entries;
}

const cite = (over: Partial<CiteInput>): CiteInput => ({
  viewTitle: 'Firm hierarchy',
  url: 'https://example.org/atlas/?view=hierarchy',
  codebookVersion: '1.0.0',
  date: '2026-05-01',
  article: { title: 'Foreign experience in forming regional clusters', kind: 'Review article' },
  ...over,
});

/** A TeX % or # not written \% or \# (a comment start, a macro parameter). */
const BARE_TEX_SPECIAL = /(^|[^\\])[%#]/;

describe('BibTeX citation', () => {
  it('keeps a crafted page address inside \\url{} (no injected field)', () => {
    const url = 'https://example.org/atlas/?view=hierarchy#}},\n  note = {injected';
    const [misc] = readBibtex(citeBibtex(cite({ url })));
    expect(Object.keys(misc!.fields)).toEqual(['title', 'year', 'howpublished', 'note']);
    expect(misc!.fields.note).toBe('Codebook version 1.0.0; accessed 2026-05-01');
    expect(misc!.fields.howpublished).toBe('\\url{https://example.org/atlas/?view=hierarchy}');
  });

  it('encodes braces, backslashes, % and # of the address', () => {
    const url = 'https://example.org/atlas/?view=fit&profile=1~a}b{c\\d%25e#f';
    const [misc] = readBibtex(citeBibtex(cite({ url })));
    const inUrl = /^\\url\{(.*)\}$/.exec(misc!.fields.howpublished!)![1]!;
    expect(inUrl).toBe(
      'https://example.org/atlas/?view=fit&profile=1\\%7Ea\\%7Db\\%7Bc\\%5Cd\\%25e',
    );
    expect(inUrl).not.toMatch(BARE_TEX_SPECIAL);
  });

  it('escapes braces, backslash, % and # in every text field, and stays balanced (1000 runs)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.string({ maxLength: 20 }),
        (title, kind, url, extra) => {
          const text = citeBibtex(
            cite({ viewTitle: title, url: `${url}${extra}`, article: { title, kind } }),
          );
          const entries = readBibtex(text);
          expect(entries.map((e) => e.type)).toEqual(['misc', 'article']);
          expect(Object.keys(entries[0]!.fields)).toEqual([
            'title',
            'year',
            'howpublished',
            'note',
          ]);
          expect(Object.keys(entries[1]!.fields)).toEqual(['title', 'note']);
          for (const entry of entries)
            for (const value of Object.values(entry.fields))
              expect(value).not.toMatch(BARE_TEX_SPECIAL);
        },
      ),
      RUNS,
    );
  });

  it('writes special characters of a title as text', () => {
    const [misc] = readBibtex(citeBibtex(cite({ viewTitle: 'a\\}b{c%d#e' })));
    expect(misc!.fields.title).toBe(
      'Cluster Atlas: a\\textbackslash{}\\textbraceright{}b\\textbraceleft{}c\\%d\\#e',
    );
  });
});
