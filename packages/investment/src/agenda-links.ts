import { and, arrayContains, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { findAgendaRecords } from '../../agenda/src/index.ts';
import type { Db } from '../../core/src/db/database.ts';
import { DomainError } from '../../core/src/errors.ts';
import { localizedTextSchema, presentLocalizedText } from '../../core/src/localized-text.ts';
import { interests, profiles, projects } from './tables.ts';
import { presentUserText, userTextSchema } from './user-text.ts';
import { profileKinds, projectStages } from './vocabulary.ts';

/**
 * Links between listings and the agenda: a project or profile cites the agenda initiatives and documents it carries
 * out; an initiative's page shows the published listings that cite it and the deals made on them.
 */

/** The agenda's own record ids are short slugs; the bound keeps a query string from asking for thousands. */
const agendaIdSchema = z.string().trim().min(1).max(100);
const agendaIdListSchema = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  )
  .pipe(z.array(agendaIdSchema).max(50, 'at most 50 ids'));

export const agendaLinksQuerySchema = z.object({
  initiativeIds: agendaIdListSchema.optional().meta({ description: 'Agenda initiative ids, comma-separated' }),
  documentIds: agendaIdListSchema.optional().meta({ description: 'Agenda document ids, comma-separated' }),
});

export const agendaLinksSchema = z
  .object({
    initiatives: z.array(z.object({ id: z.string(), title: localizedTextSchema, stage: z.string() })),
    documents: z.array(z.object({ id: z.string(), title: localizedTextSchema })),
    /** Cited ids the agenda does not (or no longer) hold: shown as such rather than hidden. */
    unknownInitiativeIds: z.array(z.string()),
    unknownDocumentIds: z.array(z.string()),
  })
  .meta({ id: 'InvestmentAgendaLinks' });
export type AgendaLinks = z.infer<typeof agendaLinksSchema>;

export const initiativeImplementationsSchema = z
  .object({
    initiativeId: z.string(),
    projects: z.array(
      z.object({
        id: z.uuid(),
        title: userTextSchema,
        countryCode: z.string(),
        stage: z.enum(projectStages),
        demo: z.boolean(),
        dealCount: z.number().int(),
      }),
    ),
    profiles: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(profileKinds),
        title: userTextSchema,
        countryCode: z.string(),
        demo: z.boolean(),
        dealCount: z.number().int(),
      }),
    ),
    /** Expressions of interest on these listings that reached the `deal` stage. */
    dealCount: z.number().int(),
  })
  .meta({ id: 'InitiativeImplementations' });
export type InitiativeImplementations = z.infer<typeof initiativeImplementationsSchema>;

async function splitKnown(options: { db: Db; initiativeIds: readonly string[]; documentIds: readonly string[] }) {
  const found = await findAgendaRecords(options);
  const knownInitiatives = new Set(found.initiatives.map((record) => record.id));
  const knownDocuments = new Set(found.documents.map((record) => record.id));
  return {
    found,
    unknownInitiativeIds: [...new Set(options.initiativeIds)].filter((id) => !knownInitiatives.has(id)),
    unknownDocumentIds: [...new Set(options.documentIds)].filter((id) => !knownDocuments.has(id)),
  };
}

/**
 * Checks that every agenda initiative and document a listing cites exists. Throws `validation_failed` naming the
 * unknown ids, so the listing is not saved with a dangling citation.
 */
export async function validateAgendaLinks(options: {
  db: Db;
  initiativeIds: string[];
  documentIds: string[];
}): Promise<void> {
  const { db, initiativeIds, documentIds } = options;
  if (initiativeIds.length === 0 && documentIds.length === 0) return;
  const { unknownInitiativeIds, unknownDocumentIds } = await splitKnown({ db, initiativeIds, documentIds });
  if (unknownInitiativeIds.length === 0 && unknownDocumentIds.length === 0) return;
  const named = [
    unknownInitiativeIds.length > 0 ? `Unknown agenda initiative: ${unknownInitiativeIds.join(', ')}` : null,
    unknownDocumentIds.length > 0 ? `Unknown agenda document: ${unknownDocumentIds.join(', ')}` : null,
  ]
    .filter((part) => part !== null)
    .join('; ');
  throw new DomainError('validation_failed', `${named}.`, { unknownInitiativeIds, unknownDocumentIds });
}

/** The cited initiatives and documents with their titles, in the order cited, for a listing's page. */
export async function readAgendaLinks(options: {
  db: Db;
  initiativeIds: string[];
  documentIds: string[];
}): Promise<AgendaLinks> {
  const { found, unknownInitiativeIds, unknownDocumentIds } = await splitKnown(options);
  const initiativeById = new Map(found.initiatives.map((record) => [record.id, record]));
  const documentById = new Map(found.documents.map((record) => [record.id, record]));
  return {
    initiatives: [...new Set(options.initiativeIds)].flatMap((id) => {
      const record = initiativeById.get(id);
      return record ? [{ id, title: presentLocalizedText(record.title), stage: record.stage }] : [];
    }),
    documents: [...new Set(options.documentIds)].flatMap((id) => {
      const record = documentById.get(id);
      return record ? [{ id, title: presentLocalizedText(record.title) }] : [];
    }),
    unknownInitiativeIds,
    unknownDocumentIds,
  };
}

/** Published and not past its expiry: what the public sees of a listing (as the project and profile lists). */
const publiclyListed = (table: typeof projects | typeof profiles): SQL =>
  and(eq(table.status, 'published'), gt(table.expiresAt, sql`now()`))!;

/** A listing as interests point at it. */
const listingKey = (kind: string | null, id: string | null) => `${kind}:${id}`;

/**
 * The deals (interests at the `deal` stage) made on the given listings, on either side of the interest: how many
 * per listing, and how many in all (a deal between two of the listings counts once).
 */
async function dealsOn(options: { db: Db; projectIds: string[]; profileIds: string[] }) {
  const { db, projectIds, profileIds } = options;
  const sides: SQL[] = [];
  // An empty id list would produce invalid SQL.
  if (projectIds.length > 0) {
    sides.push(and(eq(interests.targetKind, 'project'), inArray(interests.targetId, projectIds))!);
    sides.push(and(eq(interests.sourceKind, 'project'), inArray(interests.sourceId, projectIds))!);
  }
  if (profileIds.length > 0) {
    sides.push(and(eq(interests.targetKind, 'profile'), inArray(interests.targetId, profileIds))!);
    sides.push(and(eq(interests.sourceKind, 'profile'), inArray(interests.sourceId, profileIds))!);
  }
  const perListing = new Map<string, number>();
  if (sides.length === 0) return { perListing, total: 0 };
  const deals = await db
    .select({
      targetKind: interests.targetKind,
      targetId: interests.targetId,
      sourceKind: interests.sourceKind,
      sourceId: interests.sourceId,
    })
    .from(interests)
    .where(and(eq(interests.pipelineStage, 'deal'), or(...sides)));
  for (const deal of deals) {
    for (const key of new Set([
      listingKey(deal.targetKind, deal.targetId),
      listingKey(deal.sourceKind, deal.sourceId),
    ])) {
      perListing.set(key, (perListing.get(key) ?? 0) + 1);
    }
  }
  return { perListing, total: deals.length };
}

/**
 * The published projects and profiles that cite an initiative and the deals made on them. An unknown initiative is
 * `not_found`; a known one nobody cites yet has empty lists.
 */
export async function readInitiativeImplementations(options: {
  db: Db;
  initiativeId: string;
}): Promise<InitiativeImplementations> {
  const { db, initiativeId } = options;
  const found = await findAgendaRecords({ db, initiativeIds: [initiativeId], documentIds: [] });
  if (found.initiatives.length === 0) {
    throw new DomainError('not_found', `Unknown agenda initiative: ${initiativeId}.`, { initiativeId });
  }
  const [projectRows, profileRows] = await Promise.all([
    db
      .select({
        id: projects.id,
        title: projects.title,
        countryCode: projects.countryCode,
        stage: projects.stage,
        isDemo: projects.isDemo,
      })
      .from(projects)
      .where(and(publiclyListed(projects), arrayContains(projects.initiativeIds, [initiativeId])))
      .orderBy(projects.countryCode, projects.publishedAt),
    db
      .select({
        id: profiles.id,
        kind: profiles.kind,
        title: profiles.title,
        countryCode: profiles.countryCode,
        isDemo: profiles.isDemo,
      })
      .from(profiles)
      .where(and(publiclyListed(profiles), arrayContains(profiles.initiativeIds, [initiativeId])))
      .orderBy(profiles.countryCode, profiles.createdAt),
  ]);
  const deals = await dealsOn({
    db,
    projectIds: projectRows.map((row) => row.id),
    profileIds: profileRows.map((row) => row.id),
  });
  const presentedProjects = projectRows.map((row) => ({
    id: row.id,
    title: presentUserText(row.title),
    countryCode: row.countryCode,
    stage: row.stage as (typeof projectStages)[number],
    demo: row.isDemo,
    dealCount: deals.perListing.get(listingKey('project', row.id)) ?? 0,
  }));
  const presentedProfiles = profileRows.map((row) => ({
    id: row.id,
    kind: row.kind as (typeof profileKinds)[number],
    title: presentUserText(row.title),
    countryCode: row.countryCode,
    demo: row.isDemo,
    dealCount: deals.perListing.get(listingKey('profile', row.id)) ?? 0,
  }));
  return {
    initiativeId,
    projects: presentedProjects,
    profiles: presentedProfiles,
    dealCount: deals.total,
  };
}
