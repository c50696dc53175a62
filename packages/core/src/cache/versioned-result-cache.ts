/**
 * An in-process cache of read results that is only valid for one version of the data. Public reads (statement
 * search, the dashboard) are asked far more often than the data changes, and the data only changes through writes
 * that append to the audit log; the audit log's latest sequence number is therefore the version. A write by any
 * process, the CLI included, moves the version and the next read misses. Concurrent misses of one key share one load.
 */
export interface VersionedResultCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export function createVersionedResultCache(options: {
  maxEntries: number;
  version: () => Promise<number>;
}): VersionedResultCache {
  const entries = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const versionedKey = `${await options.version()}\u0000${key}`;
      const cached = entries.get(versionedKey);
      if (cached) {
        // Re-insert so that Map order is least-recently-used first.
        entries.delete(versionedKey);
        entries.set(versionedKey, cached);
        return cached as Promise<T>;
      }
      const loading = load();
      entries.set(versionedKey, loading);
      loading.catch(() => entries.delete(versionedKey));
      while (entries.size > options.maxEntries) entries.delete(entries.keys().next().value as string);
      return loading;
    },
  };
}
