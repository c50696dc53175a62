import { DomainError } from '../../../core/src/errors.ts';
import { detectLanguage } from './detect-language.ts';
import { parseEnglishText } from './en/parse-english-text.ts';
import { parseRussianText } from './ru/parse-russian-text.ts';
import type { ParsedText } from './types.ts';
import { parseChineseText } from './zh/parse-chinese-text.ts';

const parsers = { zh: parseChineseText, ru: parseRussianText, en: parseEnglishText } as const;

/**
 * Parses an SCO text in any working language: detects the language from its script, then reads the meeting
 * header and statements with that language's rules. Throws `DomainError('ingest_rejected')` with a message that
 * names the problem when the text is empty, in no working language, or not an SCO communiqué, declaration or
 * statement.
 */
export function parseText(options: { text: string }): ParsedText {
  if (options.text.trim() === '') throw new DomainError('ingest_rejected', 'The text is empty.');
  const language = detectLanguage(options.text);
  if (!language) {
    throw new DomainError('ingest_rejected', 'The text is not in Chinese, Russian or English (too few letters).');
  }
  return parsers[language]({ text: options.text });
}
