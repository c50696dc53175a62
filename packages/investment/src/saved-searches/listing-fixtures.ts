import type { Db } from '../../../core/src/db/database.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { profiles, projects } from '../tables.ts';

/**
 * Listings written straight to the database for API tests of features that read them (saved searches, exports,
 * agenda links), so those tests do not depend on the moderation workflow or the demo seed.
 */

const yearFromNow = () => new Date(Date.now() + 365 * 24 * 60 * 60 * 1000);

export const testContact = {
  name: 'Test Contact',
  email: 'contact.person@listing.example.org',
  phone: '+7 700 123 4567',
  organisation: 'Example Works LLP',
};

export async function insertTestProject(
  db: Db,
  values: { ownerUserId: string } & Partial<typeof projects.$inferInsert>,
): Promise<string> {
  const title = values.title ?? { en: 'Test wind farm' };
  const [row] = await db
    .insert(projects)
    .values({
      title,
      summary: { en: 'A project made for a test.' },
      sponsorName: 'Example Works LLP',
      countryCode: 'KZ',
      isicDivision: '35',
      isicSection: 'D',
      stage: 'feasibility',
      capitalCost: '1000000',
      currency: 'USD',
      capitalCostUsd: '1000000',
      financingInstruments: ['equity'],
      sdgs: [7],
      contact: testContact,
      languages: ['en'],
      keywords: [],
      keywordTokens: keywordTokensOf({ texts: Object.values(title) }),
      initiativeIds: [],
      documentIds: [],
      status: 'published',
      publishedAt: new Date(),
      expiresAt: yearFromNow(),
      ...values,
    })
    .returning({ id: projects.id });
  if (!row) throw new Error('no project inserted');
  return row.id;
}

export async function insertTestProfile(
  db: Db,
  values: { ownerUserId: string } & Partial<typeof profiles.$inferInsert>,
): Promise<string> {
  const title = values.title ?? { en: 'Test renewable energy investor' };
  const [row] = await db
    .insert(profiles)
    .values({
      kind: 'investor',
      investorType: 'private_equity',
      organisationName: 'Example Capital',
      title,
      description: { en: 'A profile made for a test.' },
      countryCode: 'CN',
      sectors: ['D'],
      targetCountries: [],
      targetRegions: [],
      stages: [],
      instruments: ['equity'],
      partnershipTypes: [],
      languages: ['en'],
      keywords: [],
      keywordTokens: keywordTokensOf({ texts: Object.values(title) }),
      contact: testContact,
      initiativeIds: [],
      documentIds: [],
      status: 'published',
      expiresAt: yearFromNow(),
      ...values,
    })
    .returning({ id: profiles.id });
  if (!row) throw new Error('no profile inserted');
  return row.id;
}
