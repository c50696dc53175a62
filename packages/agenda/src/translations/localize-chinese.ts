import { type LocalizedText, localized } from '../../../core/src/localized-text.ts';
import { lookupTranslation } from './translation-memory.ts';

/** An official Chinese text with whatever unofficial English and Russian translations the platform has. */
export function localizeChinese(zh: string): LocalizedText {
  return localized(
    { language: 'zh', text: zh },
    { en: lookupTranslation({ zh, language: 'en' }), ru: lookupTranslation({ zh, language: 'ru' }) },
  );
}

export const localizeChineseOrNull = (zh: string | null | undefined): LocalizedText | null =>
  zh ? localizeChinese(zh) : null;
