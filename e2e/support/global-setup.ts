import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { e2eUsers } from './users.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sco = join(root, 'apps/server/bin/sco.mjs');

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });

async function waitForHealth(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy in 90 s:\n${log()}`);
}

/**
 * Starts the platform as a user would (built web app, embedded database, seed loaded) on a free port, with the
 * accounts the journeys sign in with.
 */
export default async function setup(project: TestProject) {
  if (!existsSync(join(root, 'apps/web/dist/index.html'))) {
    throw new Error('apps/web/dist is missing: build the web app first (npm run build:web; npm test does it).');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'sco-e2e-'));
  const env = { ...process.env, SCO_DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' };
  for (const user of e2eUsers) {
    const args = [
      'user',
      'add',
      '--email',
      user.email,
      '--password',
      user.password,
      '--role',
      user.role,
      '--name',
      user.name,
    ];
    if (user.countryCode) args.push('--country', user.countryCode);
    execFileSync(process.execPath, [sco, ...args], { env, stdio: 'pipe' });
  }
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [sco, 'serve'], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  project.provide('baseUrl', baseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
