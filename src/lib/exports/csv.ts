/**
 * Writes a table (tables.ts) as CSV: UTF-8 with a byte-order mark (without it, spreadsheets read
 * the Persian and Armenian names as Latin-1), a header row, CRLF line ends (RFC 4180), quoting
 * by csv-stringify. Cells a spreadsheet would run as a formula are neutralised.
 */
import { stringify } from 'csv-stringify/sync';
import { LIST_SEPARATOR, type CellValue, type Field, type Table, type TableContent } from './tables.ts';

/**
 * A text cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
 * (tab and carriage return too, since some of them strip those before looking).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a cell a spreadsheet would execute with `'`: `neutralise('=1+1')` is "'=1+1". */
export const neutralise = (text: string) => (FORMULA_START.test(text) ? `'${text}` : text);

/** One cell as text. Numbers and booleans are left as they are: "-45.2" is a longitude, not a formula. */
export function cellText(field: Field, value: CellValue): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return neutralise(value);
  if (field.type !== 'list') throw new Error(`Column "${field.name}" is not a list but was given one.`);
  return neutralise(value.map((item) => item.replaceAll(LIST_SEPARATOR, '/')).join(LIST_SEPARATOR));
}

/** The header row and one line per row. */
export function tableCsv(table: Pick<Table, 'fields'>, rows: readonly CellValue[][]): string {
  const records = rows.map((row) => table.fields.map((field, i) => cellText(field, row[i])));
  return stringify([table.fields.map((f) => f.name), ...records], { bom: true, record_delimiter: 'windows' });
}

/** `/data/<table>.csv`. */
export const contentCsv = (table: Table, content: TableContent) => tableCsv(table, table.rows(content));
