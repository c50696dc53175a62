import { type DateRange, findEnglishDates, parseEnglishDateRange } from './parse-dates.ts';

export interface DateAndPlace {
  dates: DateRange;
  /** The place as written, without "the"; null when the note names none. */
  place: string | null;
  /** Whether the note says the event was held by video (video conference format, online). */
  video: boolean;
}

const video = /video|online|virtual/i;
const adoptionWords = /^(?:adopted|signed|approved|concluded|held)\s+(?:(?:on|in)\s+)?/i;

/**
 * Reads a short note of date and place as parentheses give them after a document or an event: "Tianjin,
 * 1 September 2025", "June 5, 2025, Astana", "4 July 2023, video conference format", "adopted in 2021", "2026,
 * Dushanbe". The date may itself hold a comma (June 5, 2025), so it is found first and the rest is split at commas.
 * Null when the note holds no date.
 */
export function readDateAndPlace(note: string): DateAndPlace | null {
  const [found] = findEnglishDates(note);
  let dates: DateRange | null = found?.range ?? null;
  const rest = found ? `${note.slice(0, found.start)},${note.slice(found.end)}` : note;
  let place: string | null = null;
  for (const rawPart of rest.split(',')) {
    const part = rawPart.trim().replace(adoptionWords, '');
    if (!part) continue;
    const year = dates ? null : parseEnglishDateRange(part);
    if (year) dates = year;
    else if (!place && /^\p{Lu}/u.test(part) && !video.test(part)) place = part.replace(/^the\s+/i, '');
  }
  return dates ? { dates, place, video: video.test(note) } : null;
}
