import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { countries, findCountry } from '../../../core/src/countries.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { queryRows } from '../../../core/src/db/query-rows.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { listReports } from '../reports/report-reads.ts';
import { events, reports, statements } from '../tables.ts';
import { eventColumns, presentEvent } from './entity-reads.ts';
import { presentStatements, statementColumns } from './present-statements.ts';

interface CountryCounts {
  code: string;
  statements: number;
  events: number;
  reports: number;
}

async function countsByCountry(db: Db): Promise<Map<string, CountryCounts>> {
  const rows = await queryRows<CountryCounts>(
    db,
    sql`select code,
      (select count(*)::int from ${statements} where ${statements.countries} @> array[code]) as statements,
      (select count(*)::int from ${events} where ${events.hostCountryCode} = code) as events,
      (select count(*)::int from ${reports} where ${reports.countryCode} = code and ${reports.reviewState} = 'accepted') as reports
      from unnest(${sql`array[${sql.join(
        countries.map((c) => sql`${c.code}`),
        sql`, `,
      )}]::text[]`}) as code`,
  );
  return new Map(rows.map((row) => [row.code, row]));
}

const presentCountry = (country: (typeof countries)[number], counts: CountryCounts | undefined) => ({
  code: country.code,
  status: country.status,
  name: country.name,
  statementCount: counts?.statements ?? 0,
  hostedEventCount: counts?.events ?? 0,
  acceptedReportCount: counts?.reports ?? 0,
});

export async function listCountries(options: { db: Db }) {
  const counts = await countsByCountry(options.db);
  const items = countries.map((country) => presentCountry(country, counts.get(country.code)));
  return { items, total: items.length };
}

/**
 * What a state hosts, what it is named as endorsing (statements that speak for a listed set of states, not for all
 * heads of delegation) and the reports filed for it that the actor may read.
 */
export async function getCountry(options: { db: Db; actor: Actor | null; code: string }) {
  const { db, actor } = options;
  const country = findCountry(options.code);
  if (!country) throw new DomainError('not_found', `No country with code "${options.code}".`);
  const [counts, hosted, namedRows, reportPage] = await Promise.all([
    countsByCountry(db),
    db.select(eventColumns).from(events).where(eq(events.hostCountryCode, country.code)).orderBy(asc(events.startDate)),
    db
      .select(statementColumns(statements))
      .from(statements)
      .where(
        and(eq(statements.actorKind, 'named_states'), sql`${statements.countries} @> array[${country.code}]::text[]`),
      )
      .orderBy(asc(statements.meetingDate), asc(statements.ordinal)),
    listReports({ db, actor, query: { country: country.code, limit: 200, offset: 0 } }),
  ]);
  return {
    ...presentCountry(country, counts.get(country.code)),
    hostedEvents: hosted.map(presentEvent),
    namedIn: await presentStatements({ db, rows: namedRows }),
    reports: reportPage.items,
  };
}
