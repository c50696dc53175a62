import { Alert, Anchor, Box, Button, Card, Grid, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import { useMeeting } from '../../api/queries.ts';
import { MetaList } from '../../components/MetaList.tsx';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView } from '../../components/States.tsx';
import { localeTags } from '../../i18n.ts';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { AlignmentReportView } from './AlignmentReportView.tsx';
import { CorrectionsLog } from './CorrectionsLog.tsx';
import { DraftModeText, DraftStatusBadge, LanguageBadge, SourceProvenanceBadge } from './DraftBadges.tsx';
import { DraftHeaderForm } from './DraftHeaderForm.tsx';
import { DraftResolutions } from './DraftResolutions.tsx';
import { type Correct, DraftStatements } from './DraftStatements.tsx';
import { DraftText } from './DraftText.tsx';
import { type DraftDetail, useCorrectDraft, useDecideDraft, useDraft } from './textsApi.ts';
import './texts.css';
import { ModalActions } from '../../components/ModalActions.tsx';
import { ParentBreadcrumbs } from '../../components/ParentBreadcrumbs.tsx';

type Decision = 'publish' | 'reject';

function DecisionModal({ draft, action, onClose }: { draft: DraftDetail; action: Decision; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const decide = useDecideDraft(draft.id);
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate(
      { action, note: note.trim() || undefined },
      {
        onSuccess: (result) => {
          onClose();
          if (action === 'publish') navigate(`/meetings/${encodeURIComponent(result?.meetingId ?? draft.meetingId)}`);
          else navigate('/texts/review?status=rejected');
        },
      },
    );
  };
  const stale = decide.isError && isApiError(decide.error) && decide.error.code === 'invalid_transition';
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`texts.decision.${action}Title`)}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {stale ? (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
              {t('texts.decision.notPending')}
            </Alert>
          ) : decide.isError ? (
            <ErrorAlert error={decide.error} />
          ) : null}
          <Text size="sm">
            {action === 'publish'
              ? t(`texts.decision.publishEffect.${draft.mode}`, {
                  count: draft.statements.length,
                  language: t(`languageName.${draft.language}`),
                })
              : t('texts.decision.rejectEffect')}
          </Text>
          {action === 'publish' && draft.corrections.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('texts.decision.withCorrections', { count: draft.corrections.length })}
            </Text>
          ) : null}
          <Textarea
            label={action === 'publish' ? t('texts.decision.noteOptional') : t('texts.decision.reasonOptional')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            data-autofocus
          />
          <ModalActions onCancel={onClose}>
            <Button
              type="submit"
              color={action === 'publish' ? 'sco.8' : 'red.9'}
              loading={decide.isPending}
              disabled={stale}
              leftSection={action === 'publish' ? <IconCheck size={16} aria-hidden /> : <IconX size={16} aria-hidden />}
            >
              {t(`texts.decision.${action}Confirm`)}
            </Button>
          </ModalActions>
        </Stack>
      </form>
    </Modal>
  );
}

function DecisionButtons({ onDecide }: { onDecide: (action: Decision) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Button
        variant="outline"
        color="red.9"
        leftSection={<IconX size={16} aria-hidden />}
        onClick={() => onDecide('reject')}
      >
        {t('texts.decision.reject')}
      </Button>
      <Button color="sco.8" leftSection={<IconCheck size={16} aria-hidden />} onClick={() => onDecide('publish')}>
        {t('texts.decision.publish')}
      </Button>
    </>
  );
}

/** For a language version: the alignment with the primary text, whose paragraphs come from the published meeting. */
function VersionAlignment({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  const meeting = useMeeting(draft.meetingId);
  const alignment = draft.alignment;
  if (!alignment) return null;
  const primaryLanguage = meeting.data?.sourceLanguage ?? draft.language;
  const byOrdinal = new Map(draft.statements.map((s) => [s.ordinal, s]));
  return (
    <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="alignment-title">
      <Title order={2} size="h4" id="alignment-title" mb={4}>
        {t('texts.alignment.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('texts.alignment.intro', { language: t(`languageName.${draft.language}`) })}
      </Text>
      <AlignmentReportView
        report={alignment}
        primaryParagraph={(ordinal) => {
          const statement = meeting.data?.statements.find((s) => s.ordinal === ordinal);
          return {
            text: statement?.text[primaryLanguage]?.text ?? null,
            language: primaryLanguage,
            href: `/meetings/${encodeURIComponent(draft.meetingId)}#p-${ordinal}`,
          };
        }}
        versionParagraph={(ordinal) => ({
          text: byOrdinal.get(ordinal)?.text ?? null,
          language: draft.language,
          href: `#statement-${ordinal}`,
        })}
        pairedParagraph={(primaryOrdinal) => {
          const paired = draft.statements.find((s) => s.pairedOrdinal === primaryOrdinal);
          return paired ? { text: paired.text, language: draft.language } : undefined;
        }}
      />
    </Card>
  );
}

function DraftView({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const correction = useCorrectDraft(draft.id);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  useDocumentTitle(`${t('texts.review.title')}: ${draft.title}`);
  const pending = draft.status === 'pending';
  const unchanged = (location.state as { outcome?: string } | null)?.outcome === 'unchanged';

  const correct: Correct = (corrections) =>
    correction.mutateAsync(corrections).then(
      () => null,
      (error: unknown) => error,
    );

  return (
    <>
      <PageHeader
        eyebrow={
          <ParentBreadcrumbs to="/texts/review" parent={t('texts.list.title')} current={t('texts.review.title')} />
        }
        title={<span lang={localeTags[draft.language]}>{draft.title}</span>}
        actions={pending ? <DecisionButtons onDecide={setDeciding} /> : <DraftStatusBadge status={draft.status} />}
      />
      <Stack gap="lg">
        {unchanged ? (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t('texts.review.unchanged')}
          </Alert>
        ) : null}
        {!pending ? (
          <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {t(`texts.review.decided.${draft.status}`, {
              when: draft.reviewedAt ? formatTimestamp(draft.reviewedAt, lang) : '—',
            })}
            {draft.status === 'published' ? (
              <>
                {' '}
                <Anchor
                  component={Link}
                  to={`/meetings/${encodeURIComponent(draft.meetingId)}`}
                  size="sm"
                  underline="always"
                >
                  {t('texts.review.openMeeting')}
                </Anchor>
              </>
            ) : null}
          </Alert>
        ) : null}
        {correction.isError ? (
          <Box className="correction-error">
            <ErrorAlert error={correction.error} title={t('texts.review.correctionRefused')} />
          </Box>
        ) : null}
        <Card withBorder padding="lg" className="data-card">
          <MetaList
            cols={3}
            items={[
              { label: t('texts.review.status'), value: <DraftStatusBadge status={draft.status} /> },
              {
                label: t('texts.review.languageKind'),
                value: (
                  <Group gap={6}>
                    <LanguageBadge language={draft.language} />
                    <Text span size="sm">
                      {t(`texts.kind.${draft.kind}`)}
                    </Text>
                  </Group>
                ),
              },
              { label: t('texts.review.publishing'), value: <DraftModeText draft={draft} /> },
              {
                label: t('texts.review.source'),
                value: (
                  <Stack gap={4}>
                    <SourceProvenanceBadge provenance={draft.provenance} />
                    {draft.sourceNote ? <Text size="sm">{draft.sourceNote}</Text> : null}
                  </Stack>
                ),
              },
              {
                label: t('texts.review.added'),
                value: `${formatTimestamp(draft.createdAt, lang)}${draft.fileName ? ` · ${draft.fileName}` : ''}`,
              },
              ...(draft.reviewNote ? [{ label: t('texts.review.reviewNote'), value: draft.reviewNote }] : []),
            ]}
          />
        </Card>
        {draft.mode === 'version' ? <VersionAlignment draft={draft} /> : null}
        <Card withBorder padding="lg" className="data-card">
          <DraftHeaderForm
            key={JSON.stringify([
              draft.header.place,
              draft.header.number,
              draft.header.start,
              draft.header.end,
              draft.header.format,
            ])}
            draft={draft}
            correct={correct}
            busy={correction.isPending}
          />
        </Card>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Card withBorder padding="lg" className="data-card draft-text-card">
              <DraftText draft={draft} />
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <DraftStatements draft={draft} correct={correct} busy={correction.isPending} />
          </Grid.Col>
        </Grid>
        <Card withBorder padding="lg" className="data-card">
          <DraftResolutions draft={draft} correct={correct} busy={correction.isPending} />
        </Card>
        <Card withBorder padding="lg" className="data-card">
          <CorrectionsLog draft={draft} />
        </Card>
        {pending ? (
          <Card withBorder padding="lg" className="data-card" component="section" aria-labelledby="decision-title">
            <Title order={2} size="h4" id="decision-title" mb={4}>
              {t('texts.decision.title')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('texts.decision.intro')}
            </Text>
            <Group gap="sm">
              <DecisionButtons onDecide={setDeciding} />
            </Group>
          </Card>
        ) : null}
      </Stack>
      {deciding ? <DecisionModal draft={draft} action={deciding} onClose={() => setDeciding(null)} /> : null}
    </>
  );
}

/** The Secretariat checks what was extracted from a text, corrects it, then publishes or rejects it. */
export default function DraftReview() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const draft = useDraft(id);
  useDocumentTitle(draft.isSuccess ? undefined : t('texts.review.title'));
  return (
    <QueryView
      query={draft}
      skeleton={<DetailSkeleton />}
      errorTitle={t('texts.review.title')}
      back={{ to: '/texts/review', label: t('texts.list.title') }}
    >
      {(data) => <DraftView draft={data} />}
    </QueryView>
  );
}
