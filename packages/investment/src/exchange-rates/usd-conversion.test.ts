import { describe, expect, it } from 'vitest';
import { fxBasisDateOf, usdAmountOf } from './usd-conversion.ts';

describe('USD amounts', () => {
  it('divide by the units one dollar buys and round to the cent', () => {
    expect(usdAmountOf({ amount: 710_000_000, unitsPerUsd: 7.1 })).toBe(100_000_000);
    expect(usdAmountOf({ amount: 1000, unitsPerUsd: 3 })).toBe(333.33);
    expect(usdAmountOf({ amount: 0.05, unitsPerUsd: 2 })).toBe(0.03);
    expect(usdAmountOf({ amount: 0, unitsPerUsd: 90 })).toBe(0);
  });

  it('date a submitted project by its submission, a draft by its last save', () => {
    const updatedAt = new Date('2026-05-02T10:00:00Z');
    expect(fxBasisDateOf({ submittedAt: new Date('2026-04-30T23:30:00Z'), updatedAt })).toBe('2026-04-30');
    expect(fxBasisDateOf({ submittedAt: null, updatedAt })).toBe('2026-05-02');
  });
});
