import { eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { findCountry } from '../../../core/src/countries.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { Language, LocalizedText } from '../../../core/src/localized-text.ts';
import type { InitiativeOwnershipInput } from '../contracts.ts';
import { initiatives } from '../tables.ts';

/**
 * The Secretariat records who leads an initiative (a state, a body, or both) and when it is due. Fields left out
 * stay as they are; null clears one. The body's name is stored as written, in the language it was written in.
 */
export async function setInitiativeOwnership(options: {
  db: Db;
  actor: Actor;
  initiativeId: string;
  input: InitiativeOwnershipInput;
}): Promise<void> {
  const { db, actor, initiativeId, input } = options;
  if (input.leadCountryCode && !findCountry(input.leadCountryCode)) {
    throw new DomainError('validation_failed', `leadCountryCode: "${input.leadCountryCode}" is not a known country.`, {
      field: 'leadCountryCode',
    });
  }
  const changes: Partial<Pick<typeof initiatives.$inferInsert, 'leadCountryCode' | 'leadBody' | 'dueOn'>> = {};
  if (input.leadCountryCode !== undefined) changes.leadCountryCode = input.leadCountryCode;
  if (input.leadBody !== undefined) {
    changes.leadBody = input.leadBody
      ? ({
          [input.leadBody.language as Language]: { text: input.leadBody.text, provenance: 'official' },
        } satisfies LocalizedText)
      : null;
  }
  if (input.dueOn !== undefined) changes.dueOn = input.dueOn;
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({
        leadCountryCode: initiatives.leadCountryCode,
        leadBody: initiatives.leadBody,
        dueOn: initiatives.dueOn,
      })
      .from(initiatives)
      .where(eq(initiatives.id, initiativeId))
      .for('update');
    if (!current) throw new DomainError('not_found', `No initiative with id "${initiativeId}".`);
    await tx.update(initiatives).set(changes).where(eq(initiatives.id, initiativeId));
    await appendAuditEntry(tx, {
      actor,
      action: 'initiative.set_ownership',
      entityType: 'initiative',
      entityId: initiativeId,
      before: current,
      after: { ...current, ...changes },
    });
  });
}
