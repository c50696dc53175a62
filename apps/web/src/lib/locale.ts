import type { Language } from '../api/types.ts';

export const uiLanguages: readonly Language[] = ['zh', 'ru', 'en'];

/** BCP 47 tags used for <html lang>, `lang` attributes and Intl formatting. */
export const localeTags: Record<Language, string> = { zh: 'zh-CN', ru: 'ru-RU', en: 'en-GB' };

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (uiLanguages as readonly string[]).includes(value);
