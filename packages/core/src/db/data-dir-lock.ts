import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '../errors.ts';

/**
 * PGlite has no lock of its own: a second process on the same data folder writes silently lost rows. The platform
 * therefore holds `sco.lock` (pid and host) for as long as it has the folder open. A lock left by a process that no
 * longer runs on this host is taken over.
 */
export interface DataDirLock {
  release(): void;
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'sco.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(lockPath, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLockHolder(lockPath);
      if (holder && holder.host === hostname() && !isRunning(holder.pid)) {
        rmSync(lockPath, { force: true });
        continue;
      }
      if (!holder) {
        rmSync(lockPath, { force: true });
        continue;
      }
      throw new DomainError(
        'data_dir_locked',
        `The data folder ${dataDir} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}). ` +
          'Stop that process first, or set SCO_DATA_DIR to another folder.',
        { dataDir, pid: holder.pid },
      );
    }
  }
  throw new DomainError('data_dir_locked', `Could not lock the data folder ${dataDir}.`, { dataDir });
}

function readLockHolder(lockPath: string): { pid: number; host: string; since: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number; host: string; since: string };
    return typeof parsed.pid === 'number' ? parsed : null;
  } catch {
    return null;
  }
}
