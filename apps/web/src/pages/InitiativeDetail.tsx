import {
  Alert,
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Modal,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Timeline,
  VisuallyHidden,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconFilePlus, IconFlag } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useChangeStage, useInitiative } from '../api/queries.ts';
import type { InitiativeDetail as Initiative, InitiativeStage } from '../api/types.ts';
import { useAuth } from '../auth/auth.tsx';
import { StageBadge, TopicBadge } from '../components/Badges.tsx';
import { FollowButton } from '../components/FollowButton.tsx';
import { InitiativeOwnership } from '../components/InitiativeOwnership.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { ModalActions } from '../components/ModalActions.tsx';
import { ParentBreadcrumbs } from '../components/ParentBreadcrumbs.tsx';
import { ReportCard } from '../components/ReportCard.tsx';
import { StatementCard } from '../components/StatementCard.tsx';
import { DetailSkeleton, EmptyState, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../components/States.tsx';
import { SuccessNotice } from '../components/SuccessNotice.tsx';
import { formatDate } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { allowedNextStages, mainPath } from '../lib/lifecycle.ts';
import { plainText } from '../lib/localized.ts';
import { InitiativeImplementations } from './investment/InitiativeImplementations.tsx';
import { InitiativeMentions } from './texts/InitiativeMentions.tsx';
import { MergedNotice, MergeEntityButton } from './texts/MergeEntityButton.tsx';

const happyPath = mainPath;

function Lifecycle({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = [...initiative.history].sort((a, b) => a.changedOn.localeCompare(b.changedOn));
  const reachedOn = new Map<InitiativeStage, string>();
  for (const change of history) if (!reachedOn.has(change.toStage)) reachedOn.set(change.toStage, change.changedOn);
  const offPath = !happyPath.includes(initiative.stage);
  // For stalled/withdrawn: the furthest stage on the path that the history reached.
  let currentIndex = happyPath.indexOf(initiative.stage);
  if (offPath) {
    currentIndex = -1;
    for (const change of history) {
      for (const stage of [change.fromStage, change.toStage]) {
        if (stage) currentIndex = Math.max(currentIndex, happyPath.indexOf(stage));
      }
    }
  }
  return (
    <Box>
      {offPath ? (
        <Alert
          color={initiative.stage === 'withdrawn' ? 'red' : 'orange'}
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          mb="md"
        >
          {t('initiative.offPath', { stage: t(`vocab.stage.${initiative.stage}`) })}
        </Alert>
      ) : null}
      <ol className="lifecycle" aria-label={t('initiative.lifecycle')}>
        {happyPath.map((stage, index) => {
          const state = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
          const date = reachedOn.get(stage);
          return (
            <li
              key={stage}
              className={`lifecycle-step ${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="lifecycle-dot" aria-hidden>
                {state === 'done' ? <IconCheck size={14} /> : index + 1}
              </span>
              <div className="lifecycle-label">{t(`vocab.stage.${stage}`)}</div>
              <VisuallyHidden>{t(`initiative.stepState.${state}`)}</VisuallyHidden>
              {date ? <div className="lifecycle-date">{formatDate(date, lang)}</div> : null}
            </li>
          );
        })}
      </ol>
    </Box>
  );
}

function History({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useLang();
  const history = [...initiative.history].sort((a, b) => b.changedOn.localeCompare(a.changedOn));
  if (history.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('initiative.noHistory')}
      </Text>
    );
  return (
    <Timeline bulletSize={16} lineWidth={2} color="sco" active={history.length}>
      {history.map((change, index) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: history entries have no id
          key={index}
          bullet={<IconFlag size={10} aria-hidden />}
          title={
            <Group gap={6} wrap="wrap">
              <StageBadge stage={change.toStage} />
              {change.fromStage ? (
                <Text span size="xs" c="dimmed">
                  {t('initiative.from', { stage: t(`vocab.stage.${change.fromStage}`) })}
                </Text>
              ) : null}
            </Group>
          }
        >
          <Text size="sm" fw={600} mt={4}>
            <time dateTime={change.changedOn}>{formatDate(change.changedOn, lang)}</time>
          </Text>
          {change.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {change.note}
            </Text>
          ) : null}
          {change.statementId ? (
            <Anchor component={Link} to={`/statements/${encodeURIComponent(change.statementId)}`} size="xs">
              {t('initiative.tracedToStatement')}
            </Anchor>
          ) : null}
          {change.reportId ? (
            <Anchor href={`#report-${change.reportId}`} size="xs">
              {t('initiative.tracedToReport')}
            </Anchor>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function ChangeStageModal({
  initiative,
  opened,
  onClose,
  onChanged,
}: {
  initiative: Initiative;
  opened: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeStage(initiative.id);
  const [stage, setStage] = useState<InitiativeStage | null>(null);
  const [changedOn, setChangedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ stage?: string; changedOn?: string; note?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!stage) next.stage = t('initiative.stageRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(changedOn)) next.changedOn = t('reportForm.validation.dateInvalid');
    if (!note.trim()) next.note = t('initiative.noteRequired');
    else if (note.trim().length > 2000) next.note = t('initiative.noteLong');
    setErrors(next);
    if (Object.keys(next).length > 0 || !stage) return;
    change.mutate(
      { stage, changedOn, note: note.trim() },
      {
        onSuccess: () => {
          onChanged();
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      title={t('initiative.changeStageTitle')}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {t('initiative.currentStage')}: <StageBadge stage={initiative.stage} />
          </Text>
          {change.isError ? <ErrorAlert error={change.error} /> : null}
          <Select
            label={t('initiative.newStage')}
            data={allowedNextStages(initiative.stage).map((s) => ({ value: s, label: t(`vocab.stage.${s}`) }))}
            value={stage}
            onChange={(value) => setStage(value as InitiativeStage | null)}
            error={errors.stage}
            required
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput
            type="date"
            label={t('initiative.changedOn')}
            value={changedOn}
            onChange={(e) => setChangedOn(e.currentTarget.value)}
            error={errors.changedOn}
            required
          />
          <Textarea
            label={t('initiative.note')}
            description={t('initiative.noteHint')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={errors.note}
            autosize
            minRows={3}
            maxLength={2000}
            required
          />
          <ModalActions onCancel={onClose} mt="xs">
            <Button type="submit" loading={change.isPending}>
              {t('initiative.changeStage')}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function InitiativeView({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  const [changing, setChanging] = useState(false);
  const [changed, setChanged] = useState(false);
  useDocumentTitle(plainText(initiative.title, lang) || t('initiative.title'));
  return (
    <>
      <PageHeader
        eyebrow={
          <ParentBreadcrumbs to="/initiatives" parent={t('initiatives.title')} current={t('initiative.title')} />
        }
        title={<LText value={initiative.title} />}
        actions={
          <>
            {hasRole('secretariat', 'admin') && allowedNextStages(initiative.stage).length > 0 ? (
              <Button
                variant="light"
                leftSection={<IconFlag size={16} aria-hidden />}
                onClick={() => setChanging(true)}
              >
                {t('initiative.changeStage')}
              </Button>
            ) : null}
            <MergeEntityButton kind="initiative" id={initiative.id} title={initiative.title} />
            <FollowButton targetKind="initiative" target={initiative.id} name={plainText(initiative.title, lang)} />
            {hasRole('focal_point') ? (
              <Button
                component={Link}
                to={`/reports/new?initiative=${encodeURIComponent(initiative.id)}`}
                leftSection={<IconFilePlus size={16} aria-hidden />}
              >
                {t('initiative.fileReport')}
              </Button>
            ) : null}
          </>
        }
      />
      <MergedNotice />
      {changed ? <SuccessNotice onClose={() => setChanged(false)}>{t('initiative.stageChanged')}</SuccessNotice> : null}
      <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="lifecycle-title">
        <Group justify="space-between" mb="md" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text id="lifecycle-title" component="h2" fw={700} size="lg" m={0}>
              {t('initiative.lifecycle')}
            </Text>
            <StageBadge stage={initiative.stage} size="md" />
            <Text size="sm" c="dimmed">
              {t('initiatives.since', { date: formatDate(initiative.stageChangedOn, lang) })}
            </Text>
          </Group>
          <Group gap={4}>
            {initiative.topics.map((topic) => (
              <TopicBadge key={topic} topic={topic} />
            ))}
          </Group>
        </Group>
        <Lifecycle initiative={initiative} />
      </Card>
      <InitiativeOwnership initiative={initiative} />

      <SectionTitle>{t('texts.history.title')}</SectionTitle>
      <Card withBorder padding="lg" className="data-card" component="section" aria-label={t('texts.history.title')}>
        <InitiativeMentions mentions={initiative.mentions ?? []} />
      </Card>

      <SectionTitle>{t('initiative.history')}</SectionTitle>
      <Card withBorder padding="lg" className="data-card">
        <History initiative={initiative} />
      </Card>

      <InitiativeImplementations initiativeId={initiative.id} />

      <SectionTitle>{t('initiative.statements')}</SectionTitle>
      {initiative.statements.length === 0 ? (
        <EmptyState />
      ) : (
        <Stack gap="sm">
          {initiative.statements.map((s) => (
            <StatementCard key={s.id} statement={s} />
          ))}
        </Stack>
      )}

      <SectionTitle>{t('initiative.reports')}</SectionTitle>
      {initiative.reports.length === 0 ? (
        <EmptyState>{t('initiative.noReports')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {initiative.reports.map((r) => (
            <Box key={r.id} id={`report-${r.id}`}>
              <ReportCard report={r} showInitiative={false} />
            </Box>
          ))}
        </Stack>
      )}
      {changing ? (
        <ChangeStageModal
          initiative={initiative}
          opened={changing}
          onClose={() => setChanging(false)}
          onChanged={() => setChanged(true)}
        />
      ) : null}
    </>
  );
}

export default function InitiativeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const initiative = useInitiative(id);
  useDocumentTitle(initiative.isSuccess ? undefined : t('initiative.title'));
  return (
    <QueryView
      query={initiative}
      skeleton={<DetailSkeleton />}
      errorTitle={t('initiative.title')}
      back={{ to: '/initiatives', label: t('initiatives.title') }}
    >
      {(data) => <InitiativeView initiative={data} />}
    </QueryView>
  );
}
