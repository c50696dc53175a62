import { asc, desc } from 'drizzle-orm';
import { z } from 'zod';
import { type CsvColumn, joinedList, localizedColumns } from '../../../core/src/csv/csv.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import {
  countrySummarySchema,
  documentListQuerySchema,
  documentSummarySchema,
  eventListQuerySchema,
  eventSummarySchema,
  initiativeListQuerySchema,
  initiativeSummarySchema,
  meetingSummarySchema,
  reportListQuerySchema,
  reportSchema,
  statementListQuerySchema,
  statementSummarySchema,
} from '../contracts.ts';
import { listCountries } from '../read/country-reads.ts';
import { listDocuments, listEvents, listInitiatives } from '../read/entity-reads.ts';
import { statementConditions } from '../read/list-statements.ts';
import { listMeetings } from '../read/meeting-reads.ts';
import { presentStatements, statementColumns } from '../read/present-statements.ts';
import { listReports } from '../reports/report-reads.ts';
import { meetings, statements } from '../tables.ts';
import { type ExportSourceText, sourceColumn } from './export-envelope.ts';

/** What one public list exports: its filters, its items (JSON) and its columns (CSV), read page by page. */
export interface ListExport<Query extends z.ZodType, Item extends z.ZodType> {
  /** The URL segment and file name: `/exports/<name>.csv`. */
  name: string;
  summary: string;
  querySchema: Query;
  itemSchema: Item;
  columns: CsvColumn<z.infer<Item>>[];
  /** Every matching item in the list's own order, in pages, so that no export has a row limit. */
  pages(options: { db: Db; query: z.infer<Query> }): AsyncGenerator<z.infer<Item>[]>;
}

type StatementItem = z.infer<typeof statementSummarySchema>;
type MeetingItem = z.infer<typeof meetingSummarySchema>;
type DocumentItem = z.infer<typeof documentSummarySchema>;
type EventItem = z.infer<typeof eventSummarySchema>;
type InitiativeItem = z.infer<typeof initiativeSummarySchema>;
type ReportItem = z.infer<typeof reportSchema>;

const defineListExport = <Query extends z.ZodType, Item extends z.ZodType>(list: ListExport<Query, Item>) => list;

/** Statements are the one large list: read in pages on a unique order (meeting, paragraph). */
const statementPageSize = 500;

/**
 * The other lists hold the entities the texts name (hundreds, not millions): they are read in one query, which
 * keeps each list's own order without the ties a page boundary could split.
 */
const everyRow = Number.MAX_SAFE_INTEGER;

const noFilters = z.object({});

const statementExport = defineListExport({
  name: 'statements',
  summary: 'Statements, with the same filters as the statement list',
  querySchema: statementListQuerySchema.omit({ limit: true, offset: true, facets: true }),
  itemSchema: statementSummarySchema,
  columns: [
    { header: 'id', value: (s) => s.id },
    { header: 'meeting_id', value: (s) => s.meetingId },
    { header: 'meeting_date', value: (s) => s.meetingDate },
    { header: 'paragraph', value: (s) => s.ordinal },
    ...localizedColumns<StatementItem>('text', (s) => s.text),
    { header: 'stance', value: (s) => s.stance },
    { header: 'other_stances', value: (s) => joinedList(s.otherStances) },
    { header: 'actor_kind', value: (s) => s.actorKind },
    { header: 'countries', value: (s) => joinedList(s.countries) },
    { header: 'topics', value: (s) => joinedList(s.topics) },
    { header: 'document_ids', value: (s) => joinedList(s.documents.map((d) => d.id)) },
    { header: 'event_ids', value: (s) => joinedList(s.events.map((e) => e.id)) },
    { header: 'initiative_ids', value: (s) => joinedList(s.initiatives.map((i) => i.id)) },
    { header: 'span_start', value: (s) => s.span.start },
    { header: 'span_end', value: (s) => s.span.end },
    sourceColumn(),
  ],
  async *pages({ db, query }) {
    const { where } = statementConditions(query);
    for (let offset = 0; ; offset += statementPageSize) {
      const rows = await db
        .select(statementColumns(statements))
        .from(statements)
        .where(where)
        .orderBy(desc(statements.meetingDate), asc(statements.meetingId), asc(statements.ordinal))
        .limit(statementPageSize)
        .offset(offset);
      if (rows.length > 0) yield await presentStatements({ db, rows });
      if (rows.length < statementPageSize) return;
    }
  },
});

const meetingExport = defineListExport({
  name: 'meetings',
  summary: 'Meetings whose texts are on the platform',
  querySchema: noFilters,
  itemSchema: meetingSummarySchema,
  columns: [
    { header: 'id', value: (m) => m.id },
    { header: 'body', value: (m) => m.body },
    ...localizedColumns<MeetingItem>('body_name', (m) => m.bodyName),
    { header: 'number', value: (m) => m.number },
    ...localizedColumns<MeetingItem>('title', (m) => m.title),
    { header: 'start_date', value: (m) => m.startDate },
    { header: 'end_date', value: (m) => m.endDate },
    ...localizedColumns<MeetingItem>('place', (m) => m.place),
    { header: 'format', value: (m) => m.format },
    { header: 'statement_count', value: (m) => m.statementCount },
    sourceColumn(),
  ],
  async *pages({ db }) {
    yield (await listMeetings({ db, limit: everyRow, offset: 0 })).items;
  },
});

const documentExport = defineListExport({
  name: 'documents',
  summary: 'Documents named in the texts, with the same filters as the document list',
  querySchema: documentListQuerySchema.omit({ limit: true, offset: true }),
  itemSchema: documentSummarySchema,
  columns: [
    { header: 'id', value: (d) => d.id },
    ...localizedColumns<DocumentItem>('title', (d) => d.title),
    { header: 'adopted_on', value: (d) => d.adopted?.date },
    { header: 'adopted_precision', value: (d) => d.adopted?.precision },
    ...localizedColumns<DocumentItem>('place', (d) => d.place),
    { header: 'mention_count', value: (d) => d.mentionCount },
    sourceColumn(),
  ],
  async *pages({ db, query }) {
    yield (await listDocuments({ db, query: { ...query, limit: everyRow, offset: 0 } })).items;
  },
});

const eventExport = defineListExport({
  name: 'events',
  summary: 'Events named in the texts, held and planned, with the same filters as the event list',
  querySchema: eventListQuerySchema.omit({ limit: true, offset: true }),
  itemSchema: eventSummarySchema,
  columns: [
    { header: 'id', value: (e) => e.id },
    ...localizedColumns<EventItem>('name', (e) => e.name),
    { header: 'start_date', value: (e) => e.start?.date },
    { header: 'end_date', value: (e) => e.end?.date },
    { header: 'date_precision', value: (e) => e.start?.precision ?? e.end?.precision },
    ...localizedColumns<EventItem>('place', (e) => e.place),
    { header: 'host_country_code', value: (e) => e.hostCountryCode },
    { header: 'format', value: (e) => e.format },
    { header: 'status', value: (e) => e.status },
    { header: 'mention_count', value: (e) => e.mentionCount },
    sourceColumn(),
  ],
  async *pages({ db, query }) {
    yield (await listEvents({ db, query: { ...query, limit: everyRow, offset: 0 } })).items;
  },
});

const initiativeExport = defineListExport({
  name: 'initiatives',
  summary: 'Initiatives and their lifecycle stage, with the same filters as the initiative list',
  querySchema: initiativeListQuerySchema.omit({ limit: true, offset: true }),
  itemSchema: initiativeSummarySchema,
  columns: [
    { header: 'id', value: (i) => i.id },
    ...localizedColumns<InitiativeItem>('title', (i) => i.title),
    { header: 'stage', value: (i) => i.stage },
    { header: 'stage_changed_on', value: (i) => i.stageChangedOn },
    { header: 'topics', value: (i) => joinedList(i.topics) },
    { header: 'mention_count', value: (i) => i.mentionCount },
    { header: 'accepted_report_count', value: (i) => i.acceptedReportCount },
    sourceColumn(),
  ],
  async *pages({ db, query }) {
    yield (await listInitiatives({ db, query: { ...query, limit: everyRow, offset: 0 } })).items;
  },
});

const countryExport = defineListExport({
  name: 'countries',
  summary: 'SCO member states, observers and partners with their agenda figures',
  querySchema: noFilters,
  itemSchema: countrySummarySchema,
  columns: [
    { header: 'code', value: (c) => c.code },
    { header: 'status', value: (c) => c.status },
    { header: 'name_zh', value: (c) => c.name.zh },
    { header: 'name_ru', value: (c) => c.name.ru },
    { header: 'name_en', value: (c) => c.name.en },
    { header: 'statement_count', value: (c) => c.statementCount },
    { header: 'hosted_event_count', value: (c) => c.hostedEventCount },
    { header: 'accepted_report_count', value: (c) => c.acceptedReportCount },
    sourceColumn(),
  ],
  async *pages({ db }) {
    yield (await listCountries({ db })).items;
  },
});

const reportExport = defineListExport({
  name: 'reports',
  summary: 'Accepted implementation reports (the public ones), by initiative or country',
  querySchema: reportListQuerySchema.omit({ limit: true, offset: true, reviewState: true }),
  itemSchema: reportSchema,
  columns: [
    { header: 'id', value: (r) => r.id },
    { header: 'initiative_id', value: (r) => r.initiative.id },
    ...localizedColumns<ReportItem>('initiative_title', (r) => r.initiative.title),
    { header: 'country_code', value: (r) => r.countryCode },
    { header: 'period_start', value: (r) => r.periodStart },
    { header: 'period_end', value: (r) => r.periodEnd },
    { header: 'status', value: (r) => r.status },
    { header: 'progress_percent', value: (r) => r.progressPercent },
    ...localizedColumns<ReportItem>('narrative', (r) => r.narrative),
    {
      header: 'evidence_links',
      value: (r) => joinedList(r.evidenceLinks.map((link) => `${link.label} <${link.url}>`)),
    },
    { header: 'submitted_at', value: (r) => r.submittedAt },
    { header: 'reviewed_at', value: (r) => r.reviewedAt },
    sourceColumn(),
  ],
  async *pages({ db, query }) {
    // Exports are public whoever asks: without an actor only accepted reports are visible.
    yield (await listReports({ db, actor: null, query: { ...query, limit: everyRow, offset: 0 } })).items;
  },
});

/** Every public list, in the order the API documents them. */
export const listExports = [
  statementExport,
  meetingExport,
  documentExport,
  eventExport,
  initiativeExport,
  countryExport,
  reportExport,
] as const;

/** The texts on the platform, named in every JSON export. */
export async function readExportSources(db: Db): Promise<ExportSourceText[]> {
  const rows = await db
    .select({
      meetingId: meetings.id,
      title: meetings.title,
      sourceLanguage: meetings.sourceLanguage,
      sourceProvenance: meetings.sourceProvenance,
      sourceNote: meetings.sourceNote,
    })
    .from(meetings)
    .orderBy(desc(meetings.startDate), asc(meetings.id));
  return rows.map((row) => ({
    meetingId: row.meetingId,
    title: presentLocalizedText(row.title),
    sourceLanguage: row.sourceLanguage,
    sourceProvenance: row.sourceProvenance === 'official' ? 'official' : 'unofficial_translation',
    sourceNote: row.sourceNote,
  }));
}
