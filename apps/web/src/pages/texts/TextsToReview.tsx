import { Anchor, Box, Button, Card, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Pager } from '../../components/Pager.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { localeTags } from '../../i18n.ts';
import { formatDate, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { DraftFacts, DraftModeText, DraftStatusBadge } from './DraftBadges.tsx';
import { type DraftStatus, type DraftSummary, draftStatuses, useDrafts } from './textsApi.ts';
import './texts.css';

const pageSize = 20;

function DraftCard({ draft }: { draft: DraftSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder padding="md" component="article" className="data-card">
      <Stack gap={8}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h5" lh={1.4} style={{ minWidth: 0, flex: '1 1 260px' }}>
            <Anchor component={Link} to={`/texts/review/${encodeURIComponent(draft.id)}`} inherit>
              <span lang={localeTags[draft.language]}>{draft.title}</span>
            </Anchor>
          </Title>
          <Box style={{ flex: 'none' }}>
            <DraftStatusBadge status={draft.status} />
          </Box>
        </Group>
        <DraftFacts draft={draft} />
        <DraftModeText draft={draft} />
        <Text size="sm" c="dimmed">
          {[
            t('texts.list.meetingDate', { date: formatDate(draft.startDate, lang) }),
            t('texts.list.statements', { count: draft.statementCount }),
            t('texts.list.corrections', { count: draft.correctionCount }),
          ].join(' · ')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('texts.list.added', { when: formatTimestamp(draft.createdAt, lang) })}
          {draft.fileName ? ` · ${draft.fileName}` : ''}
          {draft.reviewedAt ? ` · ${t('texts.list.reviewed', { when: formatTimestamp(draft.reviewedAt, lang) })}` : ''}
        </Text>
      </Stack>
    </Card>
  );
}

function DraftList({ status }: { status: DraftStatus }) {
  const { t } = useTranslation();
  const { page, update } = useUrlFilters();
  const drafts = useDrafts({ status, limit: pageSize, offset: (page - 1) * pageSize });
  if (drafts.isPending) return <ListSkeleton rows={3} height={140} />;
  if (drafts.isError) return <ErrorState error={drafts.error} onRetry={() => void drafts.refetch()} />;
  if (drafts.data.items.length === 0) {
    return (
      <EmptyState
        action={
          status === 'pending' ? (
            <Button component={Link} to="/texts/new" variant="light">
              {t('texts.add.title')}
            </Button>
          ) : undefined
        }
      >
        {t(`texts.list.empty.${status}`)}
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      {drafts.data.items.map((draft) => (
        <DraftCard key={draft.id} draft={draft} />
      ))}
      <Pager total={drafts.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
    </Stack>
  );
}

/** The texts waiting for the Secretariat's review, pending first, with tabs for those already decided. */
export default function TextsToReview() {
  const { t } = useTranslation();
  useDocumentTitle(t('texts.list.title'));
  const { get, update } = useUrlFilters();
  const status = (draftStatuses as readonly string[]).includes(get('status'))
    ? (get('status') as DraftStatus)
    : 'pending';
  return (
    <>
      <PageHeader
        title={t('texts.list.title')}
        intro={
          <>
            {t('texts.list.intro')}{' '}
            <Anchor component={Link} to="/review" size="sm" underline="always">
              {t('texts.list.reportsLink')}
            </Anchor>
          </>
        }
        actions={
          <Button component={Link} to="/texts/new" leftSection={<IconFileImport size={16} aria-hidden />}>
            {t('texts.add.title')}
          </Button>
        }
      />
      <Tabs value={status} onChange={(value) => update({ status: value === 'pending' || !value ? '' : value })}>
        <Tabs.List aria-label={t('texts.list.tabs')} mb="md">
          {draftStatuses.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(`texts.list.tab.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {draftStatuses.map((s) => (
          <Tabs.Panel key={s} value={s}>
            {s === status ? <DraftList status={status} /> : null}
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
