import { sql } from 'drizzle-orm';
import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { LocalizedText } from '../../core/src/localized-text.ts';
import { users } from '../../core/src/tables.ts';
import type { Span } from './ingest/types.ts';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * Identifiers of agenda records are deterministic (derived from what identifies them in the text) so that
 * re-ingesting a text finds the same records and links stay stable.
 */

export const meetings = pgTable('agenda_meetings', {
  id: text('id').primaryKey(),
  body: text('body').notNull(),
  bodyName: jsonb('body_name').$type<LocalizedText>().notNull(),
  /** null for meetings the text does not number (many ministerial meetings). */
  number: integer('number'),
  /** What kind of text the meeting's statements come from: communique, declaration or statement. */
  kind: text('kind').notNull().default('communique'),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  startDate: date('start_date').notNull(),
  endDate: date('end_date').notNull(),
  place: jsonb('place').$type<LocalizedText>().notNull(),
  format: text('format').notNull(),
  chair: jsonb('chair').$type<MeetingChair | null>(),
  nextMeeting: jsonb('next_meeting').$type<NextMeeting | null>(),
  /** The primary text: the first version ingested, whose paragraphs define the statements. */
  sourceLanguage: text('source_language').notNull(),
  sourceText: text('source_text').notNull(),
  /** `official` or `unofficial_translation` (a translation or a restatement that is not the official wording). */
  sourceProvenance: text('source_provenance').notNull().default('official'),
  /** Where the text comes from, as the person who ingested it recorded it. */
  sourceNote: text('source_note'),
  contentHash: text('content_hash').notNull(),
  headerSpan: jsonb('header_span').$type<Span>().notNull(),
  ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
});

export interface MeetingChair {
  countryCode: string | null;
  title: LocalizedText | null;
  personName: LocalizedText | null;
  span: Span;
}

export interface NextMeeting {
  date: string | null;
  datePrecision: string | null;
  place: LocalizedText | null;
  countryCode: string | null;
  span: Span;
}

export const meetingParticipants = pgTable(
  'agenda_meeting_participants',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    role: text('role').notNull(),
    countryCode: text('country_code'),
    title: jsonb('title').$type<LocalizedText | null>(),
    personName: jsonb('person_name').$type<LocalizedText | null>(),
    organization: jsonb('organization').$type<LocalizedText | null>(),
    span: jsonb('span').$type<Span>().notNull(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.ordinal] })],
);

export const statements = pgTable(
  'agenda_statements',
  {
    id: text('id').primaryKey(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    ordinal: integer('ordinal').notNull(),
    text: jsonb('text').$type<LocalizedText>().notNull(),
    stance: text('stance').notNull(),
    otherStances: jsonb('other_stances').$type<string[]>().notNull(),
    actorKind: text('actor_kind').notNull(),
    topics: text('topics').array().notNull(),
    /** ISO codes of the states the statement speaks for. */
    countries: text('countries').array().notNull(),
    /** The meeting's date, copied so that date filters and ordering need no join. */
    meetingDate: date('meeting_date').notNull(),
    span: jsonb('span').$type<Span>().notNull(),
    /** Where this paragraph lies in each further language version of the meeting's text (see agenda_text_versions). */
    versionSpans: jsonb('version_spans').$type<Partial<Record<string, Span>>>().notNull().default({}),
    /** Chinese words segmented in the application (Intl.Segmenter): PostgreSQL has no Chinese parser. */
    searchZh: tsvector('search_zh').notNull(),
    searchRu: tsvector('search_ru').notNull(),
    searchEn: tsvector('search_en').notNull(),
  },
  (table) => [
    index('agenda_statements_meeting_idx').on(table.meetingId, table.ordinal),
    // The default listing order (newest meeting first, then paragraph order) read straight from the index. The
    // column is never null, but the index must say NULLS FIRST like ORDER BY … DESC does, or the planner ignores it.
    index('agenda_statements_listing_idx').on(table.meetingDate.desc().nullsFirst(), table.meetingId, table.ordinal),
    index('agenda_statements_search_zh_idx').using('gin', table.searchZh),
    index('agenda_statements_search_ru_idx').using('gin', table.searchRu),
    index('agenda_statements_search_en_idx').using('gin', table.searchEn),
    index('agenda_statements_topics_idx').using('gin', table.topics),
    index('agenda_statements_countries_idx').using('gin', table.countries),
    index('agenda_statements_stance_idx').on(table.stance),
  ],
);

export const documents = pgTable('agenda_documents', {
  id: text('id').primaryKey(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  adoptedOn: date('adopted_on'),
  adoptedPrecision: text('adopted_precision'),
  place: jsonb('place').$type<LocalizedText | null>(),
});

export const statementDocuments = pgTable(
  'agenda_statement_documents',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    documentId: text('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    spans: jsonb('spans').$type<Span[]>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.statementId, table.documentId] }),
    index('agenda_statement_documents_document_idx').on(table.documentId),
  ],
);

export const events = pgTable(
  'agenda_events',
  {
    id: text('id').primaryKey(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    startDate: date('start_date'),
    endDate: date('end_date'),
    datePrecision: text('date_precision'),
    place: jsonb('place').$type<LocalizedText | null>(),
    /** The state that hosts the event, when the place resolves to one. */
    hostCountryCode: text('host_country_code'),
    format: text('format').notNull(),
    status: text('status').notNull(),
    /** The recurring series this event belongs to (e.g. every SCO Energy Ministers' meeting), resolved by name. */
    seriesId: text('series_id'),
  },
  (table) => [
    index('agenda_events_start_idx').on(table.startDate),
    index('agenda_events_series_idx').on(table.seriesId),
  ],
);

export const statementEvents = pgTable(
  'agenda_statement_events',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    spans: jsonb('spans').$type<Span[]>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.statementId, table.eventId] }),
    index('agenda_statement_events_event_idx').on(table.eventId),
  ],
);

export const initiatives = pgTable('agenda_initiatives', {
  id: text('id').primaryKey(),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  stage: text('stage').notNull(),
  stageChangedOn: date('stage_changed_on').notNull(),
  topics: text('topics').array().notNull(),
  /** The state that leads the initiative, when the Secretariat has recorded one. */
  leadCountryCode: text('lead_country_code'),
  /** A body leading the initiative instead of (or beside) a state, e.g. the SCO Business Council. */
  leadBody: jsonb('lead_body').$type<LocalizedText | null>(),
  dueOn: date('due_on'),
  /** The due date for which subscribers were last told the initiative is overdue, so they are told once. */
  overdueNotifiedFor: date('overdue_notified_for'),
});

export const statementInitiatives = pgTable(
  'agenda_statement_initiatives',
  {
    statementId: text('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    initiativeId: text('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    stage: text('stage').notNull(),
    spans: jsonb('spans').$type<Span[]>().notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.statementId, table.initiativeId] }),
    index('agenda_statement_initiatives_initiative_idx').on(table.initiativeId),
  ],
);

/** Every stage an initiative has been in, dated and traced to the statement or report that caused it. */
export const initiativeStageChanges = pgTable(
  'agenda_initiative_stage_changes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: text('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    changedOn: date('changed_on').notNull(),
    statementId: text('statement_id').references(() => statements.id, { onDelete: 'set null' }),
    reportId: uuid('report_id'),
    /** Why the Secretariat changed the stage by hand. */
    note: text('note'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('agenda_stage_changes_initiative_idx').on(table.initiativeId, table.changedOn)],
);

/** Implementation reports filed by member-state focal points and reviewed by the Secretariat. */
export const reports = pgTable(
  'agenda_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    initiativeId: text('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'restrict' }),
    countryCode: text('country_code').notNull(),
    periodStart: date('period_start').notNull(),
    periodEnd: date('period_end').notNull(),
    status: text('status').notNull(),
    progressPercent: integer('progress_percent').notNull(),
    /** The narrative in the language the focal point wrote it in. */
    narrative: jsonb('narrative').$type<LocalizedText>().notNull(),
    evidenceLinks: jsonb('evidence_links').$type<{ url: string; label: string }[]>().notNull(),
    reviewState: text('review_state').notNull(),
    reviewNote: text('review_note'),
    submittedBy: uuid('submitted_by')
      .notNull()
      .references(() => users.id),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (table) => [
    index('agenda_reports_initiative_idx').on(table.initiativeId),
    index('agenda_reports_country_idx').on(table.countryCode),
    index('agenda_reports_review_idx').on(table.reviewState),
  ],
);

/**
 * Further language versions of a meeting's text, aligned paragraph by paragraph with the primary text. The
 * alignment report lists paragraphs that could not be paired; those are never paired silently.
 */
export const textVersions = pgTable(
  'agenda_text_versions',
  {
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    language: text('language').notNull(),
    provenance: text('provenance').notNull(),
    sourceNote: text('source_note'),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
    alignment: jsonb('alignment').$type<AlignmentReport>().notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.meetingId, table.language] })],
);

export interface AlignmentReport {
  /** Pairs of (primary statement ordinal, paragraph index in this version). */
  paired: number;
  /** Primary statements with no paragraph in this version. */
  missingInVersion: number[];
  /** Paragraphs of this version that match no primary statement (1-based paragraph numbers of the version). */
  extraInVersion: number[];
  /** Pairs kept but flagged: numbers, dates or named documents disagree. */
  suspect: { ordinal: number; reason: string }[];
}

/**
 * The entity dictionary: every name under which a document, initiative, event series, body or place has been
 * seen, in any language, mapped to the one record it stands for. Seeded from the translation memories, extended
 * by review corrections and merges.
 */
export const entityAliases = pgTable(
  'agenda_entity_aliases',
  {
    kind: text('kind').notNull(),
    /** The name normalised for matching (see `entities/alias-key.ts`). */
    aliasKey: text('alias_key').notNull(),
    alias: text('alias').notNull(),
    language: text('language').notNull(),
    entityId: text('entity_id').notNull(),
    /** seed, ingest, review or merge. */
    origin: text('origin').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.aliasKey] }),
    index('agenda_entity_aliases_entity_idx').on(table.kind, table.entityId),
  ],
);

/**
 * A text waiting for review: the parse result as corrected so far. Nothing of it is visible to the public until
 * a Secretariat reviewer publishes it; publishing writes it through the same path as any ingestion.
 */
export const ingestDrafts = pgTable(
  'agenda_ingest_drafts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    /** pending, published or rejected. */
    status: text('status').notNull(),
    fileName: text('file_name'),
    language: text('language').notNull(),
    kind: text('kind').notNull(),
    provenance: text('provenance').notNull(),
    sourceNote: text('source_note'),
    contentHash: text('content_hash').notNull(),
    /** The parse result with the reviewer's corrections applied. */
    parsed: jsonb('parsed').notNull(),
    /** The meeting this text belongs to, and whether it creates it, replaces its text or adds a language version. */
    meetingId: text('meeting_id').notNull(),
    mode: text('mode').notNull(),
    alignment: jsonb('alignment').$type<AlignmentReport | null>(),
    /** Every correction made in review, in order. */
    corrections: jsonb('corrections').$type<unknown[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewNote: text('review_note'),
  },
  (table) => [index('agenda_ingest_drafts_status_idx').on(table.status, table.createdAt)],
);

/** What a user follows: an initiative, a topic or a country. */
export const subscriptions = pgTable(
  'agenda_subscriptions',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    targetKind: text('target_kind').notNull(),
    target: text('target').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.targetKind, table.target] }),
    index('agenda_subscriptions_target_idx').on(table.targetKind, table.target),
  ],
);
