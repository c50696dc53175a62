import { describe, expect, it } from 'vitest';
import { lastDayCovered } from './last-day-covered.ts';

describe('lastDayCovered', () => {
  it('keeps a day, and ends a month or a year on its last day', () => {
    expect(lastDayCovered({ date: '2025-12-19', precision: 'day' })).toBe('2025-12-19');
    expect(lastDayCovered({ date: '2026-05-01', precision: 'month' })).toBe('2026-05-31');
    expect(lastDayCovered({ date: '2028-02-01', precision: 'month' })).toBe('2028-02-29');
    expect(lastDayCovered({ date: '2026-01-01', precision: 'year' })).toBe('2026-12-31');
  });
});
