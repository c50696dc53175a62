/**
 * `node --import tsx bench/freight/run-ingestion.ts`: only the freight event-ingestion part of the bench, on its own
 * private PostgreSQL (or BENCH_DATABASE_URL), migrated and seeded like a first start.
 */
import { openPlatform } from '../../apps/server/src/platform.ts';
import { cleanUpOnSignals, onCleanup, runCleanups } from '../support/cleanup.ts';
import { openClient } from '../support/pg-connections.ts';
import { databaseUrl, startPostgresCluster } from '../support/postgres-cluster.ts';
import { benchFreightIngestion, readIngestionBenchConfig } from './ingestion-bench.ts';

const benchStart = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - benchStart) / 1000).toFixed(0).padStart(4)} s] ${line}`);

async function main() {
  cleanUpOnSignals();
  const serverUrl = process.env.BENCH_DATABASE_URL || (await startPostgresCluster()).adminUrl;
  const name = `sco_bench_tracking_${process.pid}`;
  const admin = await openClient(serverUrl);
  await admin.query(`create database ${name}`);
  await admin.end();
  onCleanup(`drop database ${name}`, async () => {
    const client = await openClient(serverUrl);
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  const url = databaseUrl(serverUrl, name);
  const connection = await openPlatform({ config: { databaseUrl: url, dataDir: '' }, seed: true });
  await connection.close();
  log('migrated and seeded');
  await benchFreightIngestion({ databaseUrl: url, config: readIngestionBenchConfig(), log });
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (error) {
  console.error(error);
} finally {
  await runCleanups();
}
process.exit(exitCode);
