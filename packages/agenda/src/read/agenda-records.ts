import { inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import type { LocalizedText } from '../../../core/src/localized-text.ts';
import { documents, initiatives } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';

export interface AgendaInitiativeRecord {
  id: string;
  title: LocalizedText;
  stage: InitiativeStage;
}

export interface AgendaDocumentRecord {
  id: string;
  title: LocalizedText;
}

/**
 * The agenda initiatives and documents among the given ids that exist, for other modules that cite them. Ids that
 * do not exist are simply absent from the result; callers compare to find them.
 */
export async function findAgendaRecords(options: {
  db: Db;
  initiativeIds: readonly string[];
  documentIds: readonly string[];
}): Promise<{ initiatives: AgendaInitiativeRecord[]; documents: AgendaDocumentRecord[] }> {
  const { db } = options;
  const initiativeIds = [...new Set(options.initiativeIds)];
  const documentIds = [...new Set(options.documentIds)];
  const [initiativeRows, documentRows] = await Promise.all([
    initiativeIds.length === 0
      ? []
      : db
          .select({ id: initiatives.id, title: initiatives.title, stage: initiatives.stage })
          .from(initiatives)
          .where(inArray(initiatives.id, initiativeIds)),
    documentIds.length === 0
      ? []
      : db
          .select({ id: documents.id, title: documents.title })
          .from(documents)
          .where(inArray(documents.id, documentIds)),
  ]);
  return {
    initiatives: initiativeRows.map((row) => ({ ...row, stage: row.stage as InitiativeStage })),
    documents: documentRows,
  };
}
