import autocannon from 'autocannon';
import { type Distribution, distribution } from '../support/stats.ts';

export interface LoadRun {
  connections: number;
  seconds: number;
  responses: number;
  /** Requests sent: the responses plus those still in flight when the run ended. */
  sent: number;
  requestsPerSecond: number;
  /** Milliseconds, from every response of the run (autocannon itself reports no p95). */
  latencyMs: Distribution & { mean: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

export interface PathSample {
  path: string;
  status: number;
  /** The response's `total` (matching statements), when it has one. */
  total: number | null;
  bytes: number;
}

/** One request per path, so a scenario that finds nothing or fails is visible before its numbers are. */
export async function samplePath(baseUrl: string, path: string): Promise<PathSample> {
  const response = await fetch(baseUrl + path);
  const body = await response.text();
  let total: number | null = null;
  try {
    const parsed = JSON.parse(body) as { total?: unknown };
    total = typeof parsed.total === 'number' ? parsed.total : null;
  } catch {
    total = null;
  }
  return { path, status: response.status, total, bytes: Buffer.byteLength(body) };
}

/**
 * What a run asks: fixed `paths` that each connection cycles through (warm: after their first request, cache hits),
 * or `nextPath`, a new path for every request (cold: every request misses the cache).
 */
export interface PathSource {
  paths: string[];
  nextPath?: () => string;
}

/** A closed-loop autocannon run: `connections` clients each sending the next path of `source`, for `seconds`. */
export async function runLoad(
  options: PathSource & {
    baseUrl: string;
    connections: number;
    seconds: number;
  },
): Promise<LoadRun> {
  const latencies: number[] = [];
  const { nextPath } = options;
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: nextPath
      ? [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }]
      : options.paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
  });
  const result = await instance;
  return {
    connections: options.connections,
    seconds: result.duration,
    responses: latencies.length,
    sent: result.requests.sent,
    requestsPerSecond: latencies.length / result.duration,
    latencyMs: {
      ...distribution(latencies),
      mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

export interface SerialRun {
  responses: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Distribution & { mean: number };
  non2xx: number;
}

/**
 * One client, one request at a time (fetch with keep-alive): the latency of a request that never waits behind
 * another. Runs for `seconds`, and on at least `minResponses` responses however slow the route is (capped at 2 min).
 */
export async function runSerial(
  options: PathSource & {
    baseUrl: string;
    seconds: number;
    minResponses: number;
  },
): Promise<SerialRun> {
  const latencies: number[] = [];
  let non2xx = 0;
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  while ((elapsed() < options.seconds * 1000 || latencies.length < options.minResponses) && elapsed() < 120_000) {
    const path = options.nextPath?.() ?? options.paths[latencies.length % options.paths.length]!;
    const t0 = performance.now();
    const response = await fetch(options.baseUrl + path);
    await response.arrayBuffer();
    latencies.push(performance.now() - t0);
    if (response.status < 200 || response.status > 299) non2xx++;
  }
  const seconds = elapsed() / 1000;
  return {
    responses: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: {
      ...distribution(latencies),
      mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
    },
    non2xx,
  };
}
