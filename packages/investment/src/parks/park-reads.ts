import { and, asc, count, eq, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { presentIncentive, todayOf, validOnCondition } from '../incentives/incentive-reads.ts';
import { isicDivisions, isicSectionOf } from '../reference/isic.ts';
import { incentives, parks } from '../tables.ts';
import type { ParkKind } from '../vocabulary.ts';
import type { ParkDetail, ParkListQuery, PresentedPark } from './contracts.ts';

export type ParkRow = typeof parks.$inferSelect;

/** The allowlist of a park in lists. */
export function presentPark(row: ParkRow): PresentedPark {
  return {
    id: row.id,
    name: presentLocalizedText(row.name),
    kind: row.kind as ParkKind,
    countryCode: row.countryCode,
    regionCode: row.regionCode,
    latitude: row.latitude,
    longitude: row.longitude,
    description: presentLocalizedText(row.description),
    specialisations: row.specialisations,
    establishedYear: row.establishedYear,
    areaHectares: row.areaHectares === null ? null : Number(row.areaHectares),
    residentCount: row.residentCount,
    website: row.website,
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle,
    retrievedOn: row.retrievedOn,
    demo: row.isDemo,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function listConditions(query: ParkListQuery): SQL[] {
  const conditions: SQL[] = [];
  if (query.country) conditions.push(eq(parks.countryCode, query.country));
  if (query.kind) conditions.push(eq(parks.kind, query.kind));
  if (query.specialisation) {
    // A section letter stands for every division in it.
    const divisions = isicDivisions.includes(query.specialisation)
      ? [query.specialisation]
      : isicDivisions.filter((division) => isicSectionOf(division) === query.specialisation);
    conditions.push(
      sql`${parks.specialisations} && ${sql`array[${sql.join(
        divisions.map((division) => sql`${division}`),
        sql`, `,
      )}]::text[]`}`,
    );
  }
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
    conditions.push(sql`(${parks.name}::text ilike ${pattern} or ${parks.description}::text ilike ${pattern})`);
  }
  return conditions;
}

/** The registry of technology parks and zones: public, demo records included and marked. */
export async function listParks(options: {
  db: Db;
  /** Everyone sees the same records; taken so that every list of the module has one signature. */
  actor?: Actor | null;
  query: ParkListQuery;
}): Promise<{ items: PresentedPark[]; total: number }> {
  const { db, query } = options;
  const where = and(...listConditions(query));
  const [rows, [totals]] = await Promise.all([
    db
      .select()
      .from(parks)
      .where(where)
      .orderBy(asc(parks.countryCode), asc(parks.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ total: count() }).from(parks).where(where),
  ]);
  return { items: rows.map(presentPark), total: totals?.total ?? 0 };
}

/**
 * One park with its residents, contact and the incentives in force that apply to a company there: those naming the
 * park, those of its region, and the country's nation-wide ones (several parks, such as the IT parks, are regimes
 * whose residents may work anywhere in the country).
 */
export async function getPark(options: { db: Db; id: string }): Promise<ParkDetail> {
  const { db, id } = options;
  const [row] = await db.select().from(parks).where(eq(parks.id, id));
  if (!row) throw new DomainError('not_found', `No park with id "${id}".`);
  const namesPark = sql`jsonb_exists(coalesce(${incentives.eligibility}->'parkIds', '[]'::jsonb), ${id})`;
  const inRegion = row.regionCode
    ? sql`jsonb_exists(coalesce(${incentives.eligibility}->'regions', '[]'::jsonb), ${row.regionCode})`
    : undefined;
  const nationwide = sql`jsonb_array_length(coalesce(${incentives.eligibility}->'parkIds', '[]'::jsonb)) = 0
    and jsonb_array_length(coalesce(${incentives.eligibility}->'regions', '[]'::jsonb)) = 0`;
  const linked = await db
    .select()
    .from(incentives)
    .where(
      and(
        eq(incentives.countryCode, row.countryCode),
        validOnCondition(todayOf(new Date())),
        or(namesPark, nationwide, ...(inRegion ? [inRegion] : [])),
      ),
    )
    .orderBy(asc(incentives.kind), asc(incentives.id));
  return {
    ...presentPark(row),
    residents: row.residents.map((resident) => ({ name: resident.name, sector: resident.sector })),
    contact: row.contact
      ? {
          name: row.contact.name,
          email: row.contact.email,
          phone: row.contact.phone,
          organisation: row.contact.organisation,
        }
      : null,
    incentives: linked.map(presentIncentive),
  };
}
