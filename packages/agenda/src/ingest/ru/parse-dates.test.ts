import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../types.ts';
import {
  parseRussianDateRange,
  parseRussianYearlessDayRange,
  russianDatePatternSource,
  russianYearlessDayRangePatternSource,
} from './parse-dates.ts';

const day = (date: string): PartialDate => ({ date, precision: 'day' });

describe('parseRussianDateRange', () => {
  it.each([
    ['17–18 ноября 2025 года', day('2025-11-17'), day('2025-11-18')],
    ['1 — 2 ноября 2019 года', day('2019-11-01'), day('2019-11-02')],
    ['1-2 ноября 2019 г.', day('2019-11-01'), day('2019-11-02')],
    ['26 октября 2023 г.', day('2023-10-26'), day('2023-10-26')],
    ['14 июня 2019 года', day('2019-06-14'), day('2019-06-14')],
    ['30 ноября – 1 декабря 2017 года', day('2017-11-30'), day('2017-12-01')],
    ['с 30 ноября по 1 декабря 2017 года', day('2017-11-30'), day('2017-12-01')],
    ['31 декабря 2025 года – 2 января 2026 года', day('2025-12-31'), day('2026-01-02')],
  ])('%s', (text, start, end) => {
    expect(parseRussianDateRange(text)).toEqual({ start, end });
  });

  it.each([
    ['в ноябре 2026 года', { date: '2026-11-01', precision: 'month' }],
    ['сентябрь 2025 года', { date: '2025-09-01', precision: 'month' }],
    ['в 2026 году', { date: '2026-01-01', precision: 'year' }],
    ['2026 год', { date: '2026-01-01', precision: 'year' }],
  ] as const)('reads %s at its precision', (text, date) => {
    expect(parseRussianDateRange(text)).toEqual({ start: date, end: date });
  });

  it.each(['31 февраля 2025 года', '18–17 ноября 2025 года', 'ноября 2025 года', 'в понедельник'])(
    'refuses %j',
    (text) => {
      expect(parseRussianDateRange(text)).toBeNull();
    },
  );
});

describe('russianDatePatternSource', () => {
  const find = (text: string) => [...text.matchAll(new RegExp(russianDatePatternSource, 'giu'))].map((m) => m[0]);

  it('finds dates of events in running text', () => {
    expect(find('состоявшееся 5 июня 2025 года в Астане совещание')).toEqual(['5 июня 2025 года']);
    expect(find('состоится в 2020 году в Республике Индия')).toEqual(['в 2020 году']);
    expect(find('пройдет в ноябре 2026 года')).toEqual(['в ноябре 2026 года']);
  });

  it('does not take periods, budgets or terms of office for dates', () => {
    expect(find('Стратегии развития ШОС до 2035 года')).toEqual([]);
    expect(find('бюджет ШОС на 2020 год и отчет за 2018 год')).toEqual([]);
    expect(find('председательство в 2019–2020 годах')).toEqual([]);
    expect(find('программа на 2026–2030 годы')).toEqual([]);
  });
});

describe('russianYearlessDayRangePatternSource', () => {
  const find = (text: string) =>
    [...text.matchAll(new RegExp(russianYearlessDayRangePatternSource, 'giu'))].map((m) => m[0]);

  it('finds days and day ranges the text gives without a year', () => {
    expect(find('прошедшего в Циндао 12–14 мая.')).toEqual(['12–14 мая']);
    expect(find('с участием делегаций 30 ноября – 1 декабря в Москве')).toEqual(['30 ноября – 1 декабря']);
  });

  it('does not take a day of a dated expression for a yearless one', () => {
    expect(find('12–14 мая 2025 года')).toEqual([]);
    expect(find('30 ноября – 1 декабря 2017 года')).toEqual([]);
  });
});

describe('parseRussianYearlessDayRange', () => {
  it.each([
    ['12–14 мая', 'held', day('2025-05-12'), day('2025-05-14')],
    ['20 ноября', 'held', day('2024-11-20'), day('2024-11-20')],
    ['10 марта', 'planned', day('2026-03-10'), day('2026-03-10')],
    ['20 ноября', 'planned', day('2025-11-20'), day('2025-11-20')],
  ] as const)('places %s (%s) relative to 17 November 2025', (text, direction, start, end) => {
    expect(parseRussianYearlessDayRange({ text, referenceDate: '2025-11-17', direction })).toEqual({ start, end });
  });

  it('refuses an impossible day', () => {
    expect(
      parseRussianYearlessDayRange({ text: '31 февраля', referenceDate: '2025-11-17', direction: 'held' }),
    ).toBeNull();
  });
});
