import { Anchor, Box, Checkbox, Group, MultiSelect, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { initiativeStages, topics } from '../../../../packages/agenda/src/vocabulary.ts';
import { useInitiatives } from '../api/queries.ts';
import type { InitiativeSummary } from '../api/types.ts';
import { StageBadge, TopicBadge } from '../components/Badges.tsx';
import { type Column, DataTable } from '../components/DataTable.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { OverdueBadge } from '../components/OverdueBadge.tsx';
import { Pager } from '../components/Pager.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 25;

export default function Initiatives() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('initiatives.title'));
  const { get, getList, page, update, clear } = useUrlFilters();
  const stages = getList('stage');
  const initiativeFilters = {
    q: get('q'),
    stage: stages,
    topic: get('topic'),
    overdue: get('overdue') === 'true' ? 'true' : undefined,
  };
  const initiatives = useInitiatives({ ...initiativeFilters, limit: pageSize, offset: (page - 1) * pageSize });
  const columns: Column<InitiativeSummary>[] = [
    {
      key: 'title',
      header: t('common.title'),
      primary: true,
      render: (i) => (
        <Stack gap={4}>
          <Anchor component={Link} to={`/initiatives/${encodeURIComponent(i.id)}`} size="sm">
            <LText value={i.title} />
          </Anchor>
          <Group gap={4}>
            {i.topics.map((topic) => (
              <TopicBadge key={topic} topic={topic} />
            ))}
          </Group>
        </Stack>
      ),
    },
    {
      key: 'stage',
      header: t('initiatives.stage'),
      width: 170,
      render: (i) => (
        <Stack gap={2}>
          <StageBadge stage={i.stage} />
          <Text size="xs" c="dimmed">
            {t('initiatives.since', { date: formatDate(i.stageChangedOn, lang) })}
          </Text>
          {i.overdue ? <OverdueBadge /> : null}
          {i.dueOn ? (
            <Text size="xs" c={i.overdue ? 'red.9' : 'dimmed'}>
              {t('alerts.dueBy', { date: formatDate(i.dueOn, lang) })}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'mentions',
      header: t('common.mentionsLabel'),
      align: 'right',
      width: 100,
      render: (i) => formatNumber(i.mentionCount, lang),
    },
    {
      key: 'reports',
      header: t('initiatives.acceptedReportsLabel'),
      align: 'right',
      width: 130,
      render: (i) => formatNumber(i.acceptedReportCount, lang),
    },
  ];
  const filtered = Boolean(get('q') || stages.length || get('topic') || get('overdue'));
  return (
    <>
      <PageHeader
        title={t('initiatives.title')}
        intro={t('initiatives.intro')}
        actions={<ExportButtons list="initiatives" filters={initiativeFilters} what={t('initiatives.title')} />}
      />
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Box style={{ flex: '1 1 260px' }} maw={480}>
          <SearchBox
            id="initiative-search"
            label={t('initiatives.searchLabel')}
            value={get('q')}
            onSearch={(q) => update({ q })}
          />
        </Box>
        <MultiSelect
          id="initiative-stage"
          label={t('initiatives.stage')}
          placeholder={stages.length ? undefined : t('initiatives.anyStage')}
          data={initiativeStages.map((s) => ({ value: s, label: t(`vocab.stage.${s}`) }))}
          value={stages}
          onChange={(value) => update({ stage: value })}
          clearable
          w={{ base: '100%', xs: 260 }}
        />
        <Select
          id="initiative-topic"
          label={t('initiatives.topic')}
          placeholder={t('initiatives.anyTopic')}
          data={topics
            .map((s) => ({ value: s, label: t(`vocab.topic.${s}`) }))
            .sort((a, b) => a.label.localeCompare(b.label, lang))}
          value={get('topic') || null}
          onChange={(value) => update({ topic: value ?? '' })}
          clearable
          searchable
          w={{ base: '100%', xs: 220 }}
        />
        <Checkbox
          id="initiative-overdue"
          label={t('alerts.overdueOnly')}
          checked={get('overdue') === 'true'}
          onChange={(event) => update({ overdue: event.currentTarget.checked ? 'true' : '' })}
          mb={8}
        />
      </Group>
      {initiatives.isPending ? (
        <ListSkeleton rows={8} height={56} />
      ) : initiatives.isError ? (
        <ErrorState error={initiatives.error} onRetry={() => void initiatives.refetch()} />
      ) : initiatives.data.items.length === 0 ? (
        <EmptyState
          title={t('common.noResults')}
          action={
            filtered ? (
              <Anchor component="button" onClick={clear}>
                {t('common.clearFilters')}
              </Anchor>
            ) : undefined
          }
        >
          {t('initiatives.empty')}
        </EmptyState>
      ) : (
        <Stack gap={0} style={{ opacity: initiatives.isPlaceholderData ? 0.6 : 1 }}>
          <DataTable
            caption={t('initiatives.title')}
            rows={initiatives.data.items}
            columns={columns}
            rowKey={(i) => i.id}
          />
          <Pager total={initiatives.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </Stack>
      )}
    </>
  );
}
