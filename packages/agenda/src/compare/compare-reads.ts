import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import { documents, initiatives, meetings, statementDocuments, statementInitiatives, statements } from '../tables.ts';
import { topics as allTopics, type InitiativeStage, type Topic } from '../vocabulary.ts';
import type { Comparison } from './compare-contracts.ts';
import { compareTexts, type TextMention } from './compare-texts.ts';

async function mentionsOf(db: Db, meetingId: string, field: 'from' | 'to') {
  const [meeting] = await db
    .select({ id: meetings.id, title: meetings.title, startDate: meetings.startDate })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new DomainError('not_found', `${field}: no meeting with id "${meetingId}".`, { field });
  const statementRows = await db
    .select({ id: statements.id, topics: statements.topics })
    .from(statements)
    .where(eq(statements.meetingId, meetingId));
  const initiativeRows = await db
    .select({
      id: statementInitiatives.initiativeId,
      stage: statementInitiatives.stage,
      statementId: statements.id,
      topics: statements.topics,
    })
    .from(statementInitiatives)
    .innerJoin(statements, eq(statements.id, statementInitiatives.statementId))
    .where(eq(statements.meetingId, meetingId));
  const documentRows = await db
    .select({ id: statementDocuments.documentId, statementId: statements.id, topics: statements.topics })
    .from(statementDocuments)
    .innerJoin(statements, eq(statements.id, statementDocuments.statementId))
    .where(eq(statements.meetingId, meetingId));
  const mentions: TextMention[] = [
    ...initiativeRows.map((row) => ({
      kind: 'initiative' as const,
      id: row.id,
      stage: row.stage as InitiativeStage,
      statementId: row.statementId,
      topics: row.topics as Topic[],
    })),
    ...documentRows.map((row) => ({
      kind: 'document' as const,
      id: row.id,
      stage: null,
      statementId: row.statementId,
      topics: row.topics as Topic[],
    })),
  ];
  return { meeting, statementRows, mentions };
}

/** Two stored texts side by side, by topic: what is new, dropped, upgraded or downgraded in the later one. */
export async function readComparison(options: { db: Db; from: string; to: string }): Promise<Comparison> {
  const before = await mentionsOf(options.db, options.from, 'from');
  const after = await mentionsOf(options.db, options.to, 'to');
  const items = compareTexts({ from: before.mentions, to: after.mentions });

  const titles = new Map<string, ReturnType<typeof presentLocalizedText>>();
  for (const row of await options.db.select({ id: initiatives.id, title: initiatives.title }).from(initiatives))
    titles.set(`initiative|${row.id}`, presentLocalizedText(row.title));
  for (const row of await options.db.select({ id: documents.id, title: documents.title }).from(documents))
    titles.set(`document|${row.id}`, presentLocalizedText(row.title));

  const zero = () => ({ new: 0, dropped: 0, upgraded: 0, downgraded: 0, unchanged: 0 });
  const totals = zero();
  for (const item of items) totals[item.change] += 1;
  const countTopic = (rows: { topics: string[] }[], topic: Topic) =>
    rows.filter((row) => row.topics.includes(topic)).length;
  const byTopic = allTopics
    .map((topic) => {
      const topicItems = items.filter((item) => item.topics.includes(topic));
      const counts = zero();
      for (const item of topicItems) counts[item.change] += 1;
      return {
        topic,
        fromStatements: countTopic(before.statementRows, topic),
        toStatements: countTopic(after.statementRows, topic),
        counts,
        items: topicItems.map((item) => ({
          kind: item.kind,
          id: item.id,
          title: titles.get(`${item.kind}|${item.id}`) ?? presentLocalizedText(null),
          change: item.change,
          fromStage: item.fromStage,
          toStage: item.toStage,
          fromStatementIds: item.fromStatementIds,
          toStatementIds: item.toStatementIds,
        })),
      };
    })
    .filter((entry) => entry.items.length > 0 || entry.fromStatements > 0 || entry.toStatements > 0);

  const present = (side: typeof before) => ({
    id: side.meeting.id,
    title: presentLocalizedText(side.meeting.title),
    startDate: side.meeting.startDate,
    statementCount: side.statementRows.length,
  });
  return { from: present(before), to: present(after), topics: byTopic, totals };
}
