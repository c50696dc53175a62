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
const comma = String.raw`,?\s+`;

type Part = 'd1' | 'm1' | 'y1' | 'd2' | 'm2' | 'y2';

/**
 * The shapes an English date or date range takes, most specific first. Each lists the parts its groups capture;
 * an end that leaves out its month or year takes them from the start (17–18 November 2025), a start that leaves
 * them out takes them from the end (31 August – 1 September 2025).
 */
const shapes: readonly { source: string; parts: readonly Part[] }[] = [
  {
    source: `${day}\\s+${month}${comma}${year}${through}${day}\\s+${month}${comma}${year}`,
    parts: ['d1', 'm1', 'y1', 'd2', 'm2', 'y2'],
  },
  { source: `${day}\\s+${month}${through}${day}\\s+${month}${comma}${year}`, parts: ['d1', 'm1', 'd2', 'm2', 'y2'] },
  { source: `${day}${through}${day}\\s+${month}${comma}${year}`, parts: ['d1', 'd2', 'm2', 'y2'] },
  { source: `${day}\\s+${month}${comma}${year}`, parts: ['d1', 'm1', 'y1'] },
  {
    source: `${month}\\s+${day}${comma}${year}${through}${month}\\s+${day}${comma}${year}`,
    parts: ['m1', 'd1', 'y1', 'm2', 'd2', 'y2'],
  },
  { source: `${month}\\s+${day}${through}${month}\\s+${day}${comma}${year}`, parts: ['m1', 'd1', 'm2', 'd2', 'y2'] },
  { source: `${month}\\s+${day}${through}${day}${comma}${year}`, parts: ['m1', 'd1', 'd2', 'y2'] },
  { source: `${month}\\s+${day}${comma}${year}`, parts: ['m1', 'd1', 'y1'] },
  { source: `${month}\\s+${year}${through}${month}\\s+${year}`, parts: ['m1', 'y1', 'm2', 'y2'] },
  { source: `${month}${through}${month}\\s+${year}`, parts: ['m1', 'm2', 'y2'] },
  { source: `${month}\\s+${year}`, parts: ['m1', 'y1'] },
];
const shapePatterns = shapes.map((shape) => ({ ...shape, pattern: new RegExp(shape.source, 'gu') }));

export interface FoundDate {
  /** Offsets of the date in the text searched. */
  start: number;
  end: number;
  range: DateRange;
}

/**
 * Every date or date range with a day or a month in the text, in order, the longest reading at each position:
 * 26 October 2023, 17–18 November 2025, 31 August – 1 September 2025, October 15-16, 2024, November 2025,
 * March–May 2026. Bare years are not found here (2026–2035 names a period, "in 2026" is read by the callers that
 * expect a year). Impossible dates and ranges that run backwards are skipped.
 */
export function findEnglishDates(text: string): FoundDate[] {
  const candidates: FoundDate[] = [];
  for (const { pattern, parts } of shapePatterns) {
    for (const match of text.matchAll(pattern)) {
      const range = toRange({ parts, values: match.slice(1) });
      if (range) candidates.push({ start: match.index, end: match.index + match[0].length, range });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const found: FoundDate[] = [];
  for (const candidate of candidates) {
    if (found.length === 0 || candidate.start >= found.at(-1)!.end) found.push(candidate);
  }
  return found;
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

function toRange(options: { parts: readonly Part[]; values: (string | undefined)[] }): DateRange | null {
  const value = Object.fromEntries(options.parts.map((part, index) => [part, options.values[index]])) as Partial<
    Record<Part, string>
  >;
  const startYear = value.y1 ?? value.y2!;
  const endYear = value.y2 ?? value.y1!;
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
