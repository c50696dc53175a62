import type { Language, PartialDate } from '../api/types.ts';
import { localeTags } from './locale.ts';

type Precision = PartialDate['precision'];

const optionsFor: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, options: Intl.DateTimeFormatOptions, key: string): Intl.DateTimeFormat {
  const cacheKey = `${language}|${key}`;
  let found = cache.get(cacheKey);
  if (!found) {
    found = new Intl.DateTimeFormat(localeTags[language], options);
    cache.set(cacheKey, found);
  }
  return found;
}

/** Parses `YYYY-MM-DD` (or a full ISO timestamp's date part) as a UTC date; null if it is not a date. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date in the UI language, as precise as the source: "17 November 2025", "November 2025", "2025". */
export function formatDate(value: string | null | undefined, language: Language, precision: Precision = 'day'): string {
  const date = parseIsoDate(value);
  if (!date) return '';
  return formatter(language, optionsFor[precision], precision).format(date);
}

export function formatPartialDate(value: PartialDate | null | undefined, language: Language): string {
  if (!value) return '';
  return formatDate(value.date, language, value.precision);
}

const coarser = (a: Precision, b: Precision): Precision => {
  const order: Precision[] = ['day', 'month', 'year'];
  return order.indexOf(a) >= order.indexOf(b) ? a : b;
};

/** "17–18 November 2025"; either end may be missing. */
export function formatDateRange(
  start: PartialDate | string | null | undefined,
  end: PartialDate | string | null | undefined,
  language: Language,
): string {
  const s = typeof start === 'string' ? { date: start, precision: 'day' as const } : start;
  const e = typeof end === 'string' ? { date: end, precision: 'day' as const } : end;
  if (!s && !e) return '';
  if (!s) return formatPartialDate(e, language);
  if (!e || e.date === s.date) return formatPartialDate(s, language);
  const precision = coarser(s.precision, e.precision);
  const a = parseIsoDate(s.date);
  const b = parseIsoDate(e.date);
  if (!a || !b) return formatPartialDate(s, language);
  const f = formatter(language, optionsFor[precision], precision);
  if (b < a) return f.format(a);
  if (language === 'zh') return zhRange(a, b, precision, f);
  return f.formatRange(a, b);
}

/** ICU gives numeric ranges for zh ("2025/11/17 – 2025/11/18"); Chinese texts write 2025年11月17日至18日. */
function zhRange(a: Date, b: Date, precision: Precision, f: Intl.DateTimeFormat): string {
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (precision === 'year') return sameYear ? f.format(a) : `${f.format(a)}至${f.format(b)}`;
  if (precision === 'month') {
    if (sameMonth) return f.format(a);
    return sameYear ? `${f.format(a)}至${b.getUTCMonth() + 1}月` : `${f.format(a)}至${f.format(b)}`;
  }
  if (sameMonth) return `${f.format(a)}至${b.getUTCDate()}日`;
  if (sameYear) return `${f.format(a)}至${b.getUTCMonth() + 1}月${b.getUTCDate()}日`;
  return `${f.format(a)}至${f.format(b)}`;
}

/** A timestamp (ISO 8601 with time) as date and time in the UI language. */
export function formatTimestamp(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }, 'timestamp').format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(localeTags[language]).format(value);
}
