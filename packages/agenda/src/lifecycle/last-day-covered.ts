import type { PartialDate } from '../ingest/types.ts';

/**
 * The last calendar day a partial date covers: "2026年" runs to 31 December, "2026年5月" to 31 May. An event known
 * only by its year is still upcoming until that year is over.
 */
export function lastDayCovered(value: PartialDate): string {
  if (value.precision === 'day') return value.date;
  const [year, month] = value.date.split('-').map(Number) as [number, number];
  if (value.precision === 'year') return `${year}-12-31`;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}
