import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { onCleanup } from '../support/cleanup.ts';
import type { ChildReady, InFlightAnswer, InFlightQuestion } from './server-child.ts';

export interface RunningServer {
  baseUrl: string;
  pid: number;
  baselineBytes: number;
  /** Route handlers running in the server now (asked over IPC). */
  inFlight(): Promise<number>;
  stop(): Promise<void>;
}

const childScript = fileURLToPath(new URL('./server-child.ts', import.meta.url));

/**
 * Starts the platform server in a child process. A separate process keeps autocannon (whose response parsing
 * is CPU-bound JavaScript) off the server's event loop; otherwise every measured latency would include the load
 * generator's own work. Both still share the machine's cores, as a client and a server on one host do.
 */
export async function startServer(databaseUrl: string): Promise<RunningServer> {
  const child = fork(childScript, [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const stop = () => stopChild(child);
  const unregister = onCleanup('stop the server child', stop);
  const ready = await new Promise<ChildReady>((resolve, reject) => {
    child.once('message', (message) => resolve(message as ChildReady));
    child.once('exit', (code) => reject(new Error(`the server child exited with ${code} before it was ready`)));
    child.once('error', reject);
  });
  let nextId = 0;
  const inFlight = () =>
    new Promise<number>((resolve, reject) => {
      const id = ++nextId;
      const onMessage = (message: InFlightAnswer) => {
        if (message.type !== 'in-flight' || message.id !== id) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message.running);
      };
      const onExit = () => {
        child.off('message', onMessage);
        reject(new Error('the server child exited'));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send({ type: 'in-flight?', id } satisfies InFlightQuestion);
    });
  return {
    baseUrl: `http://127.0.0.1:${ready.port}`,
    pid: child.pid ?? -1,
    baselineBytes: ready.baselineBytes,
    inFlight,
    stop: async () => {
      unregister();
      await stop();
    },
  };
}

/** SIGTERM by pid, then SIGKILL if it has not exited after 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
