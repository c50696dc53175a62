import type pg from 'pg';
import type { GeneratedMeeting } from './generate-meetings.ts';

/**
 * Bulk inserts: each table gets one statement per batch whose rows arrive as a single JSON parameter
 * (jsonb_to_recordset), so a batch of thousands of rows is one round trip and no 65,535-parameter limit applies.
 * The search vectors are computed by PostgreSQL exactly as ingest-communique.ts does.
 */
const sqlMeetings = `
insert into agenda_meetings (id, body, body_name, number, title, start_date, end_date, place, format,
  chair, next_meeting, source_language, source_text, content_hash, header_span)
select id, body, body_name, number, title, start_date, end_date, place, format,
  null, null, source_language, source_text, content_hash, header_span
from jsonb_to_recordset($1::jsonb) as r(id text, body text, body_name jsonb, number int, title jsonb,
  start_date date, end_date date, place jsonb, format text, source_language text, source_text text,
  content_hash text, header_span jsonb)`;

const sqlStatements = `
insert into agenda_statements (id, meeting_id, ordinal, text, stance, other_stances, actor_kind, topics,
  countries, meeting_date, span, search_zh, search_ru, search_en)
select id, meeting_id, ordinal, text, stance, other_stances, actor_kind, topics, countries, meeting_date, span,
  to_tsvector('simple', zh_words),
  to_tsvector('russian', coalesce(text->'ru'->>'text', '')),
  to_tsvector('english', coalesce(text->'en'->>'text', ''))
from jsonb_to_recordset($1::jsonb) as r(id text, meeting_id text, ordinal int, text jsonb, stance text,
  other_stances jsonb, actor_kind text, topics text[], countries text[], meeting_date date, span jsonb,
  zh_words text)`;

const sqlLinks = (table: string, column: string) => `
insert into ${table} (statement_id, ${column}, spans)
select statement_id, target_id, spans from jsonb_to_recordset($1::jsonb) as r(statement_id text, target_id text, spans jsonb)`;

const sqlInitiativeLinks = `
insert into agenda_statement_initiatives (statement_id, initiative_id, stage, spans)
select statement_id, target_id, stage, spans
from jsonb_to_recordset($1::jsonb) as r(statement_id text, target_id text, stage text, spans jsonb)`;

/** Inserts a batch of generated meetings with everything they link to, in one transaction. */
export async function insertBatch(pool: pg.Pool, batch: readonly GeneratedMeeting[]): Promise<void> {
  const client = await pool.connect();
  const rows = (pick: (meeting: GeneratedMeeting) => object | object[]) => JSON.stringify(batch.flatMap(pick));
  try {
    await client.query('begin');
    await client.query(sqlMeetings, [rows((m) => m.meeting)]);
    await client.query(sqlStatements, [rows((m) => m.statements)]);
    await client.query(sqlLinks('agenda_statement_documents', 'document_id'), [rows((m) => m.documents)]);
    await client.query(sqlLinks('agenda_statement_events', 'event_id'), [rows((m) => m.events)]);
    await client.query(sqlInitiativeLinks, [rows((m) => m.initiatives)]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
