import { describe, expect, it } from 'vitest';
import { greatCircleKm } from './hop-distances.ts';

describe('greatCircleKm', () => {
  it('measures along the sphere', () => {
    // One degree of latitude is about 111.2 km.
    expect(greatCircleKm({ latitude: 45, longitude: 80 }, { latitude: 46, longitude: 80 })).toBeCloseTo(111.2, 1);
    expect(greatCircleKm({ latitude: 45.17, longitude: 82.57 }, { latitude: 45.17, longitude: 82.57 })).toBe(0);
  });
});
