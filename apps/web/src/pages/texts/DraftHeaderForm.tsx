import { Box, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventFormats } from '../../../../../packages/agenda/src/vocabulary.ts';
import type { EventFormat } from '../../api/types.ts';
import { ErrorAlert } from '../../components/States.tsx';
import { localeTags } from '../../i18n.ts';
import { countryName } from '../../lib/countries.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import type { Correct } from './DraftStatements.tsx';
import type { DraftCorrection, DraftDetail } from './textsApi.ts';

type HeaderChange = Extract<DraftCorrection, { type: 'set_header' }>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The meeting the text reports (place, number, dates, format), editable while the draft is pending. */
export function DraftHeaderForm({ draft, correct, busy }: { draft: DraftDetail; correct: Correct; busy: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { header } = draft;
  const readOnly = draft.status !== 'pending';
  const [place, setPlace] = useState(header.place);
  const [number, setNumber] = useState<number | string>(header.number ?? '');
  const [startDate, setStartDate] = useState(header.start.date);
  const [endDate, setEndDate] = useState(header.end.date);
  const [format, setFormat] = useState<EventFormat>(header.format);
  const [errors, setErrors] = useState<{ startDate?: string; endDate?: string }>({});
  const [refusal, setRefusal] = useState<unknown>(null);

  const numberValue = typeof number === 'number' ? number : null;
  const change: HeaderChange = { type: 'set_header' };
  if (place.trim() !== header.place) change.place = place.trim();
  if (numberValue !== header.number) change.number = numberValue;
  if (startDate !== header.start.date) change.startDate = startDate;
  if (endDate !== header.end.date) change.endDate = endDate;
  if (format !== header.format) change.format = format;
  const dirty = Object.keys(change).length > 1;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!isoDate.test(startDate)) next.startDate = t('texts.header.dateInvalid');
    if (!isoDate.test(endDate)) next.endDate = t('texts.header.dateInvalid');
    else if (isoDate.test(startDate) && endDate < startDate) next.endDate = t('texts.header.endBeforeStart');
    setErrors(next);
    if (Object.keys(next).length > 0 || !dirty) return;
    setRefusal(await correct([change]));
  };

  const people = [
    ...(header.chair ? [{ ...header.chair, role: 'chair' as const, organization: null }] : []),
    ...header.participants,
  ];

  return (
    <Box component="section" aria-labelledby="draft-header-title">
      <Title order={2} size="h4" id="draft-header-title" mb={4}>
        {t('texts.header.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        <span lang={localeTags[draft.language]}>{header.bodyName}</span>
        {header.number ? ` · ${t('texts.header.numberValue', { number: header.number })}` : ''} ·{' '}
        {formatPartialDate(header.start, lang)}
      </Text>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="sm">
          {refusal ? <ErrorAlert error={refusal} /> : null}
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            <TextInput
              label={t('texts.header.place')}
              value={place}
              onChange={(e) => setPlace(e.currentTarget.value)}
              readOnly={readOnly}
              maxLength={200}
            />
            <NumberInput
              label={t('texts.header.number')}
              description={t('texts.header.numberHint')}
              value={number}
              onChange={setNumber}
              min={1}
              max={500}
              allowDecimal={false}
              readOnly={readOnly}
            />
            <Select
              label={t('common.format')}
              data={eventFormats.map((f) => ({ value: f, label: t(`vocab.eventFormat.${f}`) }))}
              value={format}
              onChange={(value) => value && setFormat(value as EventFormat)}
              allowDeselect={false}
              readOnly={readOnly}
              comboboxProps={{ withinPortal: true }}
            />
            <TextInput
              type="date"
              label={t('texts.header.startDate')}
              description={
                header.start.precision !== 'day' ? t(`texts.header.precision.${header.start.precision}`) : undefined
              }
              value={startDate}
              onChange={(e) => setStartDate(e.currentTarget.value)}
              error={errors.startDate}
              readOnly={readOnly}
            />
            <TextInput
              type="date"
              label={t('texts.header.endDate')}
              description={
                header.end.precision !== 'day' ? t(`texts.header.precision.${header.end.precision}`) : undefined
              }
              value={endDate}
              onChange={(e) => setEndDate(e.currentTarget.value)}
              error={errors.endDate}
              readOnly={readOnly}
            />
          </SimpleGrid>
          {readOnly ? null : (
            <Group>
              <Button type="submit" disabled={!dirty} loading={busy}>
                {t('texts.header.save')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {people.length > 0 ? (
        <Box mt="md">
          <Text size="sm" fw={600} mb={4}>
            {t('texts.header.people', { count: people.length })}
          </Text>
          <ul className="draft-people" lang={localeTags[draft.language]}>
            {people.map((p, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the header's people have no id; their order is fixed
              <li key={index}>
                <Text span size="sm" fw={600} lang={localeTags[lang]}>
                  {p.organization ? '' : p.countryCode ? countryName(p.countryCode, lang) : ''}
                </Text>
                {p.organization ? (
                  <Text span size="sm" fw={600}>
                    {p.organization}
                  </Text>
                ) : null}
                <Text span size="sm">
                  {' '}
                  {[p.title, p.personName].filter(Boolean).join(' ')}
                </Text>
                <Text span size="xs" c="dimmed" lang={localeTags[lang]}>
                  {' '}
                  ({t(`texts.header.role.${p.role}`)})
                </Text>
              </li>
            ))}
          </ul>
        </Box>
      ) : null}
    </Box>
  );
}
