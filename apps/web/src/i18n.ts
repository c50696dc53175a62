import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './api/types.ts';
import { isLanguage, localeTags, uiLanguages } from './lib/locale.ts';
import en from './locales/en.json';
import ru from './locales/ru.json';
import zh from './locales/zh.json';

export { isLanguage, localeTags, uiLanguages };
export const storageKey = 'sco.language';

function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage may be unavailable (private mode); fall back to the browser's preference
  }
  for (const tag of window.navigator.languages ?? [window.navigator.language]) {
    const base = tag.toLowerCase().slice(0, 2);
    if (isLanguage(base)) return base;
  }
  return 'en';
}

function applyToDocument(language: string) {
  if (!isLanguage(language)) return;
  document.documentElement.lang = localeTags[language];
  try {
    window.localStorage.setItem(storageKey, language);
  } catch {
    // not fatal
  }
}

void i18next.use(initReactI18next).init({
  resources: { zh: { translation: zh }, ru: { translation: ru }, en: { translation: en } },
  lng: initialLanguage(),
  supportedLngs: [...uiLanguages],
  // No silent English: a missing key shows the key itself, which the locale parity test prevents.
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

applyToDocument(i18next.language);
i18next.on('languageChanged', applyToDocument);

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'en';
}

export default i18next;
