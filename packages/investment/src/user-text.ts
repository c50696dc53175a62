import { z } from 'zod';
import { type Language, languages } from '../../core/src/localized-text.ts';
import type { UserText } from './tables.ts';

/** Text a listing's owner writes: one or more of zh, ru, en; at least one. */
export const userTextInputSchema = (what: string, maxLength: number) =>
  z
    .object({
      zh: z.string().trim().max(maxLength).optional(),
      ru: z.string().trim().max(maxLength).optional(),
      en: z.string().trim().max(maxLength).optional(),
    })
    .refine((value) => languages.some((language) => (value[language] ?? '').length > 0), {
      message: `${what} needs a text in at least one of zh, ru, en.`,
    })
    .transform((value) => {
      const result: UserText = {};
      for (const language of languages) if (value[language]) result[language] = value[language];
      return result;
    });

export const userTextSchema = z
  .object({
    zh: z.string().nullable(),
    ru: z.string().nullable(),
    en: z.string().nullable(),
    /** The language the owner wrote first: what a reader sees, labelled, when their language is missing. */
    original: z.enum(languages),
  })
  .meta({
    id: 'UserText',
    description: "Text written by a listing's owner in the languages they chose; missing languages are null.",
  });
export type PresentedUserText = z.infer<typeof userTextSchema>;

export function presentUserText(value: UserText): PresentedUserText {
  const original: Language = languages.find((language) => value[language]) ?? 'en';
  return { zh: value.zh ?? null, ru: value.ru ?? null, en: value.en ?? null, original };
}
