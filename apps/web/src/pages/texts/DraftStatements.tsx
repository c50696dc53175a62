import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Card,
  Group,
  MultiSelect,
  Popover,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCalendarEvent, IconFileText, IconPencil, IconRocket, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorKinds, initiativeStages, stances, topics } from '../../../../../packages/agenda/src/vocabulary.ts';
import type { ActorKind, InitiativeStage, Language, Stance, Topic } from '../../api/types.ts';
import { ToneBadge, TopicBadge } from '../../components/Badges.tsx';
import { localeTags } from '../../i18n.ts';
import { countryName, knownCountries } from '../../lib/countries.ts';
import { formatPartialDate } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import type { DraftCorrection, DraftDetail, DraftStatement } from './textsApi.ts';

/** Sends corrections; resolves to the server's refusal, or null when the draft was corrected. */
export type Correct = (corrections: DraftCorrection[]) => Promise<unknown>;

function RemoveFact({
  label,
  onConfirm,
  disabled,
}: {
  label: string;
  onConfirm: () => Promise<unknown>;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" withArrow trapFocus returnFocus shadow="md">
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="red.9"
          aria-label={t('texts.review.removeFact', { fact: label })}
          onClick={() => setOpened((o) => !o)}
          disabled={disabled}
        >
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown maw={300}>
        <Text size="sm" mb="xs">
          {t('texts.review.removeFactConfirm', { fact: label })}
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            size="xs"
            color="red.9"
            onClick={() => {
              setOpened(false);
              void onConfirm();
            }}
          >
            {t('texts.review.remove')}
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

function FactRow({
  icon,
  kindLabel,
  title,
  details,
  language,
  children,
}: {
  icon: ReactNode;
  kindLabel: string;
  title: string;
  details?: string;
  language: string;
  children: ReactNode;
}) {
  return (
    <Group component="li" gap="xs" wrap="nowrap" align="flex-start" className="draft-fact">
      <Box className="draft-fact-icon" aria-hidden>
        {icon}
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text size="xs" c="dimmed" fw={600}>
          {kindLabel}
        </Text>
        <Text size="sm" lang={language} className="draft-fact-title">
          {title}
        </Text>
        {details ? (
          <Text size="xs" c="dimmed">
            {details}
          </Text>
        ) : null}
      </Box>
      <Group gap={4} wrap="nowrap" align="center">
        {children}
      </Group>
    </Group>
  );
}

/** The statement's actors and topics: shown as badges, edited together in a small form. */
function ActorsAndTopics({
  statement,
  correct,
  readOnly,
  busy,
}: {
  statement: DraftStatement;
  correct: Correct;
  readOnly: boolean;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [actorKind, setActorKind] = useState<ActorKind>(statement.actorKind);
  const [countryCodes, setCountryCodes] = useState<string[]>(statement.countryCodes);
  const [chosenTopics, setChosenTopics] = useState<Topic[]>(statement.topics);
  const countries = statement.countryCodes.map((c) => countryName(c, lang)).join(', ');

  if (!editing) {
    return (
      <Stack gap={6}>
        <Text size="sm">
          <Text span fw={600} size="sm">
            {t('texts.review.actors')}:
          </Text>{' '}
          {t(`vocab.actorKind.${statement.actorKind}`)}
          {countries && statement.actorKind === 'named_states' ? ` — ${countries}` : ''}
        </Text>
        <Group gap={4} wrap="wrap">
          <Text span fw={600} size="sm">
            {t('common.topics')}:
          </Text>
          {statement.topics.length === 0 ? (
            <Text span size="sm" c="dimmed">
              {t('texts.review.noTopics')}
            </Text>
          ) : (
            statement.topics.map((topic) => <TopicBadge key={topic} topic={topic} />)
          )}
        </Group>
        {readOnly ? null : (
          <Group>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={() => setEditing(true)}
              aria-label={t('texts.review.editActorsTopicsOf', { ordinal: statement.ordinal })}
            >
              {t('texts.review.editActorsTopics')}
            </Button>
          </Group>
        )}
      </Stack>
    );
  }

  const save = async () => {
    const corrections: DraftCorrection[] = [];
    const codes = [...countryCodes].sort();
    if (actorKind !== statement.actorKind || codes.join() !== [...statement.countryCodes].sort().join()) {
      corrections.push({ type: 'set_actors', ordinal: statement.ordinal, actorKind, countryCodes: codes });
    }
    if ([...chosenTopics].sort().join() !== [...statement.topics].sort().join()) {
      corrections.push({ type: 'set_topics', ordinal: statement.ordinal, topics: chosenTopics });
    }
    if (corrections.length === 0 || (await correct(corrections)) === null) setEditing(false);
  };

  return (
    <Stack gap="xs" className="draft-edit-box">
      <Select
        label={t('texts.review.actorKind')}
        data={actorKinds.map((k) => ({ value: k, label: t(`vocab.actorKind.${k}`) }))}
        value={actorKind}
        onChange={(value) => value && setActorKind(value as ActorKind)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('texts.review.countries')}
        description={t('texts.review.countriesHint')}
        data={knownCountries.map((c) => ({ value: c.code, label: c.name[lang] }))}
        value={countryCodes}
        onChange={setCountryCodes}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <MultiSelect
        label={t('common.topics')}
        data={topics.map((topic) => ({ value: topic, label: t(`vocab.topic.${topic}`) }))}
        value={chosenTopics}
        onChange={(values) => setChosenTopics(values as Topic[])}
        searchable
        comboboxProps={{ withinPortal: true }}
      />
      <Group justify="flex-end" gap="xs">
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setActorKind(statement.actorKind);
            setCountryCodes(statement.countryCodes);
            setChosenTopics(statement.topics);
            setEditing(false);
          }}
        >
          {t('common.cancel')}
        </Button>
        <Button size="xs" onClick={() => void save()} loading={busy}>
          {t('common.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function StatementEditor({
  statement,
  language,
  correct,
  readOnly,
  busy,
  isVersion,
}: {
  statement: DraftStatement;
  language: Language;
  correct: Correct;
  readOnly: boolean;
  busy: boolean;
  isVersion: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { ordinal } = statement;
  const factCount = statement.documents.length + statement.events.length + statement.initiatives.length;
  const remove = (fact: 'document' | 'event' | 'initiative', index: number) =>
    correct([{ type: 'remove_fact', fact, ordinal, index }]);
  return (
    <Card
      withBorder
      padding="md"
      component="article"
      className="data-card draft-statement"
      id={`statement-${ordinal}`}
      aria-labelledby={`statement-${ordinal}-title`}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={`statement-${ordinal}-title`}>
            {t('texts.review.paragraph', { ordinal })}
          </Title>
          <Group gap={6}>
            {isVersion ? (
              statement.pairedOrdinal === null ? (
                <ToneBadge tone="amber">{t('texts.alignment.unpaired')}</ToneBadge>
              ) : (
                <ToneBadge tone="gray">
                  {t('texts.alignment.pairedWith', { ordinal: statement.pairedOrdinal })}
                </ToneBadge>
              )
            ) : null}
            <Anchor href={`#text-p-${ordinal}`} size="xs">
              {t('texts.review.showInText')}
            </Anchor>
          </Group>
        </Group>
        <Text size="sm" lang={localeTags[language]} lineClamp={3} className="draft-statement-excerpt">
          {statement.text}
        </Text>
        <Select
          label={t('common.stance')}
          data={stances.map((s) => ({ value: s, label: t(`vocab.stance.${s}`) }))}
          value={statement.stance}
          onChange={(value) => {
            if (value && value !== statement.stance)
              void correct([{ type: 'set_stance', ordinal, stance: value as Stance }]);
          }}
          allowDeselect={false}
          disabled={readOnly || busy}
          maw={280}
          comboboxProps={{ withinPortal: true }}
        />
        <ActorsAndTopics
          key={`${statement.actorKind}|${statement.countryCodes.join()}|${statement.topics.join()}`}
          statement={statement}
          correct={correct}
          readOnly={readOnly}
          busy={busy}
        />
        <Box>
          <Text size="sm" fw={600} mb={4}>
            {t('texts.review.facts', { count: factCount })}
          </Text>
          {factCount === 0 ? (
            <Text size="sm" c="dimmed">
              {t('texts.review.noFacts')}
            </Text>
          ) : (
            <Stack gap={6} component="ul" className="plain-list">
              {statement.documents.map((d) => (
                <FactRow
                  key={`d${d.index}`}
                  icon={<IconFileText size={16} className="fact-icon-document" />}
                  kindLabel={t('texts.review.markKind.document')}
                  title={d.title}
                  details={
                    d.adopted ? t('texts.review.adopted', { date: formatPartialDate(d.adopted, lang) }) : undefined
                  }
                  language={localeTags[language]}
                >
                  {readOnly ? null : (
                    <RemoveFact label={d.title} onConfirm={() => remove('document', d.index)} disabled={busy} />
                  )}
                </FactRow>
              ))}
              {statement.events.map((e) => (
                <FactRow
                  key={`e${e.index}`}
                  icon={<IconCalendarEvent size={16} className="fact-icon-event" />}
                  kindLabel={t('texts.review.markKind.event')}
                  title={e.name}
                  details={[
                    t(`vocab.eventStatus.${e.status}`),
                    e.start ? formatPartialDate(e.start, lang) : null,
                    e.place,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  language={localeTags[language]}
                >
                  {readOnly ? null : (
                    <RemoveFact label={e.name} onConfirm={() => remove('event', e.index)} disabled={busy} />
                  )}
                </FactRow>
              ))}
              {statement.initiatives.map((i) => (
                <FactRow
                  key={`i${i.index}`}
                  icon={<IconRocket size={16} className="fact-icon-initiative" />}
                  kindLabel={t('texts.review.markKind.initiative')}
                  title={i.title}
                  language={localeTags[language]}
                >
                  <Select
                    aria-label={t('texts.review.stageOf', { title: i.title })}
                    data={initiativeStages.map((s) => ({ value: s, label: t(`vocab.stage.${s}`) }))}
                    value={i.stage}
                    onChange={(value) => {
                      if (value && value !== i.stage)
                        void correct([
                          { type: 'set_initiative_stage', ordinal, index: i.index, stage: value as InitiativeStage },
                        ]);
                    }}
                    allowDeselect={false}
                    disabled={readOnly || busy}
                    size="xs"
                    w={130}
                    comboboxProps={{ withinPortal: true }}
                  />
                  {readOnly ? null : (
                    <RemoveFact label={i.title} onConfirm={() => remove('initiative', i.index)} disabled={busy} />
                  )}
                </FactRow>
              ))}
            </Stack>
          )}
        </Box>
      </Stack>
    </Card>
  );
}

/** Every statement of the draft with what was extracted from it, each correctable while the draft is pending. */
export function DraftStatements({ draft, correct, busy }: { draft: DraftDetail; correct: Correct; busy: boolean }) {
  const { t } = useTranslation();
  const readOnly = draft.status !== 'pending';
  return (
    <Box component="section" aria-labelledby="draft-statements-title">
      <Title order={2} size="h4" id="draft-statements-title" mb={4}>
        {t('texts.review.statements', { count: draft.statements.length })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {readOnly ? t('texts.review.statementsReadOnly') : t('texts.review.statementsIntro')}
      </Text>
      <Stack gap="sm">
        {draft.statements.map((statement) => (
          <StatementEditor
            key={statement.ordinal}
            statement={statement}
            language={draft.language}
            correct={correct}
            readOnly={readOnly}
            busy={busy}
            isVersion={draft.mode === 'version'}
          />
        ))}
      </Stack>
    </Box>
  );
}
