import type { PartialDate } from '../types.ts';

/** A start and an end at the same precision; a single date has `end` equal to `start`. */
export interface DateRange {
  start: PartialDate;
  end: PartialDate;
}

/** Russian month names in the genitive, as a day-precision date writes them ("18 ноября 2025 года"). */
export const genitiveMonths = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
];
// Month precision is written "в ноябре 2026 года" (prepositional) or "ноябрь 2026 года" (nominative).
const prepositionalMonths = [
  'январе',
  'феврале',
  'марте',
  'апреле',
  'мае',
  'июне',
  'июле',
  'августе',
  'сентябре',
  'октябре',
  'ноябре',
  'декабре',
];
const nominativeMonths = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

const month = `(?:${genitiveMonths.join('|')})`;
const dash = String.raw`\s*[-–—]\s*`;
const yearWord = String.raw`(?:\s*(?:года|г\.))?`;
const day = String.raw`\d{1,2}`;
const year = String.raw`\d{4}`;

/**
 * Source of a RegExp that finds a Russian date or date range of day precision in running text: "26 октября 2023 г.",
 * "17–18 ноября 2025 года", "1 — 2 ноября 2019 года", "30 ноября – 1 декабря 2017 года", "31 декабря 2025 года –
 * 2 января 2026 года", "с 30 ноября по 1 декабря 2017 года".
 */
export const russianDayRangePatternSource = [
  `(?:с\\s+)?${day}\\s+${month}\\s+${year}${yearWord}(?:(?:${dash}|\\s+по\\s+)${day}\\s+${month}\\s+${year}${yearWord})?`,
  `(?:с\\s+)?${day}\\s+${month}(?:${dash}|\\s+по\\s+)${day}\\s+${month}\\s+${year}${yearWord}`,
  `(?:с\\s+)?${day}(?:${dash}|\\s+по\\s+)${day}\\s+${month}\\s+${year}${yearWord}`,
].join('|');

/**
 * Source of a RegExp that finds any dated expression an event may carry: a day-precision date or range, a month
 * ("в ноябре 2026 года", "ноябрь 2026 года") or a year said as a point in time ("в 2026 году"). Years in other
 * cases ("до 2035 года", "на 2020 год", "в 2018–2019 годах") do not match: they name programme periods, budgets
 * and terms of office, never when an event takes place.
 */
export const russianDatePatternSource = [
  russianDayRangePatternSource,
  `(?:в\\s+)?(?:${prepositionalMonths.join('|')}|${nominativeMonths.join('|')})\\s+${year}${yearWord}`,
  `(?:в\\s+)?${year}\\s+году`,
].join('|');

/**
 * Source of a RegExp that finds a day or day range whose year the text leaves out and that no year follows:
 * "12–14 мая", "30 ноября – 1 декабря", "5 июня". Texts write it for events of the meeting's own year.
 */
export const russianYearlessDayRangePatternSource = `(?:${day}\\s+${month}${dash}|${day}${dash})?${day}\\s+${month}(?![\\p{L}])(?!\\s*(?:\\d|[-–—]))`;

/**
 * Places a yearless day range (see {@link russianYearlessDayRangePatternSource}) in the year of `referenceDate`, or in
 * the year before when a `held` event would otherwise fall after that date, or the year after when a `planned` one
 * would fall before it. Null for impossible dates.
 */
export function parseRussianYearlessDayRange(options: {
  text: string;
  referenceDate: string;
  direction: 'held' | 'planned';
}): DateRange | null {
  const { text, referenceDate, direction } = options;
  const year = Number(referenceDate.slice(0, 4));
  const inYear = (value: number) => parseRussianDateRange(`${text} ${value} года`);
  const same = inYear(year);
  if (!same) return null;
  if (direction === 'held' && same.start.date > referenceDate) return inYear(year - 1);
  if (direction === 'planned' && same.end.date < referenceDate) return inYear(year + 1);
  return same;
}

/**
 * Parses one Russian date expression (as found by {@link russianDatePatternSource}, or "2026 год" as a date
 * parenthesis writes it) into a range. The end inherits the
 * month and year the text leaves out ("17–18 ноября 2025 года"). Null for impossible dates, for ends before starts
 * and for anything else.
 */
export function parseRussianDateRange(text: string): DateRange | null {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const yearOnly = /^(?:в )?(\d{4}) год(?:у)?$/.exec(normalized);
  if (yearOnly) return single(toPartialDate({ year: Number(yearOnly[1]), month: null, day: null }));
  const monthOnly = /^(?:в )?([а-яё]+) (\d{4})(?: ?(?:года|г\.))?$/.exec(normalized);
  if (monthOnly) {
    const monthIndex = [prepositionalMonths, nominativeMonths]
      .map((list) => list.indexOf(monthOnly[1]!))
      .find((i) => i >= 0);
    if (monthIndex === undefined) return null;
    return single(toPartialDate({ year: Number(monthOnly[2]), month: monthIndex + 1, day: null }));
  }
  const range =
    /^(?:с )?(\d{1,2})(?: ([а-яё]+)(?: (\d{4}))?(?: ?(?:года|г\.))?)?(?: ?[-–—] ?| по )?(?:(\d{1,2}) ([а-яё]+) (\d{4})(?: ?(?:года|г\.))?)?$/.exec(
      normalized,
    );
  if (!range) return null;
  const [, startDay, startMonthName, startYear, endDay, endMonthName, endYear] = range;
  if (endDay === undefined) {
    if (!startMonthName || !startYear) return null;
    return single(
      toPartialDate({ year: Number(startYear), month: monthNumber(startMonthName), day: Number(startDay) }),
    );
  }
  const endMonth = monthNumber(endMonthName!);
  const end = toPartialDate({ year: Number(endYear), month: endMonth, day: Number(endDay) });
  const start = toPartialDate({
    year: Number(startYear ?? endYear),
    month: startMonthName ? monthNumber(startMonthName) : endMonth,
    day: Number(startDay),
  });
  if (!start || !end || end.date < start.date) return null;
  return { start, end };
}

function single(date: PartialDate | null): DateRange | null {
  return date ? { start: date, end: date } : null;
}

function monthNumber(name: string): number | null {
  const index = genitiveMonths.indexOf(name);
  return index >= 0 ? index + 1 : null;
}

function toPartialDate(parts: { year: number; month: number | null; day: number | null }): PartialDate | null {
  const { year, month, day } = parts;
  if (month === null && day !== null) return null;
  const probeMonth = month ?? 1;
  const probeDay = day ?? 1;
  const probe = new Date(Date.UTC(year, probeMonth - 1, probeDay));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== probeMonth - 1 || probe.getUTCDate() !== probeDay) {
    return null;
  }
  const iso = `${String(year).padStart(4, '0')}-${String(probeMonth).padStart(2, '0')}-${String(probeDay).padStart(2, '0')}`;
  return { date: iso, precision: day !== null ? 'day' : month !== null ? 'month' : 'year' };
}
