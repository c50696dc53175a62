import { Button, Card, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OwnershipInput, useSetOwnership } from '../api/alerts.ts';
import type { InitiativeDetail } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { countryName, knownCountries } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';
import { pickText } from '../lib/localized.ts';
import { LText } from './LocalizedText.tsx';
import { OverdueBadge } from './OverdueBadge.tsx';
import { ErrorAlert } from './States.tsx';

function OwnershipForm({ initiative, onDone }: { initiative: InitiativeDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const save = useSetOwnership(initiative.id);
  const shownBody = pickText(initiative.leadBody, lang);
  const [country, setCountry] = useState<string | null>(initiative.leadCountryCode);
  const [body, setBody] = useState(shownBody?.text ?? '');
  const [dueOn, setDueOn] = useState(initiative.dueOn ?? '');
  const [dueError, setDueError] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (dueOn && !/^\d{4}-\d{2}-\d{2}$/.test(dueOn)) {
      setDueError(t('reportForm.validation.dateInvalid'));
      return;
    }
    setDueError(null);
    // Only what changed is sent, so a name written in another language is not replaced unless it was edited.
    const input: OwnershipInput = {};
    if (country !== initiative.leadCountryCode) input.leadCountryCode = country;
    if (body.trim() !== (shownBody?.text ?? ''))
      input.leadBody = body.trim() ? { language: lang, text: body.trim() } : null;
    if ((dueOn || null) !== initiative.dueOn) input.dueOn = dueOn || null;
    if (Object.keys(input).length === 0) {
      onDone();
      return;
    }
    save.mutate(input, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Select
          label={t('alerts.leadCountry')}
          data={knownCountries
            .map((c) => ({ value: c.code, label: c.name[lang] }))
            .sort((a, b) => a.label.localeCompare(b.label, lang))}
          value={country}
          onChange={setCountry}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          label={t('alerts.leadBody')}
          description={t('alerts.leadBodyHint', { language: t(`language.${lang}`) })}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          maxLength={300}
        />
        <TextInput
          type="date"
          label={t('alerts.dueOn')}
          value={dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          error={dueError}
        />
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('alerts.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who leads an initiative and when it is due, with the Secretariat's form to record them. */
export function InitiativeOwnership({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  const [editing, setEditing] = useState(false);
  const notSet = (
    <Text span c="dimmed" size="sm">
      {t('alerts.notSet')}
    </Text>
  );
  return (
    <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="ownership-title" mt="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text id="ownership-title" component="h2" fw={700} size="lg" m={0}>
            {t('alerts.ownershipTitle')}
          </Text>
          {initiative.overdue ? <OverdueBadge /> : null}
        </Group>
        {hasRole('secretariat', 'admin') ? (
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconPencil size={14} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t('alerts.editOwnership')}
          </Button>
        ) : null}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" component="dl" className="ownership-list">
        <div>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {t('alerts.leadCountry')}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {initiative.leadCountryCode ? countryName(initiative.leadCountryCode, lang) : notSet}
          </Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {t('alerts.leadBody')}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {initiative.leadBody ? <LText value={initiative.leadBody} /> : notSet}
          </Text>
        </div>
        <div>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {t('alerts.dueOn')}
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            c={initiative.overdue ? 'red.9' : undefined}
            fw={initiative.overdue ? 600 : undefined}
          >
            {initiative.dueOn ? <time dateTime={initiative.dueOn}>{formatDate(initiative.dueOn, lang)}</time> : notSet}
          </Text>
        </div>
      </SimpleGrid>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={t('alerts.ownershipTitle')}
      >
        {editing ? <OwnershipForm initiative={initiative} onDone={() => setEditing(false)} /> : null}
      </Modal>
    </Card>
  );
}
