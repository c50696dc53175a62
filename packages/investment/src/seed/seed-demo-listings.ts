import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, inArray, lte } from 'drizzle-orm';
import { findAgendaRecords } from '../../../agenda/src/index.ts';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import { systemActor } from '../../../core/src/auth/actor.ts';
import { createUser } from '../../../core/src/auth/create-user.ts';
import type { Db } from '../../../core/src/db/database.ts';
import type { ModuleContext } from '../../../core/src/module/platform-module.ts';
import { users } from '../../../core/src/tables.ts';
import {
  type DemoCitation,
  type DemoProfile,
  type DemoProject,
  demoAccounts,
  demoAgendaCitations,
  demoEmailOf,
  demoProfiles,
  demoProjects,
  withDemoNote,
} from '../demo/demo-listings.ts';
import { usdAmountOf } from '../exchange-rates/usd-conversion.ts';
import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import { isicSectionOf } from '../reference/isic.ts';
import { exchangeRates, type ListingContact, profiles, projects, type UserText } from '../tables.ts';
import { listingLifetimeMonths } from '../vocabulary.ts';

const actor = systemActor('seed');

/** A stable id per demo record, so that seeding again finds the rows it made instead of adding twins. */
export function demoRecordId(what: string): string {
  const hex = createHash('sha256').update(`sco-investment-demo:${what}`).digest('hex');
  // Shaped as a version-4-style UUID (the column's type); the bits are a hash, not random, by design.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The demo accounts' ids by key, creating the accounts that do not exist yet. */
async function ensureDemoAccounts(db: Db): Promise<Map<string, string>> {
  const emails = demoAccounts.map(demoEmailOf);
  const existing = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const idByEmail = new Map(existing.map((row) => [row.email, row.id]));
  const idByKey = new Map<string, string>();
  for (const account of demoAccounts) {
    const email = demoEmailOf(account);
    let id = idByEmail.get(email);
    if (!id) {
      // Nobody signs in as a demo account: the password is random and never kept.
      const user = await createUser({
        db,
        actor,
        input: {
          email,
          password: randomBytes(32).toString('base64url'),
          role: 'business',
          displayName: account.displayName,
        },
      });
      await db.update(users).set({ preferredLanguage: account.language }).where(eq(users.id, user.id));
      id = user.id;
    }
    idByKey.set(account.key, id);
  }
  return idByKey;
}

/** The latest rate on or before today per currency, as units per US dollar. */
async function latestRates(db: Db, currencies: string[]): Promise<Map<string, { units: number; date: string }>> {
  const today = new Date().toISOString().slice(0, 10);
  const rows = await db
    .select({ currency: exchangeRates.currency, rateDate: exchangeRates.rateDate, units: exchangeRates.unitsPerUsd })
    .from(exchangeRates)
    .where(and(inArray(exchangeRates.currency, currencies), lte(exchangeRates.rateDate, today)))
    .orderBy(exchangeRates.currency, desc(exchangeRates.rateDate));
  const rates = new Map<string, { units: number; date: string }>();
  for (const row of rows) {
    if (!rates.has(row.currency)) rates.set(row.currency, { units: Number(row.units), date: row.rateDate });
  }
  return rates;
}

const addMonths = (date: Date, months: number) => {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
};

const demoContact = (key: string, organisation: string): ListingContact => ({
  name: 'Demo contact',
  email: `contact-${key}@demo.invalid`,
  phone: null,
  organisation,
});

const textsOf = (...values: UserText[]) => values.flatMap((value) => Object.values(value));

/**
 * Demo projects and profiles for a populated first start, all marked demo. Idempotent: the accounts are found by
 * e-mail and the listings by their stable ids, so a second run adds nothing. Citations of agenda records the
 * agenda does not hold are left out.
 */
export async function seedDemoListings({ db }: ModuleContext): Promise<void> {
  const ownerIds = await ensureDemoAccounts(db);
  const citations = Object.values(demoAgendaCitations);
  const known = await findAgendaRecords({
    db,
    initiativeIds: citations.flatMap((citation) => (citation.initiative ? [citation.initiative] : [])),
    documentIds: citations.flatMap((citation) => (citation.document ? [citation.document] : [])),
  });
  const knownInitiatives = new Set(known.initiatives.map((record) => record.id));
  const knownDocuments = new Set(known.documents.map((record) => record.id));
  const citedBy = (cites: readonly DemoCitation[]) => ({
    initiativeIds: cites.flatMap((key) => {
      const id = demoAgendaCitations[key].initiative;
      return id && knownInitiatives.has(id) ? [id] : [];
    }),
    documentIds: cites.flatMap((key) => {
      const id = demoAgendaCitations[key].document;
      return id && knownDocuments.has(id) ? [id] : [];
    }),
  });
  const rates = await latestRates(db, [...new Set(demoProjects.map((demo) => demo.currency))]);
  const inUsd = (amount: number, currency: string) => {
    if (currency === 'USD') return { usd: amount, date: new Date().toISOString().slice(0, 10) };
    const rate = rates.get(currency);
    return rate ? { usd: usdAmountOf({ amount, unitsPerUsd: rate.units }), date: rate.date } : null;
  };

  const now = new Date();
  const ownerOf = (key: string) => {
    const id = ownerIds.get(key);
    if (!id) throw new Error(`demo listing owned by unknown demo account ${key}`);
    return id;
  };
  const projectRow = (demo: DemoProject): typeof projects.$inferInsert => {
    const cost = inUsd(demo.capitalCost, demo.currency);
    const financing = inUsd(demo.financingAmount, demo.currency);
    const summary = withDemoNote(demo.summary);
    return {
      id: demoRecordId(`project:${demo.key}`),
      ownerUserId: ownerOf(demo.owner),
      title: demo.title,
      summary,
      sponsorName: demo.sponsorName,
      countryCode: demo.place.countryCode,
      regionCode: demo.place.regionCode,
      regionName: demo.place.regionName,
      latitude: demo.place.latitude,
      longitude: demo.place.longitude,
      isicDivision: demo.isicDivision,
      isicSection: isicSectionOf(demo.isicDivision) ?? '',
      stage: demo.stage,
      capitalCost: String(demo.capitalCost),
      currency: demo.currency,
      capitalCostUsd: cost ? String(cost.usd) : null,
      fxRateDate: cost?.date ?? null,
      financingInstruments: demo.financingInstruments,
      financingAmount: String(demo.financingAmount),
      financingAmountUsd: financing ? String(financing.usd) : null,
      jobs: demo.jobs,
      environmentalCategory: demo.environmentalCategory,
      sdgs: demo.sdgs,
      contact: demoContact(demo.key, demo.sponsorName),
      languages: demo.languages,
      keywords: demo.keywords,
      keywordTokens: keywordTokensOf({ texts: [...textsOf(demo.title, summary), ...demo.keywords] }),
      ...citedBy(demo.cites),
      status: 'published',
      submittedAt: now,
      publishedAt: now,
      expiresAt: addMonths(now, listingLifetimeMonths),
      lastActivityAt: now,
      isDemo: true,
    };
  };
  const profileRow = (demo: DemoProfile): typeof profiles.$inferInsert => {
    const description = withDemoNote(demo.description);
    return {
      id: demoRecordId(`profile:${demo.key}`),
      ownerUserId: ownerOf(demo.owner),
      kind: demo.kind,
      partneringType: demo.partneringType,
      investorType: demo.investorType,
      organisationName: demo.organisationName,
      title: demo.title,
      description,
      countryCode: demo.countryCode,
      ticketMinUsd: demo.ticketMinUsd === null ? null : String(demo.ticketMinUsd),
      ticketMaxUsd: demo.ticketMaxUsd === null ? null : String(demo.ticketMaxUsd),
      sectors: demo.sectors,
      targetCountries: demo.targetCountries,
      targetRegions: [],
      stages: demo.stages,
      instruments: demo.instruments,
      partnershipTypes: demo.partnershipTypes,
      languages: demo.languages,
      keywords: demo.keywords,
      keywordTokens: keywordTokensOf({ texts: [...textsOf(demo.title, description), ...demo.keywords] }),
      contact: demoContact(demo.key, demo.organisationName),
      ...citedBy(demo.cites),
      status: 'published',
      expiresAt: addMonths(now, listingLifetimeMonths),
      lastActivityAt: now,
      isDemo: true,
    };
  };

  await db.transaction(async (tx) => {
    const addedProjects = await tx
      .insert(projects)
      .values(demoProjects.map(projectRow))
      .onConflictDoNothing({ target: projects.id })
      .returning({ id: projects.id });
    const addedProfiles = await tx
      .insert(profiles)
      .values(demoProfiles.map(profileRow))
      .onConflictDoNothing({ target: profiles.id })
      .returning({ id: profiles.id });
    if (addedProjects.length === 0 && addedProfiles.length === 0) return;
    await appendAuditEntry(tx, {
      actor,
      action: 'investment.demo_listings_seed',
      entityType: 'investment_demo_listings',
      entityId: 'demo',
      after: { projects: addedProjects.length, profiles: addedProfiles.length },
    });
  });
}
