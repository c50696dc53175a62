import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/** Typed access to URL query parameters, so filters survive reloads and can be shared as links. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();

  const get = useCallback((key: string) => params.get(key) ?? '', [params]);
  const getList = useCallback(
    (key: string) =>
      (params.get(key) ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    [params],
  );
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  /** Sets (or with '' / [] removes) parameters; any change but `page` itself goes back to page 1. */
  const update = useCallback(
    (changes: Record<string, string | string[] | number | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            const text = Array.isArray(value) ? value.join(',') : value === null ? '' : String(value);
            if (text === '' || (key === 'page' && text === '1')) next.delete(key);
            else next.set(key, text);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: !('page' in changes) },
      );
    },
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  return { params, get, getList, page, update, clear };
}
