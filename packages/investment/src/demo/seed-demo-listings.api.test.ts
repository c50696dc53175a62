import { inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { users } from '../../../core/src/tables.ts';
import { demoRecordId, seedDemoListings } from '../seed/seed-demo-listings.ts';
import { profiles, projects } from '../tables.ts';
import { demoEmailDomain, demoProfiles, demoProjects } from './demo-listings.ts';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

describe('seedDemoListings', () => {
  it('adds the demo listings once, however often it runs, all marked demo', async () => {
    const { db, engine } = platform.connection;
    await seedDemoListings({ db, engine });
    await seedDemoListings({ db, engine });
    const projectIds = demoProjects.map((project) => demoRecordId(`project:${project.key}`));
    const profileIds = demoProfiles.map((profile) => demoRecordId(`profile:${profile.key}`));
    const seededProjects = await db.select().from(projects).where(inArray(projects.id, projectIds));
    const seededProfiles = await db.select().from(profiles).where(inArray(profiles.id, profileIds));
    expect(seededProjects).toHaveLength(24);
    expect(seededProfiles).toHaveLength(22);
    for (const row of [...seededProjects, ...seededProfiles]) {
      expect(row.isDemo).toBe(true);
      expect(row.status).toBe('published');
      expect(row.contact.email.endsWith('@demo.invalid')).toBe(true);
    }
    expect(seededProjects.every((row) => row.publishedAt !== null && row.latitude !== null)).toBe(true);
    expect(seededProjects.some((row) => row.initiativeIds.length > 0)).toBe(true);
    expect(seededProfiles.some((row) => row.initiativeIds.length > 0)).toBe(true);

    const accounts = await db
      .select()
      .from(users)
      .where(like(users.email, `%@${demoEmailDomain}`));
    expect(accounts).toHaveLength(6);
    for (const account of accounts) {
      expect(account.role).toBe('business');
      expect(account.displayName.startsWith('Demo: ')).toBe(true);
    }
    const owners = new Set([...seededProjects, ...seededProfiles].map((row) => row.ownerUserId));
    expect([...owners].every((id) => accounts.some((account) => account.id === id))).toBe(true);
  });

  it('cites only agenda records that exist', async () => {
    const citing = await platform.connection.db
      .select({ initiativeIds: projects.initiativeIds, documentIds: projects.documentIds })
      .from(projects)
      .where(
        inArray(
          projects.id,
          demoProjects.map((project) => demoRecordId(`project:${project.key}`)),
        ),
      );
    const initiativeIds = [...new Set(citing.flatMap((row) => row.initiativeIds))];
    const documentIds = [...new Set(citing.flatMap((row) => row.documentIds))];
    const response = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/investment/agenda-links?initiativeIds=${initiativeIds.join(',')}&documentIds=${documentIds.join(',')}`,
    });
    expect(response.json()).toMatchObject({ unknownInitiativeIds: [], unknownDocumentIds: [] });
    expect(response.json().initiatives.length).toBe(initiativeIds.length);
  });
});
