import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Group,
  List,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { IconArrowLeft, IconCalendarEvent, IconEdit, IconFileText, IconRocket } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { stances, topics } from '../../../../packages/agenda/src/vocabulary.ts';
import { usePatchStatement, useStatement } from '../api/queries.ts';
import type { EntityRef, Stance, StatementPatch, StatementSummary, Topic } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { StanceBadge, ToneBadge, TopicBadge } from '../components/Badges.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { ModalActions } from '../components/ModalActions.tsx';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../components/States.tsx';
import { SuccessNotice } from '../components/SuccessNotice.tsx';
import { localeTags } from '../i18n.ts';
import { countryName } from '../lib/countries.ts';
import { formatDate } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { officialLanguage } from '../lib/localized.ts';

function RefList({ refs, base, icon }: { refs: EntityRef[]; base: string; icon: React.ReactNode }) {
  const { t } = useTranslation();
  if (refs.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('statement.none')}
      </Text>
    );
  return (
    <List spacing={6} size="sm" icon={icon} center={false}>
      {refs.map((ref) => (
        <List.Item key={ref.id}>
          <Anchor component={Link} to={`${base}/${encodeURIComponent(ref.id)}`} size="sm">
            <LText value={ref.title} />
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function CurateModal({
  statement,
  opened,
  onClose,
  onSaved,
}: {
  statement: StatementSummary;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const patch = usePatchStatement(statement.id);
  const [stance, setStance] = useState<Stance>(statement.stance);
  const [chosenTopics, setTopics] = useState<Topic[]>(statement.topics);
  const [ru, setRu] = useState(statement.text.ru.text ?? '');
  const [en, setEn] = useState(statement.text.en.text ?? '');
  const [topicsError, setTopicsError] = useState<string | null>(null);
  const official = officialLanguage(statement.text);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosenTopics.length === 0) {
      setTopicsError(t('statement.topicsRequired'));
      return;
    }
    const body: StatementPatch = {};
    if (stance !== statement.stance) body.stance = stance;
    if ([...chosenTopics].sort().join() !== [...statement.topics].sort().join()) body.topics = chosenTopics;
    const translations: { ru?: string; en?: string } = {};
    if (official !== 'ru' && ru.trim() && ru.trim() !== (statement.text.ru.text ?? '')) translations.ru = ru.trim();
    if (official !== 'en' && en.trim() && en.trim() !== (statement.text.en.text ?? '')) translations.en = en.trim();
    if (Object.keys(translations).length > 0) body.translations = translations;
    if (Object.keys(body).length === 0) {
      onClose();
      return;
    }
    patch.mutate(body, {
      onSuccess: () => {
        onSaved();
        onClose();
      },
    });
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('statement.curateTitle')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('statement.curateHint')}
          </Text>
          {patch.isError ? <ErrorAlert error={patch.error} /> : null}
          <Select
            label={t('common.stance')}
            data={stances.map((s) => ({ value: s, label: t(`vocab.stance.${s}`) }))}
            value={stance}
            onChange={(value) => value && setStance(value as Stance)}
            allowDeselect={false}
            required
          />
          <MultiSelect
            label={t('common.topics')}
            data={topics.map((s) => ({ value: s, label: t(`vocab.topic.${s}`) }))}
            value={chosenTopics}
            onChange={(value) => {
              setTopics(value as Topic[]);
              setTopicsError(null);
            }}
            searchable
            required
            error={topicsError}
          />
          {official !== 'ru' ? (
            <Textarea
              label={t('statement.translationRu')}
              lang="ru"
              autosize
              minRows={3}
              maxRows={10}
              value={ru}
              onChange={(e) => setRu(e.currentTarget.value)}
              maxLength={10_000}
            />
          ) : null}
          {official !== 'en' ? (
            <Textarea
              label={t('statement.translationEn')}
              lang="en"
              autosize
              minRows={3}
              maxRows={10}
              value={en}
              onChange={(e) => setEn(e.currentTarget.value)}
              maxLength={10_000}
            />
          ) : null}
          <ModalActions onCancel={onClose} mt="xs">
            <Button type="submit" loading={patch.isPending}>
              {t('common.save')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function StatementView({ statement }: { statement: StatementSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  const [curating, setCurating] = useState(false);
  const [saved, setSaved] = useState(false);
  const official = officialLanguage(statement.text);
  const heading = t('statement.heading', { ordinal: statement.ordinal });
  useDocumentTitle(heading);
  const meetingPath = `/meetings/${encodeURIComponent(statement.meetingId)}`;

  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs separator="›" className="breadcrumbs">
            <Anchor component={Link} to="/statements" size="sm">
              {t('statements.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('statements.paragraph', { ordinal: statement.ordinal })}
            </Text>
          </Breadcrumbs>
        }
        title={heading}
        actions={
          hasRole('secretariat', 'admin') ? (
            <Button variant="light" leftSection={<IconEdit size={16} aria-hidden />} onClick={() => setCurating(true)}>
              {t('statement.curate')}
            </Button>
          ) : null
        }
      />
      {saved ? <SuccessNotice onClose={() => setSaved(false)}>{t('statement.saved')}</SuccessNotice> : null}
      <Card withBorder padding="lg" className="data-card">
        <Stack gap="md">
          <Group gap={6}>
            <StanceBadge stance={statement.stance} />
            {statement.otherStances.map((s) => (
              <StanceBadge key={s} stance={s} />
            ))}
          </Group>
          <Text component="div" size="md" lh={1.75}>
            <LText value={statement.text} variant="block" />
          </Text>
          {official && official !== lang && statement.text[official].text ? (
            <Card withBorder padding="sm" bg="gray.0">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
                {t('statement.officialText')} · {t(`languageName.${official}`)}
              </Text>
              <Text size="sm" lang={localeTags[official]} lh={1.75}>
                {statement.text[official].text}
              </Text>
            </Card>
          ) : null}
          <Group gap="md">
            <Anchor component={Link} to={`${meetingPath}#p-${statement.ordinal}`} size="sm">
              {t('statement.openInText')}
            </Anchor>
          </Group>
        </Stack>
      </Card>

      <SectionTitle>{t('statement.details')}</SectionTitle>
      <Card withBorder padding="lg" className="data-card">
        <MetaList
          items={[
            {
              label: t('statement.who'),
              value: (
                <Stack gap={4}>
                  <Text size="sm">{t(`vocab.actorKind.${statement.actorKind}`)}</Text>
                  {statement.countries.length > 0 ? (
                    <Group gap={4}>
                      {statement.countries.map((code) => (
                        <Anchor key={code} component={Link} to={`/countries/${code}`} size="xs">
                          <ToneBadge tone="gray">{countryName(code, lang)}</ToneBadge>
                        </Anchor>
                      ))}
                    </Group>
                  ) : null}
                </Stack>
              ),
            },
            {
              label: t('common.topics'),
              value: (
                <Group gap={4}>
                  {statement.topics.map((topic) => (
                    <Anchor key={topic} component={Link} to={`/statements?topic=${topic}`}>
                      <TopicBadge topic={topic} />
                    </Anchor>
                  ))}
                </Group>
              ),
            },
            {
              label: t('statement.inMeeting'),
              value: (
                <Anchor component={Link} to={meetingPath} size="sm">
                  {formatDate(statement.meetingDate, lang)}
                </Anchor>
              ),
            },
          ]}
        />
      </Card>

      <SectionTitle>{t('statement.documents')}</SectionTitle>
      <RefList
        refs={statement.documents}
        base="/documents"
        icon={<IconFileText size={16} className="fact-icon-document" aria-hidden />}
      />
      <SectionTitle>{t('statement.events')}</SectionTitle>
      <RefList
        refs={statement.events}
        base="/events"
        icon={<IconCalendarEvent size={16} className="fact-icon-event" aria-hidden />}
      />
      <SectionTitle>{t('statement.initiatives')}</SectionTitle>
      <RefList
        refs={statement.initiatives}
        base="/initiatives"
        icon={<IconRocket size={16} className="fact-icon-initiative" aria-hidden />}
      />

      <Group mt="xl">
        <Button
          component={Link}
          to="/statements"
          variant="subtle"
          leftSection={<IconArrowLeft size={16} aria-hidden />}
        >
          {t('statements.backToList')}
        </Button>
      </Group>
      {curating ? (
        <CurateModal
          statement={statement}
          opened={curating}
          onClose={() => setCurating(false)}
          onSaved={() => setSaved(true)}
        />
      ) : null}
    </>
  );
}

export default function StatementDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const statement = useStatement(id);
  useDocumentTitle(statement.isError ? t('statement.title') : undefined);
  return (
    <QueryView
      query={statement}
      skeleton={<DetailSkeleton />}
      errorTitle={t('statement.title')}
      back={{ to: '/statements', label: t('statements.backToList') }}
    >
      {(data) => <StatementView statement={data} />}
    </QueryView>
  );
}
