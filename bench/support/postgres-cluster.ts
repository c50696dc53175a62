import { readdirSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './cleanup.ts';
import { freePort, runChecked } from './processes.ts';

export interface PostgresCluster {
  /** URL of the `postgres` database; trust auth, loopback only. */
  adminUrl: string;
  /** For CPU accounting of the server and its backends. */
  postmasterPid: number;
  stop(): Promise<void>;
}

const isRoot = () => process.getuid?.() === 0;

/** The newest installed PostgreSQL, like `ls -d /usr/lib/postgresql/*\/bin | sort -V | tail -1`. */
function postgresBin(): string {
  const versions = readdirSync('/usr/lib/postgresql')
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(a) - Number(b));
  const newest = versions.at(-1);
  if (!newest)
    throw new Error('No PostgreSQL under /usr/lib/postgresql; install postgresql or set BENCH_DATABASE_URL.');
  return `/usr/lib/postgresql/${newest}/bin`;
}

/** PostgreSQL refuses to run as root, so as root its tools run as the postgres user. */
const asPostgres = (tool: string, args: string[]) =>
  isRoot() ? runChecked('runuser', ['-u', 'postgres', '--', tool, ...args]) : runChecked(tool, args);

/**
 * A private cluster in a temp folder on 127.0.0.1 and a free port, with stock settings (the numbers should
 * reflect a default server) except the listen address and pg_stat_statements, preloaded so the bench can say
 * which queries took the time. It is stopped and deleted at cleanup.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'sco-bench-pg-'));
  const removeDir = onCleanup('delete the PostgreSQL folder', () => rm(dir, { recursive: true, force: true }));
  if (isRoot()) await chown(dir, ...(await postgresIds()));
  const data = join(dir, 'data');
  await asPostgres(`${bin}/initdb`, ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements`;
  await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await asPostgres(`${bin}/pg_ctl`, ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  const unregisterStop = onCleanup('stop PostgreSQL', stop);
  const postmasterPid = Number((await readFile(join(data, 'postmaster.pid'), 'utf8')).split('\n')[0]);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    postmasterPid,
    stop: async () => {
      unregisterStop();
      await stop();
      removeDir();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function postgresIds(): Promise<[number, number]> {
  const uid = Number((await runChecked('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await runChecked('id', ['-g', 'postgres'])).stdout.trim());
  return [uid, gid];
}

/** The same server URL with another database name. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
