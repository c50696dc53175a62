/**
 * The q-quantile (0–1) of values by linear interpolation between closest ranks (the "R-7" rule of spreadsheets and
 * NumPy's default), so that small samples give the figures a reader would compute by hand. Null for no values.
 */
export function quantile(options: { values: readonly number[]; q: number }): number | null {
  const { values, q } = options;
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const lowerValue = sorted[lower] as number;
  const upperValue = sorted[upper] as number;
  return lowerValue + (upperValue - lowerValue) * (position - lower);
}

export interface DistributionSummary {
  samples: number;
  minHours: number;
  p25Hours: number;
  p50Hours: number;
  p75Hours: number;
  p90Hours: number;
  maxHours: number;
}

/** Five-figure summary plus p90 of dwell hours, rounded to 0.1 h; null without samples. */
export function summarizeDistribution(options: { values: readonly number[] }): DistributionSummary | null {
  const { values } = options;
  if (values.length === 0) return null;
  const at = (q: number) => roundHours(quantile({ values, q }) as number);
  return {
    samples: values.length,
    minHours: roundHours(Math.min(...values)),
    p25Hours: at(0.25),
    p50Hours: at(0.5),
    p75Hours: at(0.75),
    p90Hours: at(0.9),
    maxHours: roundHours(Math.max(...values)),
  };
}

export interface HistogramBin {
  fromHours: number;
  toHours: number;
  count: number;
}

/**
 * Equal-width bins over [0, max] with a "nice" width (1, 2, 3, 6, 12, 24, 48 … hours) so that at most `maxBins` bins
 * cover the data; the last bin includes its upper edge.
 */
export function histogram(options: { values: readonly number[]; maxBins?: number }): HistogramBin[] {
  const { values } = options;
  const maxBins = options.maxBins ?? 12;
  if (values.length === 0) return [];
  const max = Math.max(...values);
  const niceWidths = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720];
  const width = niceWidths.find((candidate) => Math.ceil(max / candidate) <= maxBins) ?? Math.ceil(max / maxBins);
  const binCount = Math.max(1, Math.ceil(max / width));
  const bins: HistogramBin[] = Array.from({ length: binCount }, (_, index) => ({
    fromHours: index * width,
    toHours: (index + 1) * width,
    count: 0,
  }));
  for (const value of values) {
    const index = Math.min(binCount - 1, Math.max(0, Math.floor(value / width)));
    (bins[index] as HistogramBin).count += 1;
  }
  return bins;
}

function roundHours(hours: number) {
  return Math.round(hours * 10) / 10;
}
