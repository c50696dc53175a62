import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type Db, openDatabase } from '../../../../packages/core/src/db/database.ts';

/** Where the CLI runs against: a PostgreSQL database or a PGlite folder. */
export interface CliTarget {
  databaseUrl: string | undefined;
  dataDir: string | undefined;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** Runs `sco` as an operator would: a separate process with the target in its environment. */
export function runCli(args: string[], target: CliTarget, options: { input?: string } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['apps/server/bin/sco.mjs', ...args], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: target.databaseUrl ?? '',
        SCO_DATA_DIR: target.dataDir ?? '',
        LOG_LEVEL: 'silent',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** Opens the target only for the duration of `work`, so the next CLI run can take the PGlite folder lock. */
export async function withDatabase<T>(target: CliTarget, work: (db: Db) => Promise<T>): Promise<T> {
  const connection = await openDatabase({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
  try {
    return await work(connection.db);
  } finally {
    await connection.close();
  }
}
