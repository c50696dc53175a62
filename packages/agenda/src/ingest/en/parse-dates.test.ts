import { describe, expect, it } from 'vitest';
import { findEnglishDates, parseEnglishDateRange } from './parse-dates.ts';

const day = (date: string) => ({ date, precision: 'day' });

describe('parseEnglishDateRange', () => {
  it.each([
    ['26 October 2023', '2023-10-26', '2023-10-26'],
    ['On 26 October 2023', '2023-10-26', '2023-10-26'],
    ['1 November 2022', '2022-11-01', '2022-11-01'],
    ['1st November 2022', '2022-11-01', '2022-11-01'],
    ['17–18 November 2025', '2025-11-17', '2025-11-18'],
    ['17-18 November 2025', '2025-11-17', '2025-11-18'],
    ['from 17 to 18 November 2025', '2025-11-17', '2025-11-18'],
    ['31 August – 1 September 2025', '2025-08-31', '2025-09-01'],
    ['31 August–1 September 2025', '2025-08-31', '2025-09-01'],
    ['31 December 2025 – 2 January 2026', '2025-12-31', '2026-01-02'],
    ['October 26, 2023', '2023-10-26', '2023-10-26'],
    ['October 15-16, 2024', '2024-10-15', '2024-10-16'],
    ['August 31 – September 1, 2025', '2025-08-31', '2025-09-01'],
    ['Sept. 1, 2025', '2025-09-01', '2025-09-01'],
    ['5 and 6 June 2025', '2025-06-05', '2025-06-06'],
    ['on 3 and 4 July 2024', '2024-07-03', '2024-07-04'],
    ['June 5 and 6, 2025', '2025-06-05', '2025-06-06'],
  ])('%s', (text, start, end) => {
    expect(parseEnglishDateRange(text)).toEqual({ start: day(start), end: day(end) });
  });

  it('reads months and years with their precision', () => {
    expect(parseEnglishDateRange('November 2025')).toEqual({
      start: { date: '2025-11-01', precision: 'month' },
      end: { date: '2025-11-01', precision: 'month' },
    });
    expect(parseEnglishDateRange('March–May 2026')).toEqual({
      start: { date: '2026-03-01', precision: 'month' },
      end: { date: '2026-05-01', precision: 'month' },
    });
    expect(parseEnglishDateRange('in 2026')).toEqual({
      start: { date: '2026-01-01', precision: 'year' },
      end: { date: '2026-01-01', precision: 'year' },
    });
  });

  it.each([
    ['a year range, which names a term', '2024–2025'],
    ['an impossible day', '31 February 2025'],
    ['a range that runs backwards', '18–17 November 2025'],
    ['a day without a year', '26 October'],
    ['two days that are not consecutive', '1 and 15 June 2025'],
    ['words', 'the next meeting'],
  ])('refuses %s', (_case, text) => {
    expect(parseEnglishDateRange(text)).toBeNull();
  });
});

describe('findEnglishDates', () => {
  it('finds every date in running text with its offsets, the longest reading first', () => {
    const text = 'the attack in Pahalgam on 22 April 2025, the meeting held on 17–18 November 2025 and May 2026.';
    const found = findEnglishDates(text).map((date) => [text.slice(date.start, date.end), date.range.start.date]);
    expect(found).toEqual([
      ['22 April 2025', '2025-04-22'],
      ['17–18 November 2025', '2025-11-17'],
      ['May 2026', '2026-05-01'],
    ]);
  });

  it('does not read the modal "may" or bare years as dates', () => {
    expect(findEnglishDates('The parties may meet in 2026 to review the 2026–2035 strategy.')).toEqual([]);
  });
});

describe('findEnglishDates with the year of the text', () => {
  it('reads days written without a year in that year, and only when it is given', () => {
    const text = 'the forum held on 5 and 6 June, the exhibition from 17 to 18 November and the summit on 1 June 2025';
    const found = (options: { yearOfText?: number }) =>
      findEnglishDates(text, options).map((date) => [
        text.slice(date.start, date.end),
        date.range.start.date,
        date.range.end.date,
      ]);
    expect(found({ yearOfText: 2024 })).toEqual([
      ['5 and 6 June', '2024-06-05', '2024-06-06'],
      ['17 to 18 November', '2024-11-17', '2024-11-18'],
      ['1 June 2025', '2025-06-01', '2025-06-01'],
    ]);
    expect(found({})).toEqual([['1 June 2025', '2025-06-01', '2025-06-01']]);
  });
});
