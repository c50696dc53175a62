import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time from /proc (Linux), so each scenario can say where the machine's CPU went: the server child,
 * PostgreSQL (postmaster, backends and the parallel workers it has reaped), the load generator (this process)
 * and everything else on the machine (other users' jobs share the same cores).
 */
export interface CpuSnapshot {
  serverMs: number | null;
  postgresMs: number | null;
  benchMs: number;
  machineBusyMs: number | null;
  machineTotalMs: number | null;
}

export interface CpuUse {
  /** CPU milliseconds per request sent, over the run and the server's drain of the requests cut off at its end. */
  perRequestMs: { server: number | null; postgres: number | null; loadGenerator: number };
  /** Share of all cores' time that was busy during the run, 0–1. */
  machineBusy: number | null;
  /** Share of all cores' time used by processes that are not the bench's (other users' jobs), 0–1. */
  otherProcesses: number | null;
}

const ticksToMs = 10; // CLK_TCK is 100 on Linux x86-64 and arm64

function processTicks(pid: number, includeReapedChildren: boolean): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((index) => Number(fields[index]));
    return utime! + stime! + (includeReapedChildren ? cutime! + cstime! : 0);
  } catch {
    return null;
  }
}

function childrenOf(parentPid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parentPid) children.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

/** Postmaster with its reaped children, plus the live backends. */
function postgresTicks(postmasterPid: number): number | null {
  const own = processTicks(postmasterPid, true);
  if (own === null) return null;
  return childrenOf(postmasterPid).reduce((sum, pid) => sum + (processTicks(pid, false) ?? 0), own);
}

function machineTicks(): { busy: number; total: number } | null {
  try {
    const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = values.map(Number);
    const busy = user! + nice! + system! + irq! + softirq! + steal!;
    return { busy, total: busy + idle! + iowait! };
  } catch {
    return null;
  }
}

export function cpuSnapshot(pids: { server: number | null; postmaster: number | null }): CpuSnapshot {
  const usage = process.cpuUsage();
  const machine = machineTicks();
  const server = pids.server === null ? null : processTicks(pids.server, true);
  const postgres = pids.postmaster === null ? null : postgresTicks(pids.postmaster);
  return {
    serverMs: server === null ? null : server * ticksToMs,
    postgresMs: postgres === null ? null : postgres * ticksToMs,
    benchMs: (usage.user + usage.system) / 1000,
    machineBusyMs: machine ? machine.busy * ticksToMs : null,
    machineTotalMs: machine ? machine.total * ticksToMs : null,
  };
}

export function cpuUse(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuUse {
  const delta = (key: keyof CpuSnapshot) => {
    const a = after[key];
    const b = before[key];
    return a === null || b === null ? null : a - b;
  };
  const per = (value: number | null) => (value === null ? null : value / Math.max(1, requests));
  const [server, postgres, bench, busy, total] = [
    delta('serverMs'),
    delta('postgresMs'),
    delta('benchMs') ?? 0,
    delta('machineBusyMs'),
    delta('machineTotalMs'),
  ];
  const others = busy === null ? null : Math.max(0, busy - (server ?? 0) - (postgres ?? 0) - bench);
  return {
    perRequestMs: { server: per(server), postgres: per(postgres), loadGenerator: bench / Math.max(1, requests) },
    machineBusy: busy === null || !total ? null : busy / total,
    otherProcesses: others === null || !total ? null : others / total,
  };
}
