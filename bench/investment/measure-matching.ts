import { sql } from 'drizzle-orm';
import { openDatabase } from '../../packages/core/src/db/database.ts';
import { findMatches, loadVisibleSeeker } from '../../packages/investment/src/matching/find-matches.ts';
import { matchCandidates } from '../../packages/investment/src/matching/match-candidates.ts';
import type { ListingKind } from '../../packages/investment/src/vocabulary.ts';
import { type Distribution, distribution, elapsedMs } from '../support/stats.ts';

export interface MatchingSeeker {
  kind: ListingKind;
  id: string;
  label: string;
}

export interface MatchingRun {
  latencyMs: Distribution;
  /** Calls per second, one after another on one connection. */
  perSecond: number;
}

export interface MatchingMeasurement {
  seekers: (MatchingSeeker & {
    candidates: number;
    matches: number;
    topScore: number | null;
    /** This seeker's own iterations: the tail of the totals comes from a few slow kinds. */
    baselineMs: Distribution;
    matchesMs: Distribution;
  })[];
  iterations: number;
  /** Loading the seeker and the SQL candidate query, without scoring. */
  baseline: MatchingRun;
  /** GET /investment/matches' use case: the same, plus scoring, ranking and presenting the top 20. */
  matches: MatchingRun;
  targetP95Ms: number;
  meetsTarget: boolean;
}

export const matchingTargetP95Ms = 100;
const warmupIterations = 20;

/**
 * Different kinds of seeker, each the first published listing of its kind in id order (deterministic for the
 * same data): investors with and without target countries, start-up and technology profiles, projects.
 */
async function chooseSeekers(db: Awaited<ReturnType<typeof openDatabase>>['db']): Promise<MatchingSeeker[]> {
  const pick = async (label: string, kind: ListingKind, query: ReturnType<typeof sql>) => {
    const result = await db.execute<{ id: string }>(query);
    const rows = (Array.isArray(result) ? result : (result as { rows: { id: string }[] }).rows) as { id: string }[];
    return rows[0] ? [{ kind, id: rows[0].id, label }] : [];
  };
  const published = sql`status = 'published' and expires_at > now() and is_demo`;
  const seekers = await Promise.all([
    pick(
      'investor, section C, targets',
      'profile',
      sql`select id from investment_profiles where ${published} and kind = 'investor' and 'C' = any(sectors) and cardinality(target_countries) > 0 order by id limit 1`,
    ),
    pick(
      'investor, division 35, any place',
      'profile',
      sql`select id from investment_profiles where ${published} and kind = 'investor' and '35' = any(sectors) and cardinality(target_countries) = 0 order by id limit 1`,
    ),
    pick(
      'investor, section D',
      'profile',
      sql`select id from investment_profiles where ${published} and kind = 'investor' and 'D' = any(sectors) order by id limit 1`,
    ),
    pick(
      'investor, section H',
      'profile',
      sql`select id from investment_profiles where ${published} and kind = 'investor' and 'H' = any(sectors) order by id limit 1`,
    ),
    pick(
      'start-up profile',
      'profile',
      sql`select id from investment_profiles where ${published} and partnering_type = 'startup' order by id limit 1`,
    ),
    pick(
      'technology offer',
      'profile',
      sql`select id from investment_profiles where ${published} and partnering_type = 'technology_offer' order by id limit 1`,
    ),
    pick(
      'project, division 10',
      'project',
      sql`select id from investment_projects where ${published} and isic_division = '10' order by id limit 1`,
    ),
    pick(
      'project, division 35',
      'project',
      sql`select id from investment_projects where ${published} and isic_division = '35' order by id limit 1`,
    ),
  ]);
  return seekers.flat();
}

/**
 * Times the matches of one listing at a time, rotating over several seekers, in-process against PostgreSQL: the
 * baseline (seeker + candidate query) and the full use case alternate, so noise falls on both alike.
 */
export async function measureMatching(options: {
  databaseUrl: string;
  iterations: number;
  log: (line: string) => void;
}): Promise<MatchingMeasurement> {
  const { databaseUrl, iterations, log } = options;
  const connection = await openDatabase({ databaseUrl, dataDir: undefined });
  const { db } = connection;
  try {
    const seekers = await chooseSeekers(db);
    if (seekers.length === 0) throw new Error('no published listing to find matches for');
    const baseline = async (seeker: MatchingSeeker) => {
      const now = new Date();
      const loaded = await loadVisibleSeeker({ db, actor: null, kind: seeker.kind, id: seeker.id, now });
      return matchCandidates({ db, seeker: loaded, now });
    };
    const full = (seeker: MatchingSeeker) =>
      findMatches({ db, actor: null, kind: seeker.kind, id: seeker.id, limit: 20 });
    const described = [];
    for (const seeker of seekers) {
      const result = await full(seeker);
      described.push({
        ...seeker,
        candidates: result.candidates,
        matches: result.items.length,
        topScore: result.items[0]?.score ?? null,
      });
      log(`  seeker ${seeker.label}: ${result.candidates} candidates, top score ${result.items[0]?.score ?? '–'}`);
    }
    for (let i = 0; i < warmupIterations; i++) {
      const seeker = seekers[i % seekers.length]!;
      await baseline(seeker);
      await full(seeker);
    }
    const baselineMs: number[] = [];
    const matchesMs: number[] = [];
    const perSeeker = seekers.map(() => ({ baselineMs: [] as number[], matchesMs: [] as number[] }));
    for (let i = 0; i < iterations; i++) {
      const seeker = seekers[i % seekers.length]!;
      const own = perSeeker[i % seekers.length]!;
      let start = performance.now();
      await baseline(seeker);
      const baselineElapsed = elapsedMs(start);
      start = performance.now();
      await full(seeker);
      const matchesElapsed = elapsedMs(start);
      baselineMs.push(baselineElapsed);
      matchesMs.push(matchesElapsed);
      own.baselineMs.push(baselineElapsed);
      own.matchesMs.push(matchesElapsed);
    }
    const run = (values: number[]): MatchingRun => ({
      latencyMs: distribution(values),
      perSecond: (values.length * 1000) / values.reduce((sum, value) => sum + value, 0),
    });
    const matches = run(matchesMs);
    return {
      seekers: described.map((seeker, index) => ({
        ...seeker,
        baselineMs: distribution(perSeeker[index]!.baselineMs),
        matchesMs: distribution(perSeeker[index]!.matchesMs),
      })),
      iterations,
      baseline: run(baselineMs),
      matches,
      targetP95Ms: matchingTargetP95Ms,
      meetsTarget: matches.latencyMs.p95 < matchingTargetP95Ms,
    };
  } finally {
    await connection.close();
  }
}
