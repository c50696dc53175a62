import { describe, expect, it } from 'vitest';
import { histogram, quantile, summarizeDistribution } from './percentiles.ts';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    expect(quantile({ values: [4, 1, 3, 2], q: 0.5 })).toBe(2.5);
    expect(quantile({ values: [1, 2, 3, 4, 5], q: 0.25 })).toBe(2);
    expect(quantile({ values: [10, 20], q: 0.9 })).toBe(19);
  });

  it('gives the one value of a single sample and null for none', () => {
    expect(quantile({ values: [7], q: 0.9 })).toBe(7);
    expect(quantile({ values: [], q: 0.5 })).toBeNull();
  });
});

describe('summarizeDistribution', () => {
  it('rounds the quantiles to a tenth of an hour', () => {
    expect(summarizeDistribution({ values: [3, 4.25, 5, 9, 48] })).toEqual({
      samples: 5,
      minHours: 3,
      p25Hours: 4.3,
      p50Hours: 5,
      p75Hours: 9,
      p90Hours: 32.4,
      maxHours: 48,
    });
    expect(summarizeDistribution({ values: [] })).toBeNull();
  });
});

describe('histogram', () => {
  it('uses a round bin width and puts the maximum into the last bin', () => {
    expect(histogram({ values: [0.5, 5, 6, 11.9, 12], maxBins: 4 })).toEqual([
      { fromHours: 0, toHours: 3, count: 1 },
      { fromHours: 3, toHours: 6, count: 1 },
      { fromHours: 6, toHours: 9, count: 1 },
      { fromHours: 9, toHours: 12, count: 2 },
    ]);
  });

  it('gives one bin when every wait is zero, and none without values', () => {
    expect(histogram({ values: [0, 0] })).toEqual([{ fromHours: 0, toHours: 1, count: 2 }]);
    expect(histogram({ values: [] })).toEqual([]);
  });
});
