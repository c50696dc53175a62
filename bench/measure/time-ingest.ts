import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedFile } from '../data/seed-corpus.ts';
import { onCleanup } from '../support/cleanup.ts';
import { openPool } from '../support/pg-connections.ts';
import { databaseUrl } from '../support/postgres-cluster.ts';
import { runCommand } from '../support/processes.ts';
import { type Distribution, distribution } from '../support/stats.ts';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(repoRoot, 'apps/server/bin/sco.mjs');

export interface IngestTiming {
  engine: 'pglite' | 'postgres';
  /** Fresh database: schema creation (migrations) + ingest of the seed. */
  first: Distribution;
  /** Same database again: parse, find the same content hash, write nothing. */
  second: Distribution;
}

/** `sco ingest <seed>` as a user runs it: a new Node process each time, wall time from spawn to exit. */
async function ingestOnce(env: NodeJS.ProcessEnv, expected: 'created' | 'unchanged'): Promise<number> {
  const result = await runCommand(process.execPath, [cli, 'ingest', seedFile], { cwd: repoRoot, env });
  if (result.code !== 0 || !result.stdout.includes(`: ${expected} `)) {
    throw new Error(`sco ingest did not report "${expected}" (exit ${result.code}):\n${result.stdout}${result.stderr}`);
  }
  return result.ms;
}

/** Environment without the caller's database settings, so each run uses exactly what it is given. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { DATABASE_URL: _url, SCO_DATA_DIR: _dir, ...rest } = process.env;
  return { ...rest, LOG_LEVEL: 'silent', ...extra };
}

/** Each run gets a new PGlite folder: first run creates it (initdb + migrations), second is the no-op. */
export async function timePgliteIngest(runs: number, log: (line: string) => void): Promise<IngestTiming> {
  const first: number[] = [];
  const second: number[] = [];
  for (let run = 1; run <= runs; run++) {
    const dir = await mkdtemp(join(tmpdir(), 'sco-bench-pglite-'));
    const unregister = onCleanup('delete a PGlite folder', () => rm(dir, { recursive: true, force: true }));
    try {
      const env = cleanEnv({ SCO_DATA_DIR: join(dir, 'data') });
      first.push(await ingestOnce(env, 'created'));
      second.push(await ingestOnce(env, 'unchanged'));
      log(`  pglite run ${run}: ${(first.at(-1)! / 1000).toFixed(2)} s, then ${(second.at(-1)! / 1000).toFixed(2)} s`);
    } finally {
      unregister();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { engine: 'pglite', first: distribution(first), second: distribution(second) };
}

/** Each run gets a new database on the bench server: first run migrates and ingests, second is the no-op. */
export async function timePostgresIngest(
  serverUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<IngestTiming> {
  const admin = openPool(serverUrl, 1);
  const first: number[] = [];
  const second: number[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const name = `sco_bench_ingest_${process.pid}_${run}`;
      await admin.query(`create database ${name}`);
      const unregister = onCleanup(`drop database ${name}`, () =>
        admin.query(`drop database if exists ${name}`).then(() => {}),
      );
      try {
        const env = cleanEnv({ DATABASE_URL: databaseUrl(serverUrl, name) });
        first.push(await ingestOnce(env, 'created'));
        second.push(await ingestOnce(env, 'unchanged'));
        log(
          `  postgres run ${run}: ${(first.at(-1)! / 1000).toFixed(2)} s, then ${(second.at(-1)! / 1000).toFixed(2)} s`,
        );
      } finally {
        unregister();
        await admin.query(`drop database if exists ${name}`);
      }
    }
  } finally {
    await admin.end();
  }
  return { engine: 'postgres', first: distribution(first), second: distribution(second) };
}
