import { z } from 'zod';

/** The platform's three working languages, in the SCO's own order of listing. */
export const languages = ['zh', 'ru', 'en'] as const;
export type Language = (typeof languages)[number];
export const languageSchema = z.enum(languages);

/**
 * Where a text in one language comes from. `official`: the SCO's published text; `unofficial_translation`: a
 * translation made for this platform, which users must see labelled as such; `missing`: no text yet.
 */
export const provenances = ['official', 'unofficial_translation', 'missing'] as const;
export type Provenance = (typeof provenances)[number];

export interface LocalizedEntry {
  text: string;
  provenance: Exclude<Provenance, 'missing'>;
}

/** Stored form: only the languages that have a text. */
export type LocalizedText = Partial<Record<Language, LocalizedEntry>>;

export const localizedEntrySchema = z
  .object({
    text: z.string().nullable(),
    provenance: z.enum(provenances),
  })
  .meta({ id: 'LocalizedEntry' });

/** Presented form: every language is present, with provenance `missing` and text null where there is none. */
export const localizedTextSchema = z
  .object({ zh: localizedEntrySchema, ru: localizedEntrySchema, en: localizedEntrySchema })
  .meta({ id: 'LocalizedText', description: 'A text in Chinese, Russian and English, each with its provenance.' });
export type PresentedLocalizedText = z.infer<typeof localizedTextSchema>;

export function presentLocalizedText(value: LocalizedText | null | undefined): PresentedLocalizedText {
  const entry = (language: Language) => {
    const found = value?.[language];
    return found ? { text: found.text, provenance: found.provenance } : { text: null, provenance: 'missing' as const };
  };
  return { zh: entry('zh'), ru: entry('ru'), en: entry('en') };
}

/** Builds a stored text from an official text and optional unofficial translations. */
export function localized(
  official: { language: Language; text: string },
  translations: Partial<Record<Language, string | undefined>> = {},
): LocalizedText {
  const result: LocalizedText = { [official.language]: { text: official.text, provenance: 'official' } };
  for (const language of languages) {
    const text = translations[language];
    if (language !== official.language && text) result[language] = { text, provenance: 'unofficial_translation' };
  }
  return result;
}

/** The text in the wanted language, or null: callers decide what to show, never a silent English fallback. */
export function textIn(value: LocalizedText | null | undefined, language: Language): string | null {
  return value?.[language]?.text ?? null;
}
