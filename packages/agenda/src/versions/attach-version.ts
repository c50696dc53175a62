import { and, eq, inArray } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { Language, LocalizedText } from '../../../core/src/localized-text.ts';
import { aliasKey } from '../entities/alias-key.ts';
import { loadDictionary } from '../entities/entity-dictionary.ts';
import { resolveEntity } from '../entities/resolve-entity.ts';
import type { ParsedText } from '../ingest/types.ts';
import { searchVectors, type TextOrigin } from '../persistence/store-text.ts';
import {
  entityAliases,
  meetings,
  statementDocuments,
  statementInitiatives,
  statements,
  textVersions,
} from '../tables.ts';
import { localizeChinese } from '../translations/localize-chinese.ts';
import { localizeSourceText, mergeLocalizedText } from '../translations/localize-text.ts';
import { alignParagraphs } from './align-paragraphs.ts';

export interface VersionOutcome {
  meetingId: string;
  outcome: 'created' | 'updated' | 'unchanged';
  language: Language;
  paired: number;
}

/** The primary statements of a meeting, to align a language version against. */
export async function primaryParagraphs(tx: Db, meetingId: string) {
  const [meeting] = await tx
    .select({ sourceLanguage: meetings.sourceLanguage })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting) throw new DomainError('not_found', `No meeting with id "${meetingId}".`);
  const language = meeting.sourceLanguage as Language;
  const rows = await tx
    .select({
      id: statements.id,
      ordinal: statements.ordinal,
      text: statements.text,
      versionSpans: statements.versionSpans,
    })
    .from(statements)
    .where(eq(statements.meetingId, meetingId))
    .orderBy(statements.ordinal);
  return {
    language,
    rows,
    paragraphs: rows.map((row) => ({ ordinal: row.ordinal, text: row.text[language]?.text ?? '' })),
  };
}

/**
 * Adds a language version of a stored text: its paragraphs are aligned with the primary statements, each paired
 * statement gains the text in that language (official or not, as the person ingesting said) with its span, and the
 * alignment report is kept. Paired paragraphs that name one document or initiative each teach the dictionary that
 * the two names are the same record. Runs inside the caller's transaction, with its audit entry.
 */
export async function attachTextVersion(
  tx: Db,
  options: { meetingId: string; parsed: ParsedText; origin: TextOrigin; actor: Actor },
): Promise<VersionOutcome> {
  const { meetingId, parsed, origin, actor } = options;
  const language = parsed.language;
  const primary = await primaryParagraphs(tx, meetingId);
  if (primary.language === language) {
    throw new DomainError('validation_failed', `The ${language} text is the meeting's primary text, not a version.`);
  }
  const [existing] = await tx
    .select({ contentHash: textVersions.contentHash })
    .from(textVersions)
    .where(and(eq(textVersions.meetingId, meetingId), eq(textVersions.language, language)));
  if (existing?.contentHash === parsed.contentHash) {
    return { meetingId, outcome: 'unchanged', language, paired: 0 };
  }

  const { pairs, report } = alignParagraphs({
    primary: primary.paragraphs,
    version: parsed.statements.map((statement) => ({ ordinal: statement.ordinal, text: statement.text })),
  });
  const versionByOrdinal = new Map(parsed.statements.map((statement) => [statement.ordinal, statement]));
  const pairedPrimary = new Map(pairs.map((pair) => [pair.primaryOrdinal, pair.versionOrdinal]));

  for (const row of primary.rows) {
    const versionOrdinal = pairedPrimary.get(row.ordinal);
    const versionStatement = versionOrdinal ? versionByOrdinal.get(versionOrdinal) : undefined;
    const hadVersion = row.versionSpans[language] !== undefined;
    if (!versionStatement && !hadVersion) continue;
    const text: LocalizedText = { ...row.text };
    const versionSpans = { ...row.versionSpans };
    if (versionStatement) {
      text[language] = { text: versionStatement.text, provenance: origin.provenance };
      versionSpans[language] = versionStatement.span;
    } else {
      // The previous version of this language paired this paragraph; the new one does not.
      const fallback = primary.language === 'zh' ? localizeChinese(row.text.zh?.text ?? '')[language] : undefined;
      if (fallback) text[language] = fallback;
      else delete text[language];
      delete versionSpans[language];
    }
    await tx
      .update(statements)
      .set({ text, versionSpans, ...searchVectors(text) })
      .where(eq(statements.id, row.id));
  }

  await teachDictionaryFromPairs(tx, { meetingId, parsed, pairs, actor });

  const [meeting] = await tx
    .select({ title: meetings.title, bodyName: meetings.bodyName })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  const own = (text: string) => localizeSourceText({ text, language, provenance: origin.provenance });
  await tx
    .update(meetings)
    .set({
      title: mergeLocalizedText(meeting!.title, { [language]: own(parsed.meeting.title)[language] }) ?? meeting!.title,
      bodyName:
        mergeLocalizedText(meeting!.bodyName, { [language]: own(parsed.meeting.bodyName)[language] }) ??
        meeting!.bodyName,
    })
    .where(eq(meetings.id, meetingId));

  const row = {
    meetingId,
    language,
    provenance: origin.provenance,
    sourceNote: origin.sourceNote,
    text: parsed.text,
    contentHash: parsed.contentHash,
    alignment: report,
    ingestedAt: new Date(),
  };
  if (existing) {
    await tx
      .update(textVersions)
      .set(row)
      .where(and(eq(textVersions.meetingId, meetingId), eq(textVersions.language, language)));
  } else {
    await tx.insert(textVersions).values(row);
  }
  await appendAuditEntry(tx, {
    actor,
    action: existing ? 'text.version_replace' : 'text.version',
    entityType: 'meeting',
    entityId: meetingId,
    before: existing ? { contentHash: existing.contentHash } : null,
    after: { contentHash: parsed.contentHash, language, provenance: origin.provenance, alignment: report },
  });
  return { meetingId, outcome: existing ? 'updated' : 'created', language, paired: report.paired };
}

/**
 * Where a paired paragraph names exactly one document (or initiative) in each language and the version's name is
 * not yet known, the two names are the same record: the version's name becomes an alias of the primary's record.
 */
async function teachDictionaryFromPairs(
  tx: Db,
  options: {
    meetingId: string;
    parsed: ParsedText;
    pairs: { primaryOrdinal: number; versionOrdinal: number }[];
    actor: Actor;
  },
) {
  const { meetingId, parsed, pairs, actor } = options;
  const statementIds = pairs.map((pair) => `${meetingId}-s${pair.primaryOrdinal}`);
  if (statementIds.length === 0) return;
  const documentLinks = await tx
    .select({ statementId: statementDocuments.statementId, id: statementDocuments.documentId })
    .from(statementDocuments)
    .where(inArray(statementDocuments.statementId, statementIds));
  const initiativeLinks = await tx
    .select({ statementId: statementInitiatives.statementId, id: statementInitiatives.initiativeId })
    .from(statementInitiatives)
    .where(inArray(statementInitiatives.statementId, statementIds));
  const dictionary = await loadDictionary(tx);
  const versionByOrdinal = new Map(parsed.statements.map((statement) => [statement.ordinal, statement]));
  const aliases: (typeof entityAliases.$inferInsert)[] = [];
  for (const pair of pairs) {
    const statementId = `${meetingId}-s${pair.primaryOrdinal}`;
    const version = versionByOrdinal.get(pair.versionOrdinal)!;
    for (const [kind, links, names] of [
      ['document', documentLinks, version.documents.map((document) => document.title)],
      ['initiative', initiativeLinks, version.initiatives.map((initiative) => initiative.title)],
    ] as const) {
      const primaryIds = links.filter((link) => link.statementId === statementId).map((link) => link.id);
      const distinctNames = [...new Set(names)];
      if (primaryIds.length !== 1 || distinctNames.length !== 1) continue;
      const name = distinctNames[0]!;
      const resolution = resolveEntity({ kind, name, language: parsed.language, dictionary: dictionary[kind] });
      if (resolution.via !== 'new') continue;
      aliases.push({
        kind,
        aliasKey: aliasKey(name),
        alias: name,
        language: parsed.language,
        entityId: primaryIds[0]!,
        origin: 'version',
        createdBy: actor.userId,
      });
    }
  }
  if (aliases.length > 0) await tx.insert(entityAliases).values(aliases).onConflictDoNothing();
}
