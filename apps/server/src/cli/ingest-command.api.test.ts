import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTexts } from '../../../../packages/agenda/src/index.ts';
import { meetings, statements } from '../../../../packages/agenda/src/tables.ts';
import { auditLog } from '../../../../packages/core/src/tables.ts';
import { openPlatform } from '../platform.ts';
import { type CliTarget, runCli, withDatabase } from '../testing/run-cli.ts';
import { createEmptyTestDatabase, type EmptyTestDatabase } from '../testing/test-platform.ts';

/** `sco ingest` on a database that has the schema but no data yet. */
let database: EmptyTestDatabase;
let target: CliTarget;
let workDir: string;
const seed = seedTexts[0]!.file;

const counts = (db: Parameters<Parameters<typeof withDatabase>[1]>[0]) =>
  Promise.all([
    db.select({ n: count() }).from(meetings),
    db.select({ n: count() }).from(statements),
    db.select({ n: count() }).from(auditLog),
  ]).then(([[m], [s], [a]]) => ({ meetings: m!.n, statements: s!.n, audit: a!.n }));

beforeAll(async () => {
  database = await createEmptyTestDatabase();
  target = { databaseUrl: database.databaseUrl, dataDir: database.dataDir };
  // The schema without the seed: the CLI is what loads data here.
  const connection = await openPlatform({ config: { databaseUrl: target.databaseUrl, dataDir: target.dataDir ?? '' } });
  await connection.close();
  workDir = mkdtempSync(join(tmpdir(), 'sco-ingest-test-'));
});
afterAll(async () => {
  await database?.drop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('sco ingest', () => {
  it('prints the extracted facts with --json and writes nothing', async () => {
    const run = await runCli(['ingest', seed, '--json'], target);
    expect(run.code, run.stderr).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.summary).toEqual({
      statements: 97,
      distinctDocuments: 39,
      events: 33,
      initiatives: 35,
      participants: 23,
    });
    expect(output.meeting.number).toBe(24);
    expect(await withDatabase(target, counts)).toEqual({ meetings: 0, statements: 0, audit: 0 });
  });

  // Nine CLI processes, each starting the whole platform: slow on a loaded machine.
  it('refuses empty, binary and non-communiqué files with a message and a non-zero exit, writing nothing', {
    timeout: 240_000,
  }, async () => {
    const empty = join(workDir, 'empty.txt');
    const binary = join(workDir, 'binary.txt');
    const notSco = join(workDir, 'recipe.txt');
    writeFileSync(empty, '   \n');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe, 0x00]));
    writeFileSync(notSco, '红烧肉的做法：先把五花肉切块，焯水后加糖炒色。');
    const russianProse = join(workDir, 'russian-prose.txt');
    writeFileSync(
      russianProse,
      'Вчера в Ташкенте прошла выставка современного искусства. Посетители обсуждали картины молодых художников до позднего вечера.',
    );
    const englishProse = join(workDir, 'english-prose.txt');
    writeFileSync(
      englishProse,
      'On 12 May 2025 the city library in Bishkek held a poetry evening. Readers stayed late to discuss the new translations.',
    );
    // "Совместное коммюнике" in Windows-1251: a Russian text in the wrong encoding.
    const cp1251 = join(workDir, 'cp1251.txt');
    writeFileSync(cp1251, Buffer.from([0xd1, 0xee, 0xe2, 0xec, 0xe5, 0xf1, 0xf2, 0xed, 0xee, 0xe5, 0x20, 0xea, 0xee]));
    for (const [file, message] of [
      [empty, /empty/i],
      [binary, /UTF-8/],
      [notSco, /not an SCO text/i],
      [russianProse, /SCO|ШОС/],
      [englishProse, /SCO/],
      [cp1251, /UTF-8/],
      [join(workDir, 'missing.txt'), /no such file/],
    ] as const) {
      const run = await runCli(['ingest', seed, file], target);
      expect(run.code, file).not.toBe(0);
      expect(run.stderr, file).toMatch(message);
    }
    expect((await runCli(['ingest'], target)).code).not.toBe(0);
    expect(await withDatabase(target, counts)).toEqual({ meetings: 0, statements: 0, audit: 0 });
  });

  it('reads Russian and English texts as well as Chinese ones', async () => {
    const russian = seedTexts.find((text) => text.file.endsWith('communique-18-ru.txt'))!.file;
    const english = seedTexts.find((text) => text.file.endsWith('communique-22-en.txt'))!.file;
    const run = await runCli(['ingest', russian, english, '--json'], target);
    expect(run.code, run.stderr).toBe(0);
    const [ru, en] = JSON.parse(run.stdout);
    expect(ru).toMatchObject({
      language: 'ru',
      kind: 'communique',
      meeting: { body: 'heads_of_government', number: 18, place: 'Ташкент', start: { date: '2019-11-01' } },
    });
    expect(en).toMatchObject({
      language: 'en',
      meeting: { body: 'heads_of_government', number: 22, place: 'Bishkek', start: { date: '2023-10-26' } },
    });
    expect(ru.summary.statements).toBeGreaterThan(15);
    expect(en.summary.statements).toBeGreaterThan(15);
  });

  it('queues a folder for review, publishing nothing, and does not queue the same text twice', async () => {
    const folder = join(workDir, 'texts');
    mkdirSync(folder);
    copyFileSync(seed, join(folder, 'communique-24-zh.txt'));
    const first = await runCli(['ingest', folder], target);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /waiting for review — draft [0-9a-f-]{36} for heads-of-government-24 \(new\) — zh, 97 statements, 39 documents/,
    );
    expect(await withDatabase(target, counts)).toEqual({ meetings: 0, statements: 0, audit: 1 });
    const again = await runCli(['ingest', seed], target);
    expect(again.stdout).toMatch(/already ingested — draft/);
    expect(await withDatabase(target, counts)).toEqual({ meetings: 0, statements: 0, audit: 1 });
  });

  it('publishes at once with --publish, labelled as the caller says, and the same text again changes nothing', async () => {
    const first = await runCli(['ingest', seed, '--publish', '--unofficial', '--source-note', 'Test copy'], target);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/created heads-of-government-24 \(new\) — zh, 97 statements, 39 documents/);
    const afterFirst = await withDatabase(target, counts);
    expect(afterFirst).toEqual({ meetings: 1, statements: 97, audit: 2 });
    const stored = await withDatabase(target, (db) =>
      db.select({ provenance: meetings.sourceProvenance, note: meetings.sourceNote }).from(meetings),
    );
    expect(stored).toEqual([{ provenance: 'unofficial_translation', note: 'Test copy' }]);
    const again = await runCli(['ingest', seed, '--publish'], target);
    expect(again.stdout).toMatch(/unchanged heads-of-government-24/);
    expect(await withDatabase(target, counts)).toEqual(afterFirst);
  });
});
