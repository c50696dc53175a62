import {
  ActionIcon,
  Anchor,
  Box,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowRight, IconArrowsExchange, IconFileText, IconRocket } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetings } from '../../api/queries.ts';
import type { MeetingSummary } from '../../api/types.ts';
import { StageBadge, type Tone, ToneBadge } from '../../components/Badges.tsx';
import { type ChartOption, LazyEChart } from '../../components/LazyEChart.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { Segments } from '../../components/Segments.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { type ChangeKind, type ComparedItem, type Comparison, changeKinds, useComparison } from './textsApi.ts';
import './texts.css';

export const changeTone: Record<ChangeKind, Tone> = {
  new: 'green',
  upgraded: 'teal',
  downgraded: 'amber',
  dropped: 'red',
  unchanged: 'gray',
};

/** Bar colours of the changes (the same hues as the badges, strong enough to read as bars). */
const changeColor: Record<ChangeKind, string> = {
  new: '#2f9e44',
  upgraded: '#0c8599',
  downgraded: '#e0a100',
  dropped: '#c92a2a',
  unchanged: '#adb5bd',
};

const chartedChanges = changeKinds.filter((c) => c !== 'unchanged');

export function ChangeBadge({ change }: { change: ChangeKind }) {
  const { t } = useTranslation();
  return <ToneBadge tone={changeTone[change]}>{t(`compare.change.${change}`)}</ToneBadge>;
}

function StatementLinks({ ids, label }: { ids: string[]; label: (n: number) => string }) {
  if (ids.length === 0) return null;
  return (
    <>
      {ids.map((id, index) => (
        <Anchor key={id} component={Link} to={`/statements/${encodeURIComponent(id)}`} size="xs">
          {label(index + 1)}
        </Anchor>
      ))}
    </>
  );
}

function ItemRow({ item }: { item: ComparedItem }) {
  const { t } = useTranslation();
  const path = `/${item.kind === 'initiative' ? 'initiatives' : 'documents'}/${encodeURIComponent(item.id)}`;
  const Icon = item.kind === 'initiative' ? IconRocket : IconFileText;
  const many = (ids: string[]) => ids.length > 1;
  return (
    <Box component="li" className="compare-item" data-change={item.change}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Icon size={16} className={`fact-icon-${item.kind}`} aria-hidden style={{ flex: 'none', marginTop: 3 }} />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="wrap">
            <ChangeBadge change={item.change} />
            <Text size="xs" c="dimmed">
              {t(`vocab.factKind.${item.kind}`)}
            </Text>
          </Group>
          <Anchor component={Link} to={path} size="sm" fw={500}>
            <LText value={item.title} marker="icon" />
          </Anchor>
          {item.kind === 'initiative' && (item.fromStage || item.toStage) ? (
            <Group gap={6} wrap="wrap" aria-label={t('compare.stageChange')}>
              {item.fromStage ? <StageBadge stage={item.fromStage} /> : <Text size="xs">—</Text>}
              <IconArrowRight size={14} aria-label={t('compare.becomes')} />
              {item.toStage ? <StageBadge stage={item.toStage} /> : <Text size="xs">—</Text>}
            </Group>
          ) : null}
          <Group gap={10} wrap="wrap">
            <StatementLinks
              ids={item.fromStatementIds}
              label={(n) =>
                many(item.fromStatementIds) ? t('compare.earlierStatementN', { n }) : t('compare.earlierStatement')
              }
            />
            <StatementLinks
              ids={item.toStatementIds}
              label={(n) =>
                many(item.toStatementIds) ? t('compare.laterStatementN', { n }) : t('compare.laterStatement')
              }
            />
          </Group>
        </Stack>
      </Group>
    </Box>
  );
}

function chartOption(
  comparison: Comparison,
  topicLabel: (topic: string) => string,
  changeLabel: (c: ChangeKind) => string,
): ChartOption {
  const rows = comparison.topics.filter((topic) => chartedChanges.some((c) => topic.counts[c] > 0)).reverse();
  return {
    grid: { left: 4, right: 12, top: 4, bottom: 4, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: '#e9ecef' } },
      axisLabel: { color: '#495057' },
    },
    yAxis: {
      type: 'category',
      data: rows.map((r) => topicLabel(r.topic)),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#ced4da' } },
      axisLabel: { color: '#343a40', fontSize: 12, width: 130, overflow: 'truncate' },
    },
    series: chartedChanges.map((change) => ({
      type: 'bar' as const,
      name: changeLabel(change),
      stack: 'changes',
      data: rows.map((r) => r.counts[change]),
      itemStyle: { color: changeColor[change] },
      barMaxWidth: 18,
    })),
  };
}

function ChangesChart({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const lang = useLang();
  const option = useMemo(
    () =>
      chartOption(
        comparison,
        (topic) => t(`vocab.topic.${topic}`),
        (change) => t(`compare.change.${change}`),
      ),
    [comparison, t],
  );
  const rows = comparison.topics.filter((topic) => chartedChanges.some((c) => topic.counts[c] > 0));
  if (rows.length === 0) return null;
  return (
    <Card withBorder padding="md" className="data-card" component="section" aria-labelledby="compare-chart-title">
      <Title order={2} size="h4" id="compare-chart-title" mb={4}>
        {t('compare.chartTitle')}
      </Title>
      <Group gap="md" component="ul" className="plain-list" mb="xs" aria-label={t('compare.legend')}>
        {chartedChanges.map((change) => (
          <Group key={change} gap={6} component="li" wrap="nowrap">
            <span className="legend-swatch" style={{ background: changeColor[change] }} aria-hidden />
            <Text size="xs">{t(`compare.change.${change}`)}</Text>
          </Group>
        ))}
      </Group>
      <LazyEChart option={option} height={Math.max(120, rows.length * 30 + 30)} />
      <details className="chart-data">
        <summary>
          <Text span size="xs" c="sco.8" fw={600}>
            {t('compare.chartTable')}
          </Text>
        </summary>
        <Table.ScrollContainer minWidth={320}>
          <Table fz="xs" mt="xs" striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('common.topics')}</Table.Th>
                {chartedChanges.map((change) => (
                  <Table.Th key={change} scope="col" ta="right">
                    {t(`compare.change.${change}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.topic}>
                  <Table.Th scope="row" fw={400}>
                    {t(`vocab.topic.${row.topic}`)}
                  </Table.Th>
                  {chartedChanges.map((change) => (
                    <Table.Td key={change} ta="right" className="facet-count">
                      {formatNumber(row.counts[change], lang)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </details>
    </Card>
  );
}

function Totals({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <SimpleGrid
      cols={{ base: 2, xs: 3, md: 5 }}
      spacing="sm"
      component="ul"
      className="plain-list"
      aria-label={t('compare.totals')}
    >
      {changeKinds.map((change) => (
        <Card
          key={change}
          component="li"
          withBorder
          padding="sm"
          className={`data-card compare-total compare-total-${change}`}
        >
          <Text size="sm" c="dimmed" fw={500}>
            {t(`compare.change.${change}`)}
          </Text>
          <Text className="stat-value" mt={4}>
            {formatNumber(comparison.totals[change], lang)}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function ComparedMeeting({ meeting, label }: { meeting: Comparison['from']; label: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Box>
      <Text size="xs" c="dimmed" fw={700} tt="uppercase">
        {label}
      </Text>
      <Anchor component={Link} to={`/meetings/${encodeURIComponent(meeting.id)}`} size="sm" fw={600}>
        <LText value={meeting.title} marker="icon" />
      </Anchor>
      <Text size="xs" c="dimmed">
        {formatDate(meeting.startDate, lang)} · {t('compare.statementCount', { count: meeting.statementCount })}
      </Text>
    </Box>
  );
}

const changeOrder = (item: ComparedItem) => changeKinds.indexOf(item.change);
/** Items a topic shows before "show more": enough to see its changes, few enough to reach the next topic. */
const shownPerTopic = 6;

function TopicGroup({ topic, items }: { topic: Comparison['topics'][number]; items: ComparedItem[] }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? items : items.slice(0, shownPerTopic);
  return (
    <Card withBorder padding="md" className="data-card" component="section" aria-labelledby={`topic-${topic.topic}`}>
      <Group justify="space-between" gap="xs" wrap="wrap" mb="xs">
        <Title order={3} size="h5" id={`topic-${topic.topic}`}>
          {t(`vocab.topic.${topic.topic}`)}
        </Title>
        <Text size="xs" c="dimmed">
          {t('compare.topicStatements', { from: topic.fromStatements, to: topic.toStatements })}
        </Text>
      </Group>
      <Group gap={6} mb="sm" wrap="wrap">
        {changeKinds
          .filter((change) => topic.counts[change] > 0)
          .map((change) => (
            <ToneBadge key={change} tone={changeTone[change]}>
              {t('compare.countOf', { change: t(`compare.change.${change}`), count: topic.counts[change] })}
            </ToneBadge>
          ))}
      </Group>
      <Stack gap="sm" component="ul" className="plain-list">
        {visible.map((item) => (
          <ItemRow key={`${item.kind}:${item.id}`} item={item} />
        ))}
      </Stack>
      {items.length > shownPerTopic ? (
        <Button
          variant="subtle"
          size="compact-sm"
          mt="sm"
          onClick={() => setExpanded((e) => !e)}
          aria-expanded={expanded}
        >
          {expanded ? t('common.showFewer') : t('common.showMore', { count: items.length - shownPerTopic })}
        </Button>
      ) : null}
    </Card>
  );
}

function TopicGroups({ comparison, showAll }: { comparison: Comparison; showAll: boolean }) {
  const { t } = useTranslation();
  const groups = comparison.topics
    .map((topic) => ({
      topic,
      items: topic.items
        .filter((item) => showAll || item.change !== 'unchanged')
        .sort((a, b) => changeOrder(a) - changeOrder(b)),
    }))
    .filter((group) => group.items.length > 0);
  if (groups.length === 0) {
    return <EmptyState>{showAll ? t('compare.nothing') : t('compare.noChanges')}</EmptyState>;
  }
  return (
    <Stack gap="md">
      {groups.map((group) => (
        <TopicGroup key={group.topic.topic} topic={group.topic} items={group.items} />
      ))}
    </Stack>
  );
}

function meetingOption(m: MeetingSummary, lang: ReturnType<typeof useLang>) {
  return { value: m.id, label: `${m.startDate.slice(0, 4)} · ${plainText(m.title, lang)}` };
}

/** Two stored texts side by side: what each topic gained, lost, strengthened or weakened between them. */
export default function Compare() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('compare.title'));
  const meetings = useMeetings();
  const { get, update } = useUrlFilters();
  const sorted = useMemo(
    () => [...(meetings.data?.items ?? [])].sort((a, b) => b.startDate.localeCompare(a.startDate)),
    [meetings.data],
  );
  const from = get('from') || sorted[1]?.id || '';
  const to = get('to') || sorted[0]?.id || '';
  const showAll = get('show') === 'all';
  const comparison = useComparison(from, to);
  const options = sorted.map((m) => meetingOption(m, lang));

  return (
    <>
      <PageHeader title={t('compare.title')} intro={t('compare.intro')} />
      <Card withBorder padding="md" className="data-card" mb="lg">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('compare.from')}
            data={options}
            value={from || null}
            onChange={(value) => update({ from: value ?? '' })}
            allowDeselect={false}
            searchable
            style={{ flex: '1 1 260px' }}
            comboboxProps={{ withinPortal: true }}
          />
          <Tooltip label={t('compare.swap')}>
            <ActionIcon
              variant="light"
              size="lg"
              aria-label={t('compare.swap')}
              onClick={() => update({ from: to, to: from })}
              disabled={!from || !to}
              mb={2}
            >
              <IconArrowsExchange size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Select
            label={t('compare.to')}
            data={options}
            value={to || null}
            onChange={(value) => update({ to: value ?? '' })}
            allowDeselect={false}
            searchable
            style={{ flex: '1 1 260px' }}
            comboboxProps={{ withinPortal: true }}
          />
        </Group>
      </Card>
      {meetings.isPending ? (
        <ListSkeleton rows={3} height={120} />
      ) : meetings.isError ? (
        <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : sorted.length < 2 ? (
        <EmptyState>{t('compare.needTwo')}</EmptyState>
      ) : from === to ? (
        <EmptyState>{t('compare.sameText')}</EmptyState>
      ) : comparison.isPending ? (
        <ListSkeleton rows={3} height={120} />
      ) : comparison.isError ? (
        <ErrorState error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : (
        <Stack gap="lg" aria-busy={comparison.isFetching}>
          <Card withBorder padding="md" className="data-card">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <ComparedMeeting meeting={comparison.data.from} label={t('compare.from')} />
              <ComparedMeeting meeting={comparison.data.to} label={t('compare.to')} />
            </SimpleGrid>
          </Card>
          <Totals comparison={comparison.data} />
          <ChangesChart comparison={comparison.data} />
          <Box>
            <Group justify="space-between" align="flex-end" gap="sm" mb="sm" wrap="wrap">
              <Title order={2} size="h4">
                {t('compare.byTopic')}
              </Title>
              <Box>
                <Text size="xs" fw={600} mb={4} id="compare-show-label">
                  {t('compare.show')}
                </Text>
                <Segments
                  size="xs"
                  aria-labelledby="compare-show-label"
                  value={showAll ? 'all' : 'changes'}
                  onChange={(value) => update({ show: value === 'all' ? 'all' : '' })}
                  data={[
                    { value: 'changes', label: t('compare.showChanges') },
                    { value: 'all', label: t('compare.showAll') },
                  ]}
                />
              </Box>
            </Group>
            <TopicGroups comparison={comparison.data} showAll={showAll} />
          </Box>
          <Text size="xs" c="dimmed">
            {t('compare.topicsNote')}
          </Text>
        </Stack>
      )}
    </>
  );
}
