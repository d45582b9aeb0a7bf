/**
 * CSV of the current selection: one row per model × dimension with the value, the scale-step
 * label, confidence, rationale and evidence locators. RFC 4180 quoting, and every cell that a
 * spreadsheet would read as a formula is neutralised.
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
 * A cell starting with = + - @, a tab or a carriage return can run as a formula in a spreadsheet
 * (CSV injection); a leading apostrophe makes it plain text in Excel, LibreOffice and Sheets.
 */
export function neutralise(cell: string): string {
  // Apostrophes already in front are counted too, so restore() can always undo exactly one.
  return /^'*[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** Undoes neutralise (for reading our own files back). */
export function restore(cell: string): string {
  return /^''*[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

export function toCsv(rows: readonly CsvRow[]): string {
  const lines = [
    CSV_COLUMNS.join(','),
    ...rows.map((r) => CSV_COLUMNS.map((c) => quote(neutralise(r[c]))).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
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
