import { Badge, Text } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types.ts';
import { useLang } from '../../lib/hooks.ts';

/**
 * The number a Mantine NumberInput holds. While the typed text is not yet canonical ("77.0", "1.") the input reports
 * it as a string, so forms keep that text as typed and parse it only when saving; empty or unparsable text is null.
 */
export function numberFromInput(value: number | string): number | null {
  if (typeof value === 'number') return value;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Text a listing's owner wrote, as the API presents it: the languages given, null for the others. */
export interface UserTextValue {
  zh: string | null;
  ru: string | null;
  en: string | null;
  original: Language;
}

/** The reader's language if the owner wrote it, otherwise the original, with the language it is in. */
export function pickUserText(value: UserTextValue, lang: Language): { text: string; language: Language } {
  const own = value[lang];
  if (own) return { text: own, language: lang };
  return { text: value[value.original] ?? '', language: value.original };
}

/** Shows a user-written text; when the reader's language is missing, says which language it is written in. */
export function UserText({ value, inline = false }: { value: UserTextValue; inline?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const picked = pickUserText(value, lang);
  const note =
    picked.language !== lang ? (
      <Text component="span" size="xs" c="dimmed" ms={6} className="original-language-note">
        ({t('investment.originalLanguage', { language: t(`languageName.${picked.language}`) })})
      </Text>
    ) : null;
  if (inline) {
    return (
      <span lang={picked.language}>
        {picked.text}
        {note}
      </span>
    );
  }
  return (
    <Text style={{ whiteSpace: 'pre-line' }}>
      <span lang={picked.language}>{picked.text}</span>
      {note}
    </Text>
  );
}

/** Marks demo records everywhere they appear: demo data is never presented as real. */
export function DemoBadge({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  if (!demo) return null;
  return (
    <Badge
      component="span"
      size="sm"
      color="orange"
      variant="light"
      leftSection={<IconFlask size={12} aria-hidden />}
      title={t('investment.demo.explain')}
      className="badge-demo"
    >
      {t('investment.demo.badge')}
    </Badge>
  );
}
