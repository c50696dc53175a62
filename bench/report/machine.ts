import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { openClient } from '../support/pg-connections.ts';

export interface MachineFacts {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  /** 1, 5 and 15 minute load averages when the bench started: above the core count, other jobs compete. */
  loadAverage: number[];
  node: string;
  postgres: string;
  postgresSettings: Record<string, string>;
}

function osName(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]+)"?/m)?.[1] ?? process.platform;
  } catch {
    return process.platform;
  }
}

/** What the numbers depend on: cores, Node, the PostgreSQL version and the settings that shape the plans. */
export async function machineFacts(databaseUrl: string): Promise<MachineFacts> {
  const client = await openClient(databaseUrl);
  try {
    const version = await client.query<{ version: string }>('select version()');
    const settings = await client.query<{ name: string; setting: string; unit: string | null }>(
      `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_connections', 'jit', 'random_page_cost', 'fsync') order by name`,
    );
    return {
      cores: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      os: osName(),
      loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
      node: process.version,
      postgres: version.rows[0]?.version ?? 'unknown',
      postgresSettings: Object.fromEntries(
        settings.rows.map((row) => [row.name, `${row.setting}${row.unit ? ` ${row.unit}` : ''}`]),
      ),
    };
  } finally {
    await client.end();
  }
}
