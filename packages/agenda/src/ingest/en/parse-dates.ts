import type { PartialDate } from '../types.ts';
import type { DateRange } from '../zh/parse-dates.ts';

export type { DateRange } from '../zh/parse-dates.ts';

const months = [
  ['January', 'Jan'],
  ['February', 'Feb'],
  ['March', 'Mar'],
  ['April', 'Apr'],
  ['May'],
  ['June', 'Jun'],
  ['July', 'Jul'],
  ['August', 'Aug'],
  ['September', 'Sept', 'Sep'],
  ['October', 'Oct'],
  ['November', 'Nov'],
  ['December', 'Dec'],
] as const;

const monthNumber = new Map<string, number>(
  months.flatMap((names, index) => names.map((name) => [name.toLowerCase(), index + 1] as const)),
);

/** Source of a RegExp that finds a month's name (full, or abbreviated with an optional full stop). */
export const monthPatternSource = `(?:${months
  .flatMap((names) => names.map((name, index) => (index === 0 ? name : `${name}\\.?`)))
  .join('|')})(?![\\p{L}])`;

const day = String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th)?`;
const month = `(${monthPatternSource})`;
const year = String.raw`(\d{4})(?!\d)`;
// Between the two ends of a range: a dash (with or without spaces) or "to"/"till"/"until".
const through = String.raw`(?:\s*[-–—]\s*|\s+(?:to|till|until)\s+)`;
// "5 and 6 June": two days named together; read as a range only when they are consecutive.
const andNext = String.raw`\s+and\s+`;
const comma = String.raw`,?\s+`;
// A date without its year ends where no year follows: "on 5 June, the …", not "on 5 June 2025".
const noYear = String.raw`(?!,?\s*\d{4}(?!\d))(?![\p{L}\d])`;

type Part = 'd1' | 'm1' | 'y1' | 'd2' | 'm2' | 'y2';

interface Shape {
  source: string;
  parts: readonly Part[];
  /** The two days are joined by "and", so they must be consecutive. */
  consecutive?: boolean;
}

/**
 * The shapes an English date or date range takes, most specific first. Each lists the parts its groups capture;
 * an end that leaves out its month or year takes them from the start (17–18 November 2025), a start that leaves
 * them out takes them from the end (31 August – 1 September 2025).
 */
const shapes: readonly Shape[] = [
  {
    source: `${day}\\s+${month}${comma}${year}${through}${day}\\s+${month}${comma}${year}`,
    parts: ['d1', 'm1', 'y1', 'd2', 'm2', 'y2'],
  },
  { source: `${day}\\s+${month}${through}${day}\\s+${month}${comma}${year}`, parts: ['d1', 'm1', 'd2', 'm2', 'y2'] },
  { source: `${day}${through}${day}\\s+${month}${comma}${year}`, parts: ['d1', 'd2', 'm2', 'y2'] },
  { source: `${day}${andNext}${day}\\s+${month}${comma}${year}`, parts: ['d1', 'd2', 'm2', 'y2'], consecutive: true },
  { source: `${day}\\s+${month}${comma}${year}`, parts: ['d1', 'm1', 'y1'] },
  {
    source: `${month}\\s+${day}${comma}${year}${through}${month}\\s+${day}${comma}${year}`,
    parts: ['m1', 'd1', 'y1', 'm2', 'd2', 'y2'],
  },
  { source: `${month}\\s+${day}${through}${month}\\s+${day}${comma}${year}`, parts: ['m1', 'd1', 'm2', 'd2', 'y2'] },
  { source: `${month}\\s+${day}${through}${day}${comma}${year}`, parts: ['m1', 'd1', 'd2', 'y2'] },
  { source: `${month}\\s+${day}${andNext}${day}${comma}${year}`, parts: ['m1', 'd1', 'd2', 'y2'], consecutive: true },
  { source: `${month}\\s+${day}${comma}${year}`, parts: ['m1', 'd1', 'y1'] },
  { source: `${month}\\s+${year}${through}${month}\\s+${year}`, parts: ['m1', 'y1', 'm2', 'y2'] },
  { source: `${month}${through}${month}\\s+${year}`, parts: ['m1', 'm2', 'y2'] },
  { source: `${month}\\s+${year}`, parts: ['m1', 'y1'] },
];
// The same shapes with a day but no year ("on 5 and 6 June", "from 17 to 18 November"), read only when the caller
// knows which year the text means.
const yearlessShapes: readonly Shape[] = [
  { source: `${day}\\s+${month}${through}${day}\\s+${month}${noYear}`, parts: ['d1', 'm1', 'd2', 'm2'] },
  { source: `${day}${through}${day}\\s+${month}${noYear}`, parts: ['d1', 'd2', 'm2'] },
  { source: `${day}${andNext}${day}\\s+${month}${noYear}`, parts: ['d1', 'd2', 'm2'], consecutive: true },
  { source: `${day}\\s+${month}${noYear}`, parts: ['d1', 'm1'] },
  { source: `${month}\\s+${day}${through}${month}\\s+${day}${noYear}`, parts: ['m1', 'd1', 'm2', 'd2'] },
  { source: `${month}\\s+${day}${through}${day}${noYear}`, parts: ['m1', 'd1', 'd2'] },
  { source: `${month}\\s+${day}${andNext}${day}${noYear}`, parts: ['m1', 'd1', 'd2'], consecutive: true },
  { source: `${month}\\s+${day}${noYear}`, parts: ['m1', 'd1'] },
];
const compile = (list: readonly Shape[]) =>
  list.map((shape) => ({ ...shape, pattern: new RegExp(shape.source, 'gu') }));
const shapePatterns = compile(shapes);
const yearlessShapePatterns = compile(yearlessShapes);

export interface FoundDate {
  /** Offsets of the date in the text searched. */
  start: number;
  end: number;
  range: DateRange;
}

/**
 * Every date or date range with a day or a month in the text, in order, the longest reading at each position:
 * 26 October 2023, 17–18 November 2025, 5 and 6 June 2025, 31 August – 1 September 2025, October 15-16, 2024,
 * November 2025, March–May 2026. Bare years are not found here (2026–2035 names a period, "in 2026" is read by the
 * callers that expect a year). Days written without a year ("on 5 and 6 June") are found only when `yearOfText`
 * says which year the text means, and take that year. Impossible dates, ranges that run backwards and two days
 * joined by "and" that are not consecutive are skipped.
 */
export function findEnglishDates(text: string, options: { yearOfText?: number } = {}): FoundDate[] {
  const candidates: FoundDate[] = [];
  const patterns = options.yearOfText === undefined ? shapePatterns : [...shapePatterns, ...yearlessShapePatterns];
  for (const { pattern, parts, consecutive } of patterns) {
    for (const match of text.matchAll(pattern)) {
      const range = toRange({ parts, values: match.slice(1), yearOfText: options.yearOfText });
      if (!range || (consecutive && !areConsecutive(range))) continue;
      candidates.push({ start: match.index, end: match.index + match[0].length, range });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  for (const candidate of candidates) {
    if (found.length === 0 || candidate.start >= found.at(-1)!.end) found.push(candidate);
  }
  return found;
}

function areConsecutive(range: DateRange): boolean {
  const next = new Date(`${range.start.date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10) === range.end.date;
}

/**
 * Parses text that is exactly one date or range: any shape {@link findEnglishDates} reads, or a bare year (2026).
 * Year ranges (2024–2025) return null: in SCO texts they name a term or a programme period, not an event's date.
 */
export function parseEnglishDateRange(text: string): DateRange | null {
  const trimmed = text.trim().replace(/^(?:on|from|in)\s+/i, '');
  if (/^\d{4}$/.test(trimmed)) {
    const start: PartialDate = { date: `${trimmed}-01-01`, precision: 'year' };
    return { start, end: start };
  }
  const [found] = findEnglishDates(trimmed);
  return found && found.start === 0 && found.end === trimmed.length ? found.range : null;
}

function toRange(options: {
  parts: readonly Part[];
  values: (string | undefined)[];
  yearOfText: number | undefined;
}): DateRange | null {
  const value = Object.fromEntries(options.parts.map((part, index) => [part, options.values[index]])) as Partial<
    Record<Part, string>
  >;
  const yearOfText = options.yearOfText === undefined ? undefined : String(options.yearOfText);
  const startYear = value.y1 ?? value.y2 ?? yearOfText!;
  const endYear = value.y2 ?? value.y1 ?? yearOfText!;
  const start = toPartialDate({ year: startYear, month: value.m1 ?? value.m2!, day: value.d1 });
  if (!start) return null;
  if (!value.d2 && !value.m2) return { start, end: start };
  const end = toPartialDate({ year: endYear, month: value.m2 ?? value.m1!, day: value.d2 });
  if (!end || end.date < start.date) return null;
  return { start, end };
}

function toPartialDate(parts: { year: string; month: string; day: string | undefined }): PartialDate | null {
  const year = Number(parts.year);
  const monthIndex = monthNumber.get(parts.month.replace(/\.$/, '').toLowerCase());
  if (!monthIndex) return null;
  const dayOfMonth = parts.day === undefined ? 1 : Number(parts.day);
  const probe = new Date(Date.UTC(year, monthIndex - 1, dayOfMonth));
  if (probe.getUTCMonth() !== monthIndex - 1 || probe.getUTCDate() !== dayOfMonth) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(monthIndex).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return { date: iso, precision: parts.day === undefined ? 'month' : 'day' };
}
