/**
 * CSV of the current selection: one row per model × dimension with the value, the scale-step
 * label, confidence, rationale and evidence locators. RFC 4180 quoting, a UTF-8 byte-order mark,
 * and every cell that a spreadsheet would read as a formula is neutralised.
 */
import { stepLabel } from '../corpus/derive';
import type { Codebook, Model } from '../corpus/schema';

export const CSV_COLUMNS = [
  'model',
  'model_name',
  'dimension',
  'value',
  'step_label',
  'confidence',
  'rationale',
  'locators',
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

/**
 * Where a spreadsheet may start a new cell inside what we wrote as one. We write commas, but Excel
 * in a locale with a decimal comma (Russian, German, French…) splits a CSV on semicolons, and
 * LibreOffice and Google Sheets offer tab, semicolon and comma in their import dialogs (pipe too,
 * as the one "other" separator people commonly type). A reader that ignores our quotes also starts
 * a new row at a line break. Space is left out on purpose: guarding after every space would mark
 * ordinary prose ("a - b"), and a file split on spaces is unreadable as a table anyway.
 */
const SPLITS = ',;|\t\r\n';
/**
 * A piece of a cell (the cell itself, or what follows a separator) that a spreadsheet would run as
 * a formula (CSV injection): after any spaces and double quotes, which a spreadsheet may trim or
 * read as the quotes of a cell, comes = + - @, a tab or a carriage return. Apostrophes already in
 * front are counted in, so that restore() can always take back exactly the one added.
 */
const RISKY = new RegExp(`(?<=^|[${SPLITS}])([ "]*)('*[=+\\-@\\t\\r])`, 'g');
const GUARDED = new RegExp(`(?<=^|[${SPLITS}])([ "]*)'('*[=+\\-@\\t\\r])`, 'g');

/**
 * Puts an apostrophe in front of every risky piece of a cell: a leading apostrophe makes a cell
 * plain text in Excel, LibreOffice and Sheets, whichever separator they split the line on.
 */
export function neutralise(cell: string): string {
  return cell.replace(RISKY, "$1'$2");
}

/** Undoes neutralise (for reading our own files back). */
export function restore(cell: string): string {
  return cell.replace(GUARDED, '$1$2');
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export const BOM = '\uFEFF';

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((r) => CSV_COLUMNS.map((c) => quote(neutralise(r[c]))).join(',')),
  ];
  // The byte-order mark tells Excel the file is UTF-8: without it, Cyrillic text is misread.
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF; a byte-order mark is skipped). */
export function parseCsv(file: string): string[][] {
  const text = file.startsWith(BOM) ? file.slice(BOM.length) : file;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

export function selectionRows(models: readonly Model[], codebook: Codebook): CsvRow[] {
  return models.flatMap((m) => {
    const locators = (ids: readonly string[]) =>
      ids.map((id) => m.evidence.find((e) => e.id === id)?.locator ?? id).join(' ');
    return codebook.dimensions.map((dim): CsvRow => {
      const code = m.codes[dim.id];
      const value =
        typeof code.value === 'number'
          ? String(code.value)
          : Object.entries(code.value)
              .map(([k, v]) => `${k} ${v}`)
              .join('; ');
      const label =
        typeof code.value === 'number'
          ? stepLabel(codebook, dim.id, code.value)
          : 'lead' in code
            ? `lead: ${code.lead}`
            : '';
      return {
        model: m.id,
        model_name: m.name,
        dimension: dim.id,
        value,
        step_label: label,
        confidence: code.confidence,
        rationale: code.rationale,
        locators: locators(code.evidence),
      };
    });
  });
}
