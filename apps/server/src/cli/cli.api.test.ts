import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../packages/core/src/db/database.ts';
import { auditLog, loginAttempts, users } from '../../../../packages/core/src/tables.ts';
import { type CliTarget, runCli, withDatabase as withDb } from '../testing/run-cli.ts';
import {
  createEmptyTestDatabase,
  createTestPlatform,
  type EmptyTestDatabase,
  type TestPlatform,
} from '../testing/test-platform.ts';

/**
 * The `sco` CLI as an operator runs it: a separate process on the test database. PGlite admits one process per
 * data folder, so the test app is released first and the test opens the database only between CLI runs.
 */

const slow = 180_000;

let platform: TestPlatform;
let source: CliTarget;
let empty: EmptyTestDatabase | undefined;
let workDir: string;

beforeAll(async () => {
  platform = await createTestPlatform();
  await platform.release();
  source = { databaseUrl: platform.databaseUrl, dataDir: platform.dataDir };
  workDir = mkdtempSync(join(tmpdir(), 'sco-cli-test-'));
});
afterAll(async () => {
  await platform?.close();
  await empty?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

/** Row count of every table in the public schema, by name (listed from information_schema, not by the code under test). */
async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = (await db.execute(
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = (await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`)) as unknown as {
      rows: { n: number }[];
    };
    counts[name] = Number(result.rows[0]?.n);
  }
  return counts;
}

const password = 'a sufficiently long password';

describe('sco user add', () => {
  it('creates accounts, argon2id-hashed, with a user.create entry by system:cli', { timeout: slow }, async () => {
    const admin = await runCli(
      ['user', 'add', '--email', 'Cli.Admin@Example.org', '--password', password, '--role', 'admin'],
      source,
    );
    expect(admin.stderr).toBe('');
    expect(admin.code).toBe(0);
    expect(admin.stdout).toMatch(/^Created the admin cli\.admin@example\.org, id [0-9a-f-]{36}\.\n$/);

    const focal = await runCli(
      [
        'user',
        'add',
        '--email',
        'cli.focal@example.org',
        '--password',
        password,
        '--role',
        'focal_point',
        '--country',
        'uz',
        '--name',
        'Focal UZ',
      ],
      source,
    );
    expect(focal.code).toBe(0);
    expect(focal.stdout).toContain('Created the focal_point cli.focal@example.org (UZ)');

    await withDb(source, async (db) => {
      const [row] = await db.select().from(users).where(eq(users.email, 'cli.focal@example.org'));
      expect(row).toMatchObject({ role: 'focal_point', countryCode: 'UZ', displayName: 'Focal UZ', disabled: false });
      expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
      const [entry] = await db.select().from(auditLog).orderBy(desc(auditLog.seq)).limit(1);
      expect(entry).toMatchObject({
        action: 'user.create',
        actorId: null,
        actorLabel: 'system:cli',
        entityId: row?.id,
      });
    });
  });

  it('refuses bad input and a taken e-mail with a message and exit 1, writing nothing', { timeout: slow }, async () => {
    const cases: [string[], string][] = [
      [['--email', 'x@example.org', '--password', password], 'Missing --role.'],
      [
        ['--email', 'x@example.org', '--password', 'too short', '--role', 'admin'],
        '--password: The password must be at least 12 characters long.',
      ],
      [
        ['--email', 'x@example.org', '--password', password, '--role', 'admin', '--colour', 'red'],
        "Unknown option '--colour'",
      ],
      [
        ['--email', 'CLI.ADMIN@example.org', '--password', password, '--role', 'admin'],
        'A user with the e-mail cli.admin@example.org already exists.',
      ],
    ];
    const before = await withDb(source, rowCounts);
    for (const [args, message] of cases) {
      const result = await runCli(['user', 'add', ...args], source);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
    expect(await withDb(source, rowCounts)).toEqual(before);
  });
});

describe('sco backup and sco restore', () => {
  it('round-trips every table into an empty database, sequences and audit chain included', {
    timeout: slow,
  }, async () => {
    await withDb(source, (db) =>
      db.insert(loginAttempts).values([
        { email: 'cli.admin@example.org', ip: '192.0.2.1', succeeded: false },
        { email: 'cli.admin@example.org', ip: '192.0.2.1', succeeded: true },
      ]),
    );
    const file = join(workDir, 'backup.json.gz');
    const backup = await runCli(['backup', file], source);
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ tables, \d+ rows, at migration \d+, to /);
    const written = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
    expect(written).toMatchObject({ format: 'sco-backup', formatVersion: 1, schema: { applied: expect.any(Number) } });
    expect(written.schema.applied).toBeGreaterThanOrEqual(2);

    empty = await createEmptyTestDatabase();
    const restored = await runCli(['restore', file], empty);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/Audit log OK: \d+ entries checked\.\n$/);

    const sourceCounts = await withDb(source, rowCounts);
    const restoredCounts = await withDb(empty, rowCounts);
    expect(restoredCounts).toEqual(sourceCounts);
    expect(sourceCounts.users).toBeGreaterThanOrEqual(2);
    expect(sourceCounts.audit_log).toBeGreaterThanOrEqual(2);
    expect(sourceCounts.login_attempts).toBe(2);

    const snapshot = (db: Db) =>
      Promise.all([
        db.select().from(users).orderBy(users.email),
        db.select().from(auditLog).orderBy(auditLog.seq),
        db.select().from(loginAttempts).orderBy(loginAttempts.id),
      ]);
    const expected = await withDb(source, snapshot);
    await withDb(empty, async (db) => {
      expect(await snapshot(db)).toEqual(expected);
      // The bigserial continues after the restored ids.
      const [next] = await db
        .insert(loginAttempts)
        .values({ email: 'x@example.org', ip: '192.0.2.9', succeeded: false })
        .returning();
      expect(next?.id).toBe(Math.max(...expected[2].map((a) => a.id)) + 1);
    });

    const verify = await runCli(['audit', 'verify'], empty);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toBe(`Audit log OK: ${sourceCounts.audit_log} entries checked.\n`);
  });

  it('refuses to restore over a database that is not empty, unless --force', { timeout: slow }, async () => {
    if (!empty) throw new Error('needs the restored database of the previous test');
    const file = join(workDir, 'backup.json.gz');
    const refused = await runCli(['restore', file], empty);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('The database is not empty (rows in ');
    expect(refused.stderr).toContain('add --force to replace its contents');
    expect((await withDb(empty, rowCounts)).login_attempts).toBe(3);

    const forced = await runCli(['restore', file, '--force'], empty);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(await withDb(empty, rowCounts)).toEqual(await withDb(source, rowCounts));
  });

  it('refuses a backup from a newer schema and files that are no backup, changing nothing', {
    timeout: slow,
  }, async () => {
    if (!empty) throw new Error('needs the restored database of the previous test');
    const dump = JSON.parse(gunzipSync(readFileSync(join(workDir, 'backup.json.gz'))).toString('utf8'));
    const newer = join(workDir, 'newer.json');
    writeFileSync(
      newer,
      JSON.stringify({
        ...dump,
        schema: { applied: dump.schema.applied + 1, last: { hash: 'f'.repeat(64), createdAt: Date.now() * 2 } },
      }),
    );
    const junk = join(workDir, 'junk.json');
    writeFileSync(junk, '{"hello": "world"}');
    const emptied = join(workDir, 'emptied.json');
    writeFileSync(emptied, JSON.stringify({ ...dump, tables: [] }));

    const before = await withDb(empty, rowCounts);
    const cases: [string[], string][] = [
      [
        ['restore', newer, '--force'],
        `The backup comes from a newer schema (migration ${dump.schema.applied + 1}; this database is at migration ${dump.schema.applied})`,
      ],
      [['restore', junk, '--force'], 'is not an sco backup: no "format": "sco-backup" header.'],
      [['restore'], 'Name exactly one backup file.'],
      [['backup', join(workDir, 'no-such-folder', 'b.json')], 'Cannot write'],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(args, empty);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).toContain(message);
    }
    expect(await withDb(empty, rowCounts)).toEqual(before);

    // A valid backup of an empty platform replaces everything with nothing, in one go.
    const cleared = await runCli(['restore', emptied, '--force'], empty);
    expect(cleared.code).toBe(0);
    expect(Object.values(await withDb(empty, rowCounts)).every((n) => n === 0)).toBe(true);
  });
});

describe('sco audit verify', () => {
  it('reports OK with the number of entries checked', { timeout: slow }, async () => {
    const entries = (await withDb(source, rowCounts)).audit_log;
    const result = await runCli(['audit', 'verify'], source);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`Audit log OK: ${entries} entries checked.\n`);
  });

  it('exits 1 naming the first tampered entry, and such a log cannot be restored', { timeout: slow }, async () => {
    const tampered = await withDb(source, async (db) => {
      const [entry] = await db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, 'user.create'))
        .orderBy(auditLog.seq)
        .limit(1);
      if (!entry) throw new Error('no user.create entry to tamper with');
      await db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
      await db.update(auditLog).set({ actorLabel: 'someone-else@example.org' }).where(eq(auditLog.seq, entry.seq));
      await db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
      return entry;
    });
    const result = await runCli(['audit', 'verify'], source);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Audit log BROKEN at entry ${tampered.seq} (user.create on user ${tampered.entityId}`,
    );
    expect(result.stderr).toContain('content does not match its hash');

    const file = join(workDir, 'tampered.json');
    expect((await runCli(['backup', file], source)).code).toBe(0);
    if (!empty) throw new Error('needs the scratch database');
    const refused = await runCli(['restore', file, '--force'], empty);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `The backup's audit log does not verify at entry ${tampered.seq}: content does not match its hash. Nothing was restored.`,
    );
    expect(Object.values(await withDb(empty, rowCounts)).every((n) => n === 0)).toBe(true);
  });
});
