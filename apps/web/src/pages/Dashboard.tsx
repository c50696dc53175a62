import { Anchor, Button, Card, Grid, Group, SimpleGrid, Skeleton, Stack, Text, Timeline, Title } from '@mantine/core';
import {
  IconArrowRight,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCircleCheck,
  IconFileText,
  IconMessages,
  IconRocket,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useOverview } from '../api/queries.ts';
import type { InitiativeStage, Overview } from '../api/types.ts';
import { stageTone } from '../components/Badges.tsx';
import { ChartCard, type ChartRow } from '../components/ChartCard.tsx';
import { type ChartOption, LazyEChart as EChart } from '../components/LazyEChart.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { PageHeader, QueryView } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { formatDateRange, formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';

const toneColor: Record<string, string> = {
  gray: '#868e96',
  blue: '#3176bf',
  teal: '#1f9a8e',
  navy: '#0d3f70',
  violet: '#7048b6',
  green: '#2f9e44',
  amber: '#e0a100',
  red: '#c92a2a',
};

const stageOrder: InitiativeStage[] = [
  'proposed',
  'noted',
  'supported',
  'approved',
  'in_progress',
  'implemented',
  'stalled',
  'withdrawn',
];

function barOption(rows: ChartRow[], color: string | ((key: string) => string)): ChartOption {
  const reversed = [...rows].reverse(); // ECharts draws category axes bottom-up
  return {
    grid: { left: 8, right: 36, top: 6, bottom: 6, containLabel: true },
    tooltip: { trigger: 'item', confine: true },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitLine: { lineStyle: { color: '#e9ecef' } },
      axisLabel: { color: '#495057' },
    },
    yAxis: {
      type: 'category',
      data: reversed.map((r) => r.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#ced4da' } },
      axisLabel: { color: '#343a40', fontSize: 12, width: 180, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: reversed.map((r) => ({
          value: r.value,
          name: r.label,
          itemStyle: { color: typeof color === 'string' ? color : color(r.key), borderRadius: [0, 3, 3, 0] },
        })),
        barMaxWidth: 18,
        label: { show: true, position: 'right', color: '#343a40', fontSize: 11 },
        cursor: 'pointer',
      },
    ],
  };
}

function StatCards({ counts }: { counts: Overview['counts'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cards = [
    { key: 'meetings', to: '/meetings', icon: IconBuildingCommunity, value: counts.meetings },
    { key: 'statements', to: '/statements', icon: IconMessages, value: counts.statements },
    { key: 'documents', to: '/documents', icon: IconFileText, value: counts.documents },
    { key: 'events', to: '/events', icon: IconCalendarEvent, value: counts.events },
    { key: 'initiatives', to: '/initiatives', icon: IconRocket, value: counts.initiatives },
    { key: 'acceptedReports', to: '/initiatives', icon: IconCircleCheck, value: counts.acceptedReports },
  ] as const;
  return (
    <SimpleGrid
      cols={{ base: 2, sm: 3, lg: 6 }}
      spacing="sm"
      component="ul"
      className="plain-list"
      aria-label={t('dashboard.title')}
    >
      {cards.map(({ key, to, icon: Icon, value }) => (
        <li key={key}>
          <Card withBorder padding="sm" component={Link} to={to} className="stat-card" h="100%">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap={4}>
              <Text size="sm" c="dimmed" fw={500} lh={1.3}>
                {t(`dashboard.counts.${key}`)}
              </Text>
              <Icon size={18} color="var(--mantine-color-sco-6)" aria-hidden style={{ flex: 'none' }} />
            </Group>
            <Text className="stat-value" mt={6}>
              {formatNumber(value, lang)}
            </Text>
          </Card>
        </li>
      ))}
    </SimpleGrid>
  );
}

function OverviewContent({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();

  const topicRows: ChartRow[] = useMemo(
    () =>
      [...data.statementsByTopic]
        .sort((a, b) => b.count - a.count)
        .map((f) => ({
          key: f.value,
          label: t(`vocab.topic.${f.value}`),
          value: f.count,
          to: `/statements?topic=${f.value}`,
        })),
    [data.statementsByTopic, t],
  );
  const stanceRows: ChartRow[] = useMemo(
    () =>
      [...data.statementsByStance]
        .sort((a, b) => b.count - a.count)
        .map((f) => ({
          key: f.value,
          label: t(`vocab.stance.${f.value}`),
          value: f.count,
          to: `/statements?stance=${f.value}`,
        })),
    [data.statementsByStance, t],
  );
  const stageRows: ChartRow[] = useMemo(() => {
    const counts = new Map(data.initiativesByStage.map((f) => [f.value, f.count]));
    return stageOrder
      .filter((s) => counts.has(s) || !['stalled', 'withdrawn'].includes(s))
      .map((s) => ({ key: s, label: t(`vocab.stage.${s}`), value: counts.get(s) ?? 0, to: `/initiatives?stage=${s}` }));
  }, [data.initiativesByStage, t]);

  const goTo = (rows: ChartRow[]) => (name: string) => {
    const row = rows.find((r) => r.label === name);
    if (row?.to) navigate(row.to);
  };

  const topicOption = useMemo(() => barOption(topicRows, '#1f64ab'), [topicRows]);
  const stanceOption = useMemo(() => barOption(stanceRows, '#1f9a8e'), [stanceRows]);
  const stageOption = useMemo(
    () => barOption(stageRows, (key) => toneColor[stageTone[key as InitiativeStage]] ?? '#1f64ab'),
    [stageRows],
  );

  return (
    <Stack gap="lg">
      <StatCards counts={data.counts} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChartCard title={t('dashboard.byTopic')} rows={topicRows} hint={t('dashboard.chartHint')}>
            <EChart
              option={topicOption}
              height={Math.max(220, topicRows.length * 24 + 20)}
              onSelect={goTo(topicRows)}
            />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            {data.latestMeeting ? (
              <Card withBorder padding="md" component="section" aria-labelledby="latest-meeting" className="data-card">
                <Text size="xs" fw={700} tt="uppercase" c="scoTeal.8" id="latest-meeting" component="h2" m={0}>
                  {t('dashboard.latestMeeting')}
                </Text>
                <Title order={3} size="h5" mt={6} lh={1.35}>
                  <LText value={data.latestMeeting.title} />
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  {formatDateRange(data.latestMeeting.startDate, data.latestMeeting.endDate, lang)} ·{' '}
                  <LText value={data.latestMeeting.place} marker="icon" />
                </Text>
                <Text size="sm" mt={4}>
                  {t('dashboard.statementsCount', { count: data.latestMeeting.statementCount })}
                </Text>
                <Button
                  component={Link}
                  to={`/meetings/${encodeURIComponent(data.latestMeeting.id)}`}
                  mt="sm"
                  size="sm"
                  rightSection={<IconArrowRight size={16} aria-hidden />}
                >
                  {t('dashboard.readMeeting')}
                </Button>
              </Card>
            ) : null}
            <ChartCard title={t('dashboard.byStance')} rows={stanceRows}>
              <EChart
                option={stanceOption}
                height={Math.max(200, stanceRows.length * 24 + 20)}
                onSelect={goTo(stanceRows)}
              />
            </ChartCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <ChartCard title={t('dashboard.byStage')} rows={stageRows}>
            <EChart
              option={stageOption}
              height={Math.max(200, stageRows.length * 28 + 20)}
              onSelect={goTo(stageRows)}
            />
          </ChartCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card withBorder padding="md" component="section" aria-labelledby="upcoming-events" className="data-card">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id="upcoming-events">
                {t('dashboard.upcoming')}
              </Title>
              <Anchor component={Link} to="/events?status=planned" size="sm">
                {t('common.viewAll')}
              </Anchor>
            </Group>
            {data.upcomingEvents.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('dashboard.noUpcoming')}
              </Text>
            ) : (
              <Timeline bulletSize={14} lineWidth={2} color="scoTeal">
                {data.upcomingEvents.map((event) => (
                  <Timeline.Item
                    key={event.id}
                    title={
                      <Anchor component={Link} to={`/events/${encodeURIComponent(event.id)}`} size="sm" fw={600}>
                        <LText value={event.name} marker="icon" />
                      </Anchor>
                    }
                  >
                    <Text size="xs" c="dimmed">
                      {formatDateRange(event.start, event.end, lang) || t('date.unknown')}
                      {event.place ? (
                        <>
                          {' · '}
                          <LText value={event.place} marker="icon" />
                        </>
                      ) : event.hostCountryCode ? (
                        ` · ${countryName(event.hostCountryCode, lang)}`
                      ) : null}
                    </Text>
                  </Timeline.Item>
                ))}
              </Timeline>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function DashboardSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        {Array.from({ length: 6 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders
          <Skeleton key={i} height={82} />
        ))}
      </SimpleGrid>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Skeleton height={420} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Skeleton height={420} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export default function Dashboard() {
  const { t } = useTranslation();
  useDocumentTitle(t('dashboard.title'));
  const overview = useOverview();
  return (
    <>
      <PageHeader title={t('dashboard.title')} intro={t('dashboard.intro')} />
      <QueryView query={overview} skeleton={<DashboardSkeleton />}>
        {(data) => <OverviewContent data={data} />}
      </QueryView>
    </>
  );
}
