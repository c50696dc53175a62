import { describe, expect, it } from 'vitest';
import { daysCovered, parseChineseDate, parseChineseDateRange } from './parse-dates.ts';

const day = (date: string) => ({ date, precision: 'day' as const });

describe('parseChineseDate', () => {
  it('reads day, month and year precision', () => {
    expect(parseChineseDate('2025年11月17日')).toEqual(day('2025-11-17'));
    expect(parseChineseDate('2026年5月')).toEqual({ date: '2026-05-01', precision: 'month' });
    expect(parseChineseDate('2026年')).toEqual({ date: '2026-01-01', precision: 'year' });
  });

  it('refuses ranges, impossible dates and other text', () => {
    expect(parseChineseDate('2025年9月16日至18日')).toBeNull();
    expect(parseChineseDate('2025年2月30日')).toBeNull();
    expect(parseChineseDate('2025年13月')).toBeNull();
    expect(parseChineseDate('9月22日')).toBeNull();
    expect(parseChineseDate('2025年11月17日，莫斯科')).toBeNull();
    expect(parseChineseDate('')).toBeNull();
  });
});

describe('parseChineseDateRange', () => {
  it('gives a single date as a range of one', () => {
    expect(parseChineseDateRange('2025年11月17日')).toEqual({ start: day('2025-11-17'), end: day('2025-11-17') });
    expect(parseChineseDateRange('2026年')).toEqual({
      start: { date: '2026-01-01', precision: 'year' },
      end: { date: '2026-01-01', precision: 'year' },
    });
  });

  it('lets the end inherit the year and month the text leaves out', () => {
    expect(parseChineseDateRange('2025年9月16日至18日')).toEqual({ start: day('2025-09-16'), end: day('2025-09-18') });
    expect(parseChineseDateRange('2025年12月18日至19日')).toEqual({ start: day('2025-12-18'), end: day('2025-12-19') });
    expect(parseChineseDateRange('2025年8月31日至9月1日')).toEqual({
      start: day('2025-08-31'),
      end: day('2025-09-01'),
    });
    expect(parseChineseDateRange('2025年12月31日至2026年1月2日')).toEqual({
      start: day('2025-12-31'),
      end: day('2026-01-02'),
    });
    expect(parseChineseDateRange('2026年3月至5月')).toEqual({
      start: { date: '2026-03-01', precision: 'month' },
      end: { date: '2026-05-01', precision: 'month' },
    });
  });

  it('refuses year ranges, which name terms and programme periods rather than event dates', () => {
    expect(parseChineseDateRange('2024年至2025年')).toBeNull();
    expect(parseChineseDateRange('2025年至2026年')).toBeNull();
  });

  it('refuses ends that run backwards, change precision or are impossible', () => {
    expect(parseChineseDateRange('2025年9月18日至16日')).toBeNull();
    expect(parseChineseDateRange('2025年9月16日至10月')).toBeNull();
    expect(parseChineseDateRange('2026年3月至5月1日')).toBeNull();
    expect(parseChineseDateRange('2025年9月16日至')).toBeNull();
    expect(parseChineseDateRange('2025年2月27日至30日')).toBeNull();
  });
});

describe('daysCovered', () => {
  it('spans the whole month or year of a partial date', () => {
    expect(daysCovered(day('2025-11-17'))).toEqual({ first: '2025-11-17', last: '2025-11-17' });
    expect(daysCovered({ date: '2024-02-01', precision: 'month' })).toEqual({
      first: '2024-02-01',
      last: '2024-02-29',
    });
    expect(daysCovered({ date: '2026-01-01', precision: 'year' })).toEqual({ first: '2026-01-01', last: '2026-12-31' });
  });
});
