import { type Language, languages, type PresentedLocalizedText } from '../localized-text.ts';

/**
 * RFC 4180 CSV as spreadsheets read it: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled, and a UTF-8 byte order mark so that Excel opens Chinese and Russian text correctly.
 */

/** A cell value: strings are text, numbers are written as they are, null and undefined are empty cells. */
export type CsvCell = string | number | null | undefined;

/** Written once at the very start of a document. */
export const csvByteOrderMark = '\uFEFF';

/** Characters with which a spreadsheet starts a formula (OWASP "CSV injection"; tab and CR open one in some). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * Prefixes text a spreadsheet would run as a formula with an apostrophe, which spreadsheets show as text. Only
 * text is neutralised: numbers are written by the exporter itself, never taken from user input.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** One field, neutralised and quoted as needed. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, ended by CRLF. */
export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** A column of an export: its header and how to read its cell from an item. */
export interface CsvColumn<Item> {
  header: string;
  value: (item: Item) => CsvCell;
}

/** The header record of a set of columns. */
export const csvHeader = <Item>(columns: readonly CsvColumn<Item>[]) => csvRow(columns.map((column) => column.header));

/** The records of items under a set of columns. */
export const csvRecords = <Item>(columns: readonly CsvColumn<Item>[], items: readonly Item[]) =>
  items.map((item) => csvRow(columns.map((column) => column.value(item)))).join('');

/** List values in one cell. */
export const joinedList = (values: readonly string[]) => values.join('; ');

/**
 * Two columns per language for a trilingual text, `<name>_zh`, `<name>_zh_provenance`, … so that a reader of the
 * spreadsheet sees which texts are official and which are unofficial translations or missing.
 */
export function localizedColumns<Item>(
  name: string,
  read: (item: Item) => PresentedLocalizedText | null | undefined,
): CsvColumn<Item>[] {
  return languages.flatMap((language: Language) => [
    { header: `${name}_${language}`, value: (item: Item) => read(item)?.[language].text ?? null },
    {
      header: `${name}_${language}_provenance`,
      value: (item: Item) => read(item)?.[language].provenance ?? 'missing',
    },
  ]);
}
