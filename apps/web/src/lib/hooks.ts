import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../api/types.ts';
import { isLanguage } from '../i18n.ts';

/** The UI language as a typed code. */
export function useLang(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/** Sets document.title to "<page> · <app name>", translated, and keeps it in step with the language. */
export function useDocumentTitle(title: string | null | undefined) {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    // `undefined`: this component does not own the title (a wrapper letting its page set it).
    if (title === undefined) return;
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
