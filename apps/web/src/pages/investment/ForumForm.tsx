import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { forumSettingsProblems } from '../../../../../packages/investment/src/forums/forum-settings-rules.ts';
import { isApiError } from '../../api/client.ts';
import type { Language } from '../../api/types.ts';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ErrorAlert } from '../../components/States.tsx';
import { type Forum, type ForumInput, useSaveForum } from './dealsApi.ts';

const languages: Language[] = ['zh', 'ru', 'en'];
type Texts = Record<Language, string>;

interface Draft {
  name: Texts;
  place: Texts;
  official: Language | null;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  dayStart: string;
  dayEnd: string;
  slotMinutes: number | string;
  tableCount: number | string;
  maxMeetingsPerParticipant: number | string;
  initiativeId: string;
  demo: boolean;
}

const textsOf = (value: Forum['name']): Texts => ({
  zh: value.zh.text ?? '',
  ru: value.ru.text ?? '',
  en: value.en.text ?? '',
});

const draftOf = (forum: Forum | null): Draft =>
  forum
    ? {
        name: textsOf(forum.name),
        place: textsOf(forum.place),
        official: languages.find((language) => forum.name[language].provenance === 'official') ?? null,
        startsOn: forum.startsOn,
        endsOn: forum.endsOn,
        timeZone: forum.timeZone,
        dayStart: forum.dayStart,
        dayEnd: forum.dayEnd,
        slotMinutes: forum.slotMinutes,
        tableCount: forum.tableCount,
        maxMeetingsPerParticipant: forum.maxMeetingsPerParticipant,
        initiativeId: forum.initiativeId ?? '',
        demo: forum.demo,
      }
    : {
        name: { zh: '', ru: '', en: '' },
        place: { zh: '', ru: '', en: '' },
        official: null,
        startsOn: '',
        endsOn: '',
        timeZone: '',
        dayStart: '09:00',
        dayEnd: '18:00',
        slotMinutes: 30,
        tableCount: 20,
        maxMeetingsPerParticipant: 12,
        initiativeId: '',
        demo: false,
      };

/** Text in the languages filled in; the official language only when it has a text, so the server can say why. */
const localizedInput = (texts: Texts, official: Language | null) => ({
  ...Object.fromEntries(
    languages.filter((language) => texts[language].trim()).map((language) => [language, texts[language]]),
  ),
  ...(official && texts[official].trim() ? { official } : {}),
});

const timeZones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

/**
 * The Secretariat's form for a forum: new, or the settings of an existing one. The server checks every field and
 * how they fit together, and keeps the schedule of a forum that already has booked meetings.
 */
export function ForumFormModal({
  forum,
  opened,
  onClose,
  onSaved,
}: {
  forum: Forum | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (forum: Forum) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(forum));
  const save = useSaveForum(forum?.id ?? null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const setText = (field: 'name' | 'place', language: Language, value: string) =>
    setDraft((current) => ({ ...current, [field]: { ...current[field], [language]: value } }));

  const scheduleComplete =
    /^\d{4}-\d{2}-\d{2}$/.test(draft.startsOn) &&
    /^\d{4}-\d{2}-\d{2}$/.test(draft.endsOn) &&
    /^\d{2}:\d{2}$/.test(draft.dayStart) &&
    /^\d{2}:\d{2}$/.test(draft.dayEnd) &&
    Number(draft.slotMinutes) > 0;
  // The server checks the same rules; checking them here names the problem in the reader's language.
  const problems = scheduleComplete
    ? forumSettingsProblems({
        startsOn: draft.startsOn,
        endsOn: draft.endsOn,
        timeZone: draft.timeZone,
        dayStart: draft.dayStart,
        dayEnd: draft.dayEnd,
        slotMinutes: Number(draft.slotMinutes),
        tableCount: Number(draft.tableCount),
      })
    : [];
  const problemFor = (field: 'endsOn' | 'dayEnd' | 'slotMinutes') => {
    const problem = problems.find((found) => found.field === field);
    return problem ? t(`invDeals.forumForm.problem.${problem.rule}`) : undefined;
  };
  const hasBookedMeetings = isApiError(save.error) && save.error.code === 'conflict';

  const submit = () => {
    const input: ForumInput = {
      name: localizedInput(draft.name, draft.official),
      place: localizedInput(draft.place, draft.official),
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      timeZone: draft.timeZone,
      dayStart: draft.dayStart,
      dayEnd: draft.dayEnd,
      slotMinutes: Number(draft.slotMinutes),
      tableCount: Number(draft.tableCount),
      maxMeetingsPerParticipant: Number(draft.maxMeetingsPerParticipant),
      initiativeId: draft.initiativeId.trim() || null,
      demo: draft.demo,
    };
    save.mutate(input, { onSuccess: onSaved });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(forum ? 'invDeals.forumForm.editTitle' : 'invDeals.forumForm.newTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          {(['name', 'place'] as const).map((field) => (
            <Fieldset key={field} legend={t(`invDeals.forumForm.${field}`)} p="xs">
              <Stack gap={6}>
                {languages.map((language) => (
                  <TextInput
                    key={language}
                    label={t(`languageName.${language}`)}
                    lang={language}
                    value={draft[field][language]}
                    onChange={(event) => setText(field, language, event.currentTarget.value)}
                    maxLength={300}
                  />
                ))}
              </Stack>
            </Fieldset>
          ))}
          <Text size="xs" c="dimmed">
            {t('invDeals.forumForm.textHelp')}
          </Text>
          <Select
            label={t('invDeals.forumForm.official')}
            description={t('invDeals.forumForm.officialHelp')}
            data={languages.map((language) => ({ value: language, label: t(`languageName.${language}`) }))}
            value={draft.official}
            onChange={(value) => set('official', value as Language | null)}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={t('invDeals.forumForm.startsOn')}
              value={draft.startsOn}
              onChange={(event) => set('startsOn', event.currentTarget.value)}
              required
            />
            <TextInput
              type="date"
              label={t('invDeals.forumForm.endsOn')}
              value={draft.endsOn}
              onChange={(event) => set('endsOn', event.currentTarget.value)}
              error={problemFor('endsOn')}
              required
            />
          </SimpleGrid>
          <Select
            label={t('invDeals.forumForm.timeZone')}
            description={t('invDeals.forumForm.timeZoneHelp')}
            data={timeZones}
            value={draft.timeZone || null}
            onChange={(value) => set('timeZone', value ?? '')}
            searchable
            required
            limit={50}
            comboboxProps={{ withinPortal: true }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput
              type="time"
              label={t('invDeals.forumForm.dayStart')}
              value={draft.dayStart}
              onChange={(event) => set('dayStart', event.currentTarget.value)}
              required
            />
            <TextInput
              type="time"
              label={t('invDeals.forumForm.dayEnd')}
              value={draft.dayEnd}
              onChange={(event) => set('dayEnd', event.currentTarget.value)}
              error={problemFor('dayEnd')}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <NumberInput
              label={t('invDeals.forumForm.slotMinutes')}
              value={draft.slotMinutes}
              onChange={(value) => set('slotMinutes', value)}
              error={problemFor('slotMinutes')}
              min={10}
              max={120}
              allowDecimal={false}
              required
            />
            <NumberInput
              label={t('invDeals.forumForm.tableCount')}
              value={draft.tableCount}
              onChange={(value) => set('tableCount', value)}
              min={1}
              max={500}
              allowDecimal={false}
              required
            />
            <NumberInput
              label={t('invDeals.forumForm.cap')}
              value={draft.maxMeetingsPerParticipant}
              onChange={(value) => set('maxMeetingsPerParticipant', value)}
              min={1}
              max={50}
              allowDecimal={false}
              required
            />
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('invDeals.forumForm.scheduleHelp')}
          </Text>
          <TextInput
            label={t('invDeals.forumForm.initiativeId')}
            description={t('invDeals.forumForm.initiativeHelp')}
            value={draft.initiativeId}
            onChange={(event) => set('initiativeId', event.currentTarget.value)}
            maxLength={100}
          />
          <Checkbox
            label={t('invDeals.forumForm.demo')}
            checked={draft.demo}
            onChange={(event) => set('demo', event.currentTarget.checked)}
          />
          {hasBookedMeetings ? (
            <Alert color="red" variant="light" role="alert">
              {t('invDeals.forumForm.problem.has_meetings')}
            </Alert>
          ) : save.isError ? (
            <ErrorAlert error={save.error} />
          ) : null}
          <ModalActions onCancel={onClose}>
            <Button type="submit" loading={save.isPending} disabled={problems.length > 0}>
              {t(forum ? 'invDeals.forumForm.saveChanges' : 'invDeals.forumForm.create')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}
