/**
 * Child process that serves the real platform for the load test: the same buildApp as `sco serve`, on
 * PostgreSQL (statement lists and the overview behind the product's versioned result cache), plus the bench-only
 * baseline route. It reports its port over IPC and stops on SIGTERM.
 */
import { buildApp } from '../../apps/server/src/app.ts';
import { openPlatform } from '../../apps/server/src/platform.ts';
import { baselinePath } from './baseline-module.ts';
import { benchModules, type HandlerCounter } from './bench-modules.ts';

/**
 * The real payload the baseline repeats: the first page of the newest statements. Fetching it here also puts that
 * page in the result cache, which is harmless: the warm scenarios are meant to hit the cache.
 */
export const baselineSourcePath = '/api/v1/statements?limit=20';

export interface ChildReady {
  type: 'ready';
  port: number;
  baselineBytes: number;
}

/** The parent asks how many route handlers are running; the child answers with the same id. */
export interface InFlightQuestion {
  type: 'in-flight?';
  id: number;
}
export interface InFlightAnswer {
  type: 'in-flight';
  id: number;
  running: number;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !process.send) throw new Error('server-child needs DATABASE_URL and an IPC channel');
  const connection = await openPlatform({ config: { databaseUrl, dataDir: '' } });
  const payload = { json: '' };
  const counter: HandlerCounter = { running: 0 };
  const app = await buildApp({
    connection,
    modules: benchModules(payload, counter),
    logLevel: 'silent',
    webDist: null,
  });
  const sample = await app.inject({ method: 'GET', url: baselineSourcePath });
  if (sample.statusCode !== 200) throw new Error(`${baselineSourcePath} answered ${sample.statusCode}: ${sample.body}`);
  payload.json = sample.body;
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const check = await app.inject({ method: 'GET', url: baselinePath });
  if (check.body !== payload.json) throw new Error('the baseline route does not send the fixed payload');

  const stop = async () => {
    await app.close();
    await connection.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('disconnect', () => void stop());
  process.on('message', (message: InFlightQuestion) => {
    if (message.type === 'in-flight?')
      process.send?.({ type: 'in-flight', id: message.id, running: counter.running } satisfies InFlightAnswer);
  });
  process.send({ type: 'ready', port, baselineBytes: Buffer.byteLength(payload.json) } satisfies ChildReady);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
