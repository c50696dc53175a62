import { type Language, type LocalizedEntry, type LocalizedText, languages } from '../../../core/src/localized-text.ts';
import { localizeChinese } from './localize-chinese.ts';

/** Whether a text the platform ingests is the official wording or not (a translation or a restatement). */
export type TextProvenance = LocalizedEntry['provenance'];

/**
 * A text as ingested in its language, with the platform's unofficial translations when the source is Chinese (the
 * translation memories are keyed by the Chinese text). A source that is not the official wording keeps the
 * `unofficial_translation` provenance in its own language too.
 */
export function localizeSourceText(options: {
  text: string;
  language: Language;
  provenance: TextProvenance;
}): LocalizedText {
  const { text, language, provenance } = options;
  const result: LocalizedText = language === 'zh' ? localizeChinese(text) : {};
  result[language] = { text, provenance };
  return result;
}

export const localizeSourceTextOrNull = (options: {
  text: string | null | undefined;
  language: Language;
  provenance: TextProvenance;
}): LocalizedText | null =>
  options.text
    ? localizeSourceText({ text: options.text, language: options.language, provenance: options.provenance })
    : null;

/** Adds names known in other languages (always unofficial) where the text has none. */
export function withKnownNames(value: LocalizedText, names: Partial<Record<Language, string>>): LocalizedText {
  const result = { ...value };
  for (const language of languages) {
    const name = names[language];
    if (name && !result[language]) result[language] = { text: name, provenance: 'unofficial_translation' };
  }
  return result;
}

/**
 * Combines what a record already says with what a newly ingested text says: an official text replaces an
 * unofficial one, an official text already there is kept, and missing languages are filled.
 */
export function mergeLocalizedText(
  existing: LocalizedText | null,
  incoming: LocalizedText | null,
): LocalizedText | null {
  if (!existing) return incoming;
  if (!incoming) return existing;
  const result: LocalizedText = { ...existing };
  for (const language of languages) {
    const before = existing[language];
    const after = incoming[language];
    if (!after) continue;
    if (!before || (before.provenance !== 'official' && after.provenance === 'official')) result[language] = after;
  }
  return result;
}
