import type pg from 'pg';
import { openPlatform } from '../../apps/server/src/platform.ts';
import { openPool } from '../support/pg-connections.ts';
import { createRandom } from '../support/prng.ts';
import { elapsedMs } from '../support/stats.ts';
import { type GeneratedMeeting, generateMeetings } from './generate-meetings.ts';
import { insertBatch } from './insert-generated.ts';
import { loadSeedCorpus } from './seed-corpus.ts';

/** Fixed PRNG seed: every run generates the same 100,000 statements. */
export const dataSeed = 0x5c0_2025;

export interface PopulateResult {
  statements: number;
  meetings: number;
  /** Country codes over all statements (sum of cardinality(countries)). */
  statementCountryCodes: number;
  /** Statements that speak for at least one named state. */
  statementsWithCountries: number;
  statementDocuments: number;
  statementEvents: number;
  statementInitiatives: number;
  timings: { migrateAndSeedMs: number; generateAndInsertMs: number; vacuumAnalyzeMs: number };
}

/** How many meetings go into one insert transaction, and how many transactions run at once. */
const meetingsPerBatch = 20;
const batchesInFlight = 2;

/** Migrates and seeds like a first server start, then adds the generated statements and analyses the tables. */
export async function populateDatabase(options: {
  databaseUrl: string;
  statementCount: number;
  log: (line: string) => void;
}): Promise<PopulateResult> {
  const { databaseUrl, statementCount, log } = options;
  let start = performance.now();
  // dataDir is required by the config type but unused when a databaseUrl is given.
  const connection = await openPlatform({ config: { databaseUrl, dataDir: '' }, seed: true });
  await connection.close();
  const migrateAndSeedMs = elapsedMs(start);
  log(`migrated and seeded in ${(migrateAndSeedMs / 1000).toFixed(1)} s`);

  const pool = openPool(databaseUrl, batchesInFlight);
  try {
    start = performance.now();
    const corpus = await loadSeedCorpus();
    const meetings = generateMeetings({
      random: createRandom(dataSeed),
      corpus,
      statementCount,
      statementsPerMeeting: 100,
    });
    await insertConcurrently(pool, meetings, (done) => log(`  ${done.toLocaleString('en')} statements inserted`));
    const generateAndInsertMs = elapsedMs(start);
    log(
      `generated and inserted ${statementCount.toLocaleString('en')} statements in ${(generateAndInsertMs / 1000).toFixed(1)} s`,
    );

    start = performance.now();
    // VACUUM also merges the GIN pending lists and sets the visibility map, as autovacuum would have by now.
    await pool.query('vacuum (analyze)');
    const vacuumAnalyzeMs = elapsedMs(start);
    log(`VACUUM (ANALYZE) in ${(vacuumAnalyzeMs / 1000).toFixed(1)} s`);
    return { ...(await countRows(pool)), timings: { migrateAndSeedMs, generateAndInsertMs, vacuumAnalyzeMs } };
  } finally {
    await pool.end();
  }
}

/** Generates the next batch while PostgreSQL stores the previous ones, so both cores work. */
async function insertConcurrently(
  pool: pg.Pool,
  meetings: Iterable<GeneratedMeeting>,
  progress: (statements: number) => void,
) {
  const inFlight = new Set<Promise<void>>();
  let failure: unknown = null;
  let inserted = 0;
  let reported = 0;
  let batch: GeneratedMeeting[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    while (inFlight.size >= batchesInFlight) await Promise.race(inFlight);
    if (failure) throw failure;
    const task: Promise<void> = insertBatch(pool, rows)
      .then(() => {
        inserted += rows.reduce((sum, meeting) => sum + meeting.statements.length, 0);
        if (inserted - reported < 20_000) return;
        reported = inserted;
        progress(inserted);
      })
      .catch((error: unknown) => {
        failure ??= error;
      })
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };
  for (const meeting of meetings) {
    batch.push(meeting);
    if (batch.length === meetingsPerBatch) await flush();
    // Let the in-flight batches send their next query between two generated meetings.
    else await new Promise(setImmediate);
  }
  if (batch.length > 0) await flush();
  await Promise.all(inFlight);
  if (failure) throw failure;
}

async function countRows(pool: pg.Pool): Promise<Omit<PopulateResult, 'timings'>> {
  const { rows } = await pool.query<Record<string, number>>(`select
    (select count(*)::int from agenda_statements) as statements,
    (select count(*)::int from agenda_meetings) as meetings,
    (select coalesce(sum(cardinality(countries)), 0)::int from agenda_statements) as "statementCountryCodes",
    (select count(*)::int from agenda_statements where cardinality(countries) > 0) as "statementsWithCountries",
    (select count(*)::int from agenda_statement_documents) as "statementDocuments",
    (select count(*)::int from agenda_statement_events) as "statementEvents",
    (select count(*)::int from agenda_statement_initiatives) as "statementInitiatives"`);
  const row = rows[0]!;
  return {
    statements: row.statements!,
    meetings: row.meetings!,
    statementCountryCodes: row.statementCountryCodes!,
    statementsWithCountries: row.statementsWithCountries!,
    statementDocuments: row.statementDocuments!,
    statementEvents: row.statementEvents!,
    statementInitiatives: row.statementInitiatives!,
  };
}
