import type { PartialDate } from '../types.ts';

/** A start and an end at the same precision; a single date has `end` equal to `start`. */
export interface DateRange {
  start: PartialDate;
  end: PartialDate;
}

/** Source of a RegExp that finds a single Chinese date in running text: 2025年11月17日, 2026年5月, 2026年. */
export const chineseDatePatternSource = String.raw`\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?`;

/**
 * Source of a RegExp that finds a date or a date range in running text. It also finds year ranges such as
 * 2024年至2025年, which {@link parseChineseDateRange} then refuses.
 */
export const chineseDateRangePatternSource = String.raw`${chineseDatePatternSource}(?:至(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?)?`;

const anchoredRange =
  /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:至(?:(\d{4})年)?(?:(\d{1,2})月)?(?:(\d{1,2})日)?)?$/;

/** Parses exactly one Chinese date (2025年11月17日, 2026年5月, 2026年); null when the text is anything else. */
export function parseChineseDate(text: string): PartialDate | null {
  if (text.includes('至')) return null;
  return parseChineseDateRange(text)?.start ?? null;
}

/**
 * Parses a Chinese date or date range: `2025年11月17日`, `2025年9月16日至18日`, `2025年8月31日至9月1日`,
 * `2025年12月31日至2026年1月2日`, `2026年3月至5月`, `2026年5月`, `2026年`. The end inherits the year and month the
 * text leaves out and must be as precise as the start. Year ranges (`2024年至2025年`) return null: in communiqués
 * they name a term of office or a programme period, never the date of an event. Impossible dates return null.
 */
export function parseChineseDateRange(text: string): DateRange | null {
  const match = anchoredRange.exec(text);
  if (!match) return null;
  const [, year, month, day, endYear, endMonth, endDay] = match;
  const start = toPartialDate({ year: year!, month, day });
  if (!start) return null;
  if (!text.includes('至')) return { start, end: start };
  if (start.precision === 'year') return null;
  // The end may only leave out leading parts, and must name the unit the start is precise to.
  const endNamesItsLastUnit = start.precision === 'day' ? endDay !== undefined : endMonth !== undefined && !endDay;
  if (!endNamesItsLastUnit) return null;
  const end = toPartialDate({ year: endYear ?? year!, month: endMonth ?? month, day: endDay });
  if (!end || end.date < start.date) return null;
  return { start, end };
}

/** The first and last calendar day a partial date covers: 2026年5月 → 2026-05-01 … 2026-05-31. */
export function daysCovered(date: PartialDate): { first: string; last: string } {
  const [year, month] = date.date.split('-').map(Number) as [number, number];
  if (date.precision === 'day') return { first: date.date, last: date.date };
  if (date.precision === 'year') return { first: date.date, last: `${year}-12-31` };
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { first: date.date, last: `${date.date.slice(0, 8)}${String(lastDay).padStart(2, '0')}` };
}

function toPartialDate(parts: {
  year: string;
  month: string | undefined;
  day: string | undefined;
}): PartialDate | null {
  const year = Number(parts.year);
  const month = parts.month === undefined ? 1 : Number(parts.month);
  const day = parts.day === undefined ? 1 : Number(parts.day);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const precision = parts.day !== undefined ? 'day' : parts.month !== undefined ? 'month' : 'year';
  return { date: iso, precision };
}
