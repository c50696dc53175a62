import type { Language } from '../../../core/src/localized-text.ts';
import { aliasKey } from '../entities/alias-key.ts';
import englishMemory from './communique-24.en.json' with { type: 'json' };
import russianMemory from './communique-24.ru.json' with { type: 'json' };

/**
 * Unofficial translations made for this platform, keyed by the exact Chinese source text (a whole paragraph, a
 * document title, an event or initiative name, a place, a person, a title). They are always presented with
 * provenance `unofficial_translation`.
 */
export interface TranslationMemoryFile {
  language: 'en' | 'ru';
  source: string;
  note: string;
  entries: { zh: string; text: string }[];
}

const normalizeKey = (zh: string) => zh.trim().replace(/\s+/g, '');

const toMap = (file: TranslationMemoryFile) =>
  new Map(file.entries.map((entry) => [normalizeKey(entry.zh), entry.text]));

const memories: Record<'en' | 'ru', Map<string, string>> = {
  en: toMap(englishMemory as TranslationMemoryFile),
  ru: toMap(russianMemory as TranslationMemoryFile),
};

/** The unofficial translation of a Chinese text, or undefined when none is known. */
export function lookupTranslation(options: { zh: string; language: Exclude<Language, 'zh'> }): string | undefined {
  return memories[options.language].get(normalizeKey(options.zh));
}

const reverseMemories = (['en', 'ru'] as const).map((language) => {
  const file = (language === 'en' ? englishMemory : russianMemory) as TranslationMemoryFile;
  return [language, new Map(file.entries.map((entry) => [aliasKey(entry.text), entry.zh]))] as const;
});

/**
 * The Chinese text whose platform translation is this English or Russian name (compared by alias key), or
 * undefined. Lets an English or Russian text find the records the Chinese seed created.
 */
export function lookupChineseSource(options: { text: string; language: Exclude<Language, 'zh'> }): string | undefined {
  const memory = reverseMemories.find(([language]) => language === options.language)?.[1];
  return memory?.get(aliasKey(options.text));
}
