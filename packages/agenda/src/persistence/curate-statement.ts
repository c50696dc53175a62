import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { type LocalizedText, languages } from '../../../core/src/localized-text.ts';
import type { statementPatchSchema } from '../contracts.ts';
import { statements } from '../tables.ts';
import { searchVectors } from './store-text.ts';

/**
 * The Secretariat corrects what ingestion extracted: the stance, the topics, or the unofficial translations (which
 * stay labelled unofficial; the official text is never edited here).
 */
export async function curateStatement(options: {
  db: Db;
  actor: Actor;
  id: string;
  patch: z.infer<typeof statementPatchSchema>;
}) {
  const { db, actor, id, patch } = options;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ stance: statements.stance, topics: statements.topics, text: statements.text })
      .from(statements)
      .where(eq(statements.id, id))
      .for('update');
    if (!current) throw new DomainError('not_found', `No statement with id "${id}".`);
    const text: LocalizedText = { ...current.text };
    for (const language of languages) {
      const translation = patch.translations?.[language];
      if (!translation) continue;
      if (text[language]?.provenance === 'official') {
        throw new DomainError(
          'validation_failed',
          `translations.${language}: the official ${language} text cannot be replaced.`,
        );
      }
      text[language] = { text: translation, provenance: 'unofficial_translation' };
    }
    const next = { stance: patch.stance ?? current.stance, topics: patch.topics ?? current.topics, text };
    await tx
      .update(statements)
      .set({
        ...next,
        ...searchVectors(text),
      })
      .where(eq(statements.id, id));
    await appendAuditEntry(tx, {
      actor,
      action: 'statement.curate',
      entityType: 'statement',
      entityId: id,
      before: current,
      after: next,
    });
  });
}
