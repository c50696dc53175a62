import { describe, expect, it } from 'vitest';
import { formatDateRange, formatPartialDate } from './format.ts';

describe('formatPartialDate', () => {
  it('respects the precision of the source', () => {
    expect(formatPartialDate({ date: '2026-01-01', precision: 'year' }, 'en')).toBe('2026');
    expect(formatPartialDate({ date: '2026-03-01', precision: 'month' }, 'en')).toBe('March 2026');
    expect(formatPartialDate({ date: '2025-11-17', precision: 'day' }, 'en')).toBe('17 November 2025');
    expect(formatPartialDate({ date: '2025-11-17', precision: 'day' }, 'zh')).toBe('2025年11月17日');
    expect(formatPartialDate({ date: '2026-01-01', precision: 'year' }, 'ru')).toMatch(/^2026/);
  });
});

describe('formatDateRange', () => {
  it('writes Chinese ranges the Chinese way', () => {
    expect(formatDateRange('2025-11-17', '2025-11-18', 'zh')).toBe('2025年11月17日至18日');
    expect(formatDateRange('2025-08-31', '2025-09-01', 'zh')).toBe('2025年8月31日至9月1日');
  });

  it('uses the locale range format elsewhere', () => {
    expect(formatDateRange('2025-11-17', '2025-11-18', 'ru')).toMatch(/^17–18 ноября 2025\sг\.$/);
    expect(formatDateRange('2025-11-17', null, 'en')).toBe('17 November 2025');
  });
});
