import { describe, expect, it } from 'vitest';
import { createVersionedResultCache } from './versioned-result-cache.ts';

describe('createVersionedResultCache', () => {
  it('serves a result until the data version moves', async () => {
    let version = 1;
    let loads = 0;
    const cache = createVersionedResultCache({ maxEntries: 10, version: async () => version });
    const load = async () => ++loads;
    expect(await cache.get('q', load)).toBe(1);
    expect(await cache.get('q', load)).toBe(1);
    version = 2;
    expect(await cache.get('q', load)).toBe(2);
  });

  it('shares one load between concurrent misses and forgets failures', async () => {
    let loads = 0;
    const cache = createVersionedResultCache({ maxEntries: 10, version: async () => 1 });
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(++loads), 10));
    expect(await Promise.all([cache.get('q', slow), cache.get('q', slow)])).toEqual([1, 1]);
    await expect(cache.get('bad', () => Promise.reject(new Error('database down')))).rejects.toThrow('database down');
    expect(await cache.get('bad', async () => 'recovered')).toBe('recovered');
  });

  it('evicts the least recently used entry beyond its size', async () => {
    const cache = createVersionedResultCache({ maxEntries: 2, version: async () => 1 });
    await cache.get('a', async () => 'a1');
    await cache.get('b', async () => 'b1');
    await cache.get('a', async () => 'a2');
    await cache.get('c', async () => 'c1');
    expect(await cache.get('a', async () => 'a3')).toBe('a1');
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
  });
});
