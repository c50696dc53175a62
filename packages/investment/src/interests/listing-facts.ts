import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { type ListingContact, profiles, projects, type UserText } from '../tables.ts';
import type { ListingKind } from '../vocabulary.ts';

/** What the interest feature needs to know of a project or a profile. */
export interface ListingFacts {
  kind: ListingKind;
  id: string;
  ownerUserId: string;
  title: UserText;
  /** The project's sponsor or the profile's organisation: public on the listing's page. */
  organisation: string;
  countryCode: string;
  status: string;
  contact: ListingContact;
  initiativeIds: string[];
  lastActivityAt: Date;
  isDemo: boolean;
}

const projectColumns = {
  id: projects.id,
  ownerUserId: projects.ownerUserId,
  title: projects.title,
  organisation: projects.sponsorName,
  countryCode: projects.countryCode,
  status: projects.status,
  contact: projects.contact,
  initiativeIds: projects.initiativeIds,
  lastActivityAt: projects.lastActivityAt,
  isDemo: projects.isDemo,
};

const profileColumns = {
  id: profiles.id,
  ownerUserId: profiles.ownerUserId,
  title: profiles.title,
  organisation: profiles.organisationName,
  countryCode: profiles.countryCode,
  status: profiles.status,
  contact: profiles.contact,
  initiativeIds: profiles.initiativeIds,
  lastActivityAt: profiles.lastActivityAt,
  isDemo: profiles.isDemo,
};

/** The listings among the given references that exist, keyed `kind:id`. */
export async function loadListings(options: {
  db: Db;
  refs: readonly { kind: ListingKind; id: string }[];
}): Promise<Map<string, ListingFacts>> {
  const { db, refs } = options;
  const projectIds = [...new Set(refs.filter((ref) => ref.kind === 'project').map((ref) => ref.id))];
  const profileIds = [...new Set(refs.filter((ref) => ref.kind === 'profile').map((ref) => ref.id))];
  // An empty id list would produce invalid SQL.
  const [projectRows, profileRows] = await Promise.all([
    projectIds.length === 0 ? [] : db.select(projectColumns).from(projects).where(inArray(projects.id, projectIds)),
    profileIds.length === 0 ? [] : db.select(profileColumns).from(profiles).where(inArray(profiles.id, profileIds)),
  ]);
  const result = new Map<string, ListingFacts>();
  for (const row of projectRows) result.set(`project:${row.id}`, { kind: 'project', ...row });
  for (const row of profileRows) result.set(`profile:${row.id}`, { kind: 'profile', ...row });
  return result;
}

/** One listing, or `not_found`. */
export async function loadListing(options: { db: Db; kind: ListingKind; id: string }): Promise<ListingFacts> {
  const { db, kind, id } = options;
  const found = (await loadListings({ db, refs: [{ kind, id }] })).get(`${kind}:${id}`);
  if (!found) throw new DomainError('not_found', `No ${kind} with id "${id}".`);
  return found;
}

/** One published listing, or `not_found`: a listing not published is invisible to others. */
export async function loadPublishedListing(options: { db: Db; kind: ListingKind; id: string }): Promise<ListingFacts> {
  const listing = await loadListing(options);
  if (listing.status !== 'published') throw new DomainError('not_found', `No ${options.kind} with id "${options.id}".`);
  return listing;
}

/** Records activity on listings, so that listings in use are not flagged stale. */
export async function bumpListingActivity(options: {
  tx: Db;
  refs: readonly ({ kind: ListingKind; id: string } | null)[];
  at: Date;
}): Promise<void> {
  const { tx, refs, at } = options;
  for (const ref of refs) {
    if (!ref) continue;
    const table = ref.kind === 'project' ? projects : profiles;
    await tx
      .update(table)
      .set({ lastActivityAt: at })
      .where(and(eq(table.id, ref.id), sql`${table.lastActivityAt} < ${at.toISOString()}`));
  }
}
