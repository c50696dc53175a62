import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { documentIdFor, eventIdFor, initiativeIdFor } from '../../packages/agenda/src/ids.ts';
import type { ParsedStatement } from '../../packages/agenda/src/ingest/types.ts';
import { parseChineseText } from '../../packages/agenda/src/ingest/zh/parse-chinese-text.ts';
import { lookupTranslation } from '../../packages/agenda/src/translations/translation-memory.ts';
import type { InitiativeStage } from '../../packages/agenda/src/vocabulary.ts';

export const seedFile = fileURLToPath(new URL('../../packages/agenda/seed/communique-24-zh.txt', import.meta.url));

/** One seed paragraph cut into clauses per language, with the facts the platform extracted from it. */
export interface SeedParagraph {
  /** The subject and verb ("各代表团团长强调，" / "The Heads of Delegation emphasised that"), kept first. */
  head: Clauses;
  /** The remaining clauses, which the generator shuffles. */
  body: Clauses;
  statement: ParsedStatement;
  documentIds: string[];
  eventIds: string[];
  initiatives: { id: string; stage: InitiativeStage }[];
}

export interface Clauses {
  zh: string[];
  ru: string[] | null;
  en: string[] | null;
}

/** Chinese clauses end with their own punctuation, so joining them again needs no separator. */
const splitChinese = (text: string) => text.split(/(?<=[，；。：])/u).filter((part) => part.trim() !== '');
/** Russian and English clauses: after , ; . followed by a space. */
const splitAlphabetic = (text: string) => text.split(/(?<=[,;.])\s+/u).filter((part) => part.trim() !== '');

function cutParagraph(statement: ParsedStatement): Pick<SeedParagraph, 'head' | 'body'> {
  const [zhHead = '', ...zhBody] = splitChinese(statement.text);
  const cut = (text: string | undefined) => {
    if (!text) return { head: null, body: null };
    const [head = '', ...body] = splitAlphabetic(text);
    return { head: [head], body };
  };
  const ru = cut(lookupTranslation({ zh: statement.text, language: 'ru' }));
  const en = cut(lookupTranslation({ zh: statement.text, language: 'en' }));
  return { head: { zh: [zhHead], ru: ru.head, en: en.head }, body: { zh: zhBody, ru: ru.body, en: en.body } };
}

/** Parses the seed communiqué exactly as the platform does and cuts every statement into reusable clauses. */
export async function loadSeedCorpus(): Promise<SeedParagraph[]> {
  const parsed = parseChineseText({ text: await readFile(seedFile, 'utf8') });
  return parsed.statements.map((statement) => ({
    ...cutParagraph(statement),
    statement,
    documentIds: [...new Set(statement.documents.map((reference) => documentIdFor(reference.title)))],
    eventIds: [
      ...new Set(statement.events.map((reference) => eventIdFor(reference.name, reference.start?.date ?? null))),
    ],
    initiatives: uniqueBy(
      statement.initiatives.map((reference) => ({ id: initiativeIdFor(reference.title), stage: reference.stage })),
      (initiative) => initiative.id,
    ),
  }));
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
