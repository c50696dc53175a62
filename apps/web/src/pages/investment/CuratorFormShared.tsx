import { Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PresentedLocalizedText } from '../../../../../packages/core/src/localized-text.ts';
import { isApiError, type ProblemFieldError } from '../../api/client.ts';
import { uiLanguages } from '../../i18n.ts';
import { plainText } from '../../lib/localized.ts';
import type { ReferenceData } from './projectsApi.ts';

type Lang = (typeof uiLanguages)[number];

/** A text in the three languages as the form edits it, with the language (if any) whose wording is official. */
export interface LocalizedDraft {
  zh: string;
  ru: string;
  en: string;
  official: Lang | '';
}

export function localizedDraftOf(value: PresentedLocalizedText | null | undefined): LocalizedDraft {
  const official = uiLanguages.find((language) => value?.[language].provenance === 'official') ?? '';
  return { zh: value?.zh.text ?? '', ru: value?.ru.text ?? '', en: value?.en.text ?? '', official };
}

/** The API's input form: languages left empty are omitted; every text but the official one is a translation. */
export function localizedBodyOf(draft: LocalizedDraft): Partial<Record<Lang, string>> & { official?: Lang } {
  const body: Partial<Record<Lang, string>> & { official?: Lang } = {};
  for (const language of uiLanguages) {
    const text = draft[language].trim();
    if (text) body[language] = text;
  }
  if (draft.official) body.official = draft.official;
  return body;
}

export const isLocalizedDraftEmpty = (draft: LocalizedDraft) =>
  uiLanguages.every((language) => draft[language].trim() === '');

/**
 * The API's field errors by path without the `body.` prefix; `error('eligibility.sectors')` also finds the message of
 * one item (`eligibility.sectors.2`), so a list shows what is wrong with any of its entries.
 */
export function useFieldErrors() {
  const [fieldErrors, setFieldErrors] = useState<ProblemFieldError[]>([]);
  const error = (key: string) =>
    fieldErrors.find((fieldError) => fieldError.path === key || fieldError.path.startsWith(`${key}.`))?.message;
  const capture = (failure: unknown) =>
    setFieldErrors(
      isApiError(failure)
        ? failure.fieldErrors.map((fieldError) => ({ ...fieldError, path: fieldError.path.replace(/^body\.?/, '') }))
        : [],
    );
  return { error, capture, clear: () => setFieldErrors([]) };
}

/** Three inputs (zh, ru, en) and the choice of which one, if any, is the state's own official wording. */
export function LocalizedFields({
  label,
  value,
  onChange,
  error,
  multiline = false,
  maxLength,
  required = false,
}: {
  label: string;
  value: LocalizedDraft;
  onChange: (value: LocalizedDraft) => void;
  error?: string;
  multiline?: boolean;
  maxLength: number;
  required?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={600} size="sm">
        {label}
        {required ? (
          <Text span c="red" aria-hidden>
            {' *'}
          </Text>
        ) : null}
      </Text>
      {uiLanguages.map((language) => {
        const common = {
          label: t(`languageName.${language}`),
          lang: language,
          value: value[language],
          maxLength,
          onChange: (event: { currentTarget: { value: string } }) =>
            onChange({ ...value, [language]: event.currentTarget.value }),
        };
        return multiline ? (
          <Textarea key={language} {...common} autosize minRows={2} />
        ) : (
          <TextInput key={language} {...common} />
        );
      })}
      <Radio.Group
        label={t('invIncentives.form.officialLanguage')}
        description={t('invIncentives.form.officialHint')}
        value={value.official || 'none'}
        onChange={(next) => onChange({ ...value, official: next === 'none' ? '' : (next as Lang) })}
        error={error}
      >
        <Group gap="sm" mt={4} wrap="wrap">
          <Radio value="none" label={t('invIncentives.form.allUnofficial')} />
          {uiLanguages.map((language) => (
            <Radio key={language} value={language} label={t(`languageName.${language}`)} />
          ))}
        </Group>
      </Radio.Group>
    </Stack>
  );
}

/** ISIC Rev.4 options grouped by section; with `sections`, each group starts with its whole section. */
export function isicOptions(reference: ReferenceData | undefined, lang: Lang, options: { sections: boolean }) {
  return (reference?.isic.sections ?? []).map((section) => {
    const sectionLabel = `${section.code} · ${plainText(section.name, lang)}`;
    return {
      group: sectionLabel,
      items: [
        ...(options.sections ? [{ value: section.code, label: sectionLabel }] : []),
        ...section.divisions.map((division) => ({
          value: division.code,
          label: `${division.code} · ${plainText(division.name, lang)}`,
        })),
      ],
    };
  });
}

export interface SourceDraft {
  sourceUrl: string;
  sourceTitle: string;
  retrievedOn: string;
  demo: boolean;
}

export const sourceDraftOf = (
  record:
    | { sourceUrl: string | null; sourceTitle: string | null; retrievedOn: string | null; demo: boolean }
    | undefined,
): SourceDraft => ({
  sourceUrl: record?.sourceUrl ?? '',
  sourceTitle: record?.sourceTitle ?? '',
  retrievedOn: record?.retrievedOn ?? '',
  demo: record?.demo ?? false,
});

export const sourceBodyOf = (draft: SourceDraft) => ({
  sourceUrl: draft.sourceUrl.trim() || null,
  sourceTitle: draft.sourceTitle.trim() || null,
  retrievedOn: draft.retrievedOn || null,
  demo: draft.demo,
});

/** Where the record's facts come from; a record without a source must be marked demo. */
export function SourceFields({
  value,
  onChange,
  error,
}: {
  value: SourceDraft;
  onChange: (value: SourceDraft) => void;
  error: (key: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('invIncentives.form.sourceHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('invIncentives.form.sourceUrl')}
          type="url"
          value={value.sourceUrl}
          onChange={(event) => onChange({ ...value, sourceUrl: event.currentTarget.value })}
          error={error('sourceUrl')}
          required={!value.demo}
        />
        <TextInput
          label={t('invIncentives.form.sourceTitle')}
          value={value.sourceTitle}
          onChange={(event) => onChange({ ...value, sourceTitle: event.currentTarget.value })}
          error={error('sourceTitle')}
          maxLength={500}
          required={!value.demo}
        />
        <TextInput
          label={t('invIncentives.form.retrievedOn')}
          type="date"
          value={value.retrievedOn}
          onChange={(event) => onChange({ ...value, retrievedOn: event.currentTarget.value })}
          error={error('retrievedOn')}
          required={!value.demo}
        />
      </SimpleGrid>
      <Checkbox
        label={t('invIncentives.form.demo')}
        description={t('invIncentives.form.demoHint')}
        checked={value.demo}
        onChange={(event) => onChange({ ...value, demo: event.currentTarget.checked })}
        error={error('demo')}
      />
    </Stack>
  );
}

/** Save and Cancel under a Secretariat form; Cancel returns to the record, or to the list for a new one. */
export function CuratorFormActions({ saving, cancelTo }: { saving: boolean; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden />} loading={saving}>
        {t('common.save')}
      </Button>
      <Button variant="default" component={Link} to={cancelTo}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}
