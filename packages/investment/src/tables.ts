import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Language, LocalizedText } from '../../core/src/localized-text.ts';
import { users } from '../../core/src/tables.ts';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * Text written by a listing's owner, in the languages they wrote it in (at least one). It is shown in the reader's
 * language when the owner gave one, otherwise in the language it was written in, labelled as such.
 */
export type UserText = Partial<Record<Language, string>>;

export interface ListingContact {
  name: string;
  email: string;
  phone: string | null;
  organisation: string | null;
}

/** Exchange rates the Secretariat records: how many units of a currency one US dollar buys on a date. */
export const exchangeRates = pgTable(
  'investment_exchange_rates',
  {
    currency: text('currency').notNull(),
    rateDate: date('rate_date').notNull(),
    unitsPerUsd: numeric('units_per_usd', { precision: 24, scale: 10 }).notNull(),
    /** Where the rate comes from (e.g. the central bank's official rate of that day). */
    source: text('source').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.currency, table.rateDate] })],
);

/** Industrial investment projects (the project database), modelled on OC4IDS and the European Investment Project Portal. */
export const projects = pgTable(
  'investment_projects',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    title: jsonb('title').$type<UserText>().notNull(),
    summary: jsonb('summary').$type<UserText>().notNull(),
    sponsorName: text('sponsor_name').notNull(),
    countryCode: text('country_code').notNull(),
    /** ISO 3166-2 subdivision code, e.g. KZ-MAN. */
    regionCode: text('region_code'),
    regionName: text('region_name'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** ISIC Rev.4 division (two digits) and its section letter, kept together for indexed matching. */
    isicDivision: text('isic_division').notNull(),
    isicSection: text('isic_section').notNull(),
    stage: text('stage').notNull(),
    capitalCost: numeric('capital_cost', { precision: 20, scale: 2 }).notNull(),
    /** ISO 4217 code of the capital cost and the financing sought. */
    currency: text('currency').notNull(),
    /** Capital cost in US dollars at the Secretariat's rate of `fxRateDate`; null while no rate is recorded. */
    capitalCostUsd: numeric('capital_cost_usd', { precision: 20, scale: 2 }),
    fxRateDate: date('fx_rate_date'),
    financingInstruments: text('financing_instruments').array().notNull(),
    financingAmount: numeric('financing_amount', { precision: 20, scale: 2 }),
    financingAmountUsd: numeric('financing_amount_usd', { precision: 20, scale: 2 }),
    jobs: integer('jobs'),
    environmentalCategory: text('environmental_category'),
    sdgs: integer('sdgs').array().notNull(),
    contact: jsonb('contact').$type<ListingContact>().notNull(),
    /** ISO 639-1 codes of the languages the sponsor works in. */
    languages: text('languages').array().notNull(),
    keywords: text('keywords').array().notNull(),
    /** Normalised words and concept ids of the title, summary and keywords in any language, for matching and search. */
    keywordTokens: text('keyword_tokens').array().notNull(),
    /** Agenda initiatives and documents this project carries out (agenda record ids). */
    initiativeIds: text('initiative_ids').array().notNull(),
    documentIds: text('document_ids').array().notNull(),
    status: text('status').notNull(),
    /** The reason given when the project was last returned to its owner. */
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /** Last edit, renewal or pipeline movement: listings without activity for long are flagged stale. */
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('investment_projects_status_idx').on(table.status, table.expiresAt),
    index('investment_projects_owner_idx').on(table.ownerUserId),
    index('investment_projects_country_idx').on(table.countryCode, table.status),
    index('investment_projects_section_idx').on(table.isicSection, table.status),
    index('investment_projects_division_idx').on(table.isicDivision, table.status),
    index('investment_projects_tokens_idx').using('gin', table.keywordTokens),
    index('investment_projects_initiatives_idx').using('gin', table.initiativeIds),
    /**
     * Matching's first step reads candidates from this index alone (index-only scan): the hard filters and the
     * scalar ranking factors, so that 100,000 projects are ranked without touching their rows.
     */
    index('investment_projects_matching_idx').on(
      table.status,
      table.isicSection,
      table.countryCode,
      table.expiresAt,
      table.isicDivision,
      table.stage,
      table.regionCode,
      table.financingAmountUsd,
      table.lastActivityAt,
      table.ownerUserId,
      table.id,
    ),
  ],
);

/** PDF documents attached to a project (feasibility studies, teasers). */
export const projectDocuments = pgTable(
  'investment_project_documents',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    filename: text('filename').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_project_documents_project_idx').on(table.projectId)],
);

/** Every moderation step of a project, shown on its page. */
export const projectStatusChanges = pgTable(
  'investment_project_status_changes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_project_status_changes_project_idx').on(table.projectId, table.at)],
);

/** Investor profiles and partnering profiles (business, technology, R&D, start-up). */
export const profiles = pgTable(
  'investment_profiles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** For partnering profiles: business/technology offer or request, R&D cooperation, start-up. */
    partneringType: text('partnering_type'),
    /** For investor profiles. */
    investorType: text('investor_type'),
    organisationName: text('organisation_name').notNull(),
    title: jsonb('title').$type<UserText>().notNull(),
    description: jsonb('description').$type<UserText>().notNull(),
    countryCode: text('country_code').notNull(),
    ticketMinUsd: numeric('ticket_min_usd', { precision: 20, scale: 2 }),
    ticketMaxUsd: numeric('ticket_max_usd', { precision: 20, scale: 2 }),
    /** ISIC Rev.4 section letters and/or division codes of interest. */
    sectors: text('sectors').array().notNull(),
    /** Target countries (ISO 3166-1 alpha-2) and subdivisions (ISO 3166-2); empty means any. */
    targetCountries: text('target_countries').array().notNull(),
    targetRegions: text('target_regions').array().notNull(),
    stages: text('stages').array().notNull(),
    instruments: text('instruments').array().notNull(),
    partnershipTypes: text('partnership_types').array().notNull(),
    languages: text('languages').array().notNull(),
    keywords: text('keywords').array().notNull(),
    keywordTokens: text('keyword_tokens').array().notNull(),
    contact: jsonb('contact').$type<ListingContact>().notNull(),
    initiativeIds: text('initiative_ids').array().notNull(),
    documentIds: text('document_ids').array().notNull(),
    status: text('status').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('investment_profiles_kind_idx').on(table.kind, table.status, table.expiresAt),
    index('investment_profiles_owner_idx').on(table.ownerUserId),
    index('investment_profiles_sectors_idx').using('gin', table.sectors),
    index('investment_profiles_tokens_idx').using('gin', table.keywordTokens),
    index('investment_profiles_initiatives_idx').using('gin', table.initiativeIds),
    /** Matching looks for the complementary partnering type (offer ↔ request, start-up ↔ investors). */
    index('investment_profiles_partnering_idx').on(table.partneringType, table.status, table.expiresAt),
  ],
);

/** Who looked at a listing, once per viewer and day: the first step of a listing's pipeline. */
export const listingViews = pgTable(
  'investment_listing_views',
  {
    listingKind: text('listing_kind').notNull(),
    listingId: uuid('listing_id').notNull(),
    /** A user id, or a one-way hash for anonymous readers; never the address itself. */
    viewerKey: text('viewer_key').notNull(),
    day: date('day').notNull(),
  },
  (table) => [primaryKey({ columns: [table.listingKind, table.listingId, table.viewerKey, table.day] })],
);

/** Expressions of interest between two sides, their mutual consent and their pipeline. */
export const interests = pgTable(
  'investment_interests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    targetKind: text('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    targetOwnerUserId: uuid('target_owner_user_id')
      .notNull()
      .references(() => users.id),
    /** The listing the interested side presents itself with (its investor profile, or its project); optional. */
    sourceKind: text('source_kind'),
    sourceId: uuid('source_id'),
    sourceOwnerUserId: uuid('source_owner_user_id')
      .notNull()
      .references(() => users.id),
    initiatedBy: text('initiated_by').notNull(),
    /** The focal point who introduced the two sides or brokers the contact. */
    brokerUserId: uuid('broker_user_id').references(() => users.id),
    message: text('message').notNull(),
    status: text('status').notNull(),
    /** Contacts are revealed only when both consents are set. */
    sourceConsentAt: timestamp('source_consent_at', { withTimezone: true }),
    targetConsentAt: timestamp('target_consent_at', { withTimezone: true }),
    pipelineStage: text('pipeline_stage').notNull(),
    closedReason: text('closed_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('investment_interests_target_idx').on(table.targetKind, table.targetId),
    index('investment_interests_target_owner_idx').on(table.targetOwnerUserId),
    index('investment_interests_source_owner_idx').on(table.sourceOwnerUserId),
    uniqueIndex('investment_interests_open_pair_idx')
      .on(table.targetKind, table.targetId, table.sourceOwnerUserId)
      .where(sql`status in ('pending', 'accepted')`),
  ],
);

/** The history of one expression of interest: consents, declines, pipeline moves, broker notes. */
export const interestEvents = pgTable(
  'investment_interest_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    interestId: uuid('interest_id')
      .notNull()
      .references(() => interests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage'),
    note: text('note'),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_interest_events_interest_idx').on(table.interestId, table.at)],
);

/** Forums with one-to-one business meetings, e.g. the annual "SCO Investment" forum. */
export const forums = pgTable('investment_forums', {
  id: text('id').primaryKey(),
  name: jsonb('name').$type<LocalizedText>().notNull(),
  place: jsonb('place').$type<LocalizedText>().notNull(),
  startsOn: date('starts_on').notNull(),
  endsOn: date('ends_on').notNull(),
  /** IANA time zone of the venue: slots are local times there. */
  timeZone: text('time_zone').notNull(),
  /** Local time of the first and the end of the last slot each day, HH:MM. */
  dayStart: text('day_start').notNull(),
  dayEnd: text('day_end').notNull(),
  slotMinutes: integer('slot_minutes').notNull(),
  tableCount: integer('table_count').notNull(),
  maxMeetingsPerParticipant: integer('max_meetings_per_participant').notNull(),
  /** The agenda initiative the forum carries out, if any. */
  initiativeId: text('initiative_id'),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** One-to-one meetings at a forum: one table in one slot, requested by one side and accepted by the other. */
export const forumMeetings = pgTable(
  'investment_forum_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    forumId: text('forum_id')
      .notNull()
      .references(() => forums.id),
    slotStart: timestamp('slot_start', { withTimezone: true }).notNull(),
    slotEnd: timestamp('slot_end', { withTimezone: true }).notNull(),
    tableNumber: integer('table_number').notNull(),
    requesterUserId: uuid('requester_user_id')
      .notNull()
      .references(() => users.id),
    inviteeUserId: uuid('invitee_user_id')
      .notNull()
      .references(() => users.id),
    interestId: uuid('interest_id').references(() => interests.id),
    status: text('status').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('investment_forum_meetings_table_idx')
      .on(table.forumId, table.slotStart, table.tableNumber)
      .where(sql`status in ('requested', 'confirmed')`),
    index('investment_forum_meetings_requester_idx').on(table.requesterUserId),
    index('investment_forum_meetings_invitee_idx').on(table.inviteeUserId),
  ],
);

/** Structured eligibility of a preferential policy; every condition given must hold. */
export interface IncentiveEligibility {
  /** ISIC Rev.4 section letters or division codes; empty or absent means any sector. */
  sectors?: string[];
  excludedSectors?: string[];
  /** ISO 3166-2 subdivisions where it applies; absent means the whole country. */
  regions?: string[];
  /** Technology parks or zones whose residents it applies to. */
  parkIds?: string[];
  minInvestment?: { amount: number; currency: string };
  minJobs?: number;
  stages?: string[];
  /** Conditions the platform cannot check, shown to the reader. */
  otherConditions?: LocalizedText;
}

/** The library of preferential policies of member states, each with its legal basis and source. */
export const incentives = pgTable(
  'investment_incentives',
  {
    id: text('id').primaryKey(),
    countryCode: text('country_code').notNull(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    benefit: jsonb('benefit').$type<LocalizedText>().notNull(),
    eligibility: jsonb('eligibility').$type<IncentiveEligibility>().notNull(),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    legalBasis: jsonb('legal_basis').$type<LocalizedText>().notNull(),
    sourceUrl: text('source_url'),
    sourceTitle: text('source_title'),
    retrievedOn: date('retrieved_on'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_incentives_country_idx').on(table.countryCode, table.kind)],
);

export interface ParkResident {
  name: string;
  sector: string | null;
}

/** The registry of technology parks and special zones. */
export const parks = pgTable(
  'investment_parks',
  {
    id: text('id').primaryKey(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    kind: text('kind').notNull(),
    countryCode: text('country_code').notNull(),
    regionCode: text('region_code'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    /** ISIC Rev.4 divisions the park specialises in. */
    specialisations: text('specialisations').array().notNull(),
    establishedYear: integer('established_year'),
    areaHectares: numeric('area_hectares', { precision: 12, scale: 2 }),
    residentCount: integer('resident_count'),
    residents: jsonb('residents').$type<ParkResident[]>().notNull(),
    website: text('website'),
    contact: jsonb('contact').$type<ListingContact | null>(),
    sourceUrl: text('source_url'),
    sourceTitle: text('source_title'),
    retrievedOn: date('retrieved_on'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_parks_country_idx').on(table.countryCode)],
);

/** Searches a user saved, optionally with alerts when a new listing matches. */
export const savedSearches = pgTable(
  'investment_saved_searches',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    target: text('target').notNull(),
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    alertsEnabled: boolean('alerts_enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('investment_saved_searches_user_idx').on(table.userId)],
);

/** Listings a saved search has already alerted its owner about, so that each is told once. */
export const savedSearchNotices = pgTable(
  'investment_saved_search_notices',
  {
    savedSearchId: uuid('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    listingId: uuid('listing_id').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.savedSearchId, table.listingId] })],
);
