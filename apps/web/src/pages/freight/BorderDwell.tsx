import { Card, Skeleton, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { freightLimits } from '../../../../../packages/freight/src/vocabulary.ts';
import type { Language } from '../../api/types.ts';
import { ToneBadge } from '../../components/Badges.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { EmptyState, ListSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import type { DwellBox } from './DwellBoxPlot.tsx';
import { DemoBadge, SourceText } from './freightShared.tsx';
import {
  type BorderDwell as BorderDwellData,
  type DwellCrossing,
  type DwellDistribution,
  useBorderDwell,
} from './trackingApi.ts';

// ECharts is the largest dependency: load it after the table is on screen.
const DwellBoxPlot = lazy(() => import('./DwellBoxPlot.tsx'));

const crossingName = (crossing: DwellCrossing, lang: Language) =>
  crossing.nodes.map((node) => node.name[lang] || node.name.en).join(' – ');

const box = (distribution: DwellDistribution | null): DwellBox['observed'] =>
  distribution
    ? [
        distribution.minHours,
        distribution.p25Hours,
        distribution.p50Hours,
        distribution.p75Hours,
        distribution.maxHours,
      ]
    : null;

function Figures({ distribution }: { distribution: DwellDistribution | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (!distribution)
    return (
      <Text size="sm" c="dimmed">
        {t('frTracking.dwell.noSamples')}
      </Text>
    );
  const hours = (value: number) => formatNumber(value, lang);
  return (
    <Stack gap={0}>
      <Text size="sm">
        {t('frTracking.dwell.median', { p50: hours(distribution.p50Hours), p90: hours(distribution.p90Hours) })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('frTracking.dwell.range', {
          samples: distribution.samples,
          min: hours(distribution.minHours),
          p25: hours(distribution.p25Hours),
          p75: hours(distribution.p75Hours),
          max: hours(distribution.maxHours),
        })}
      </Text>
    </Stack>
  );
}

function DwellPage({ data }: { data: BorderDwellData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const withSamples = data.crossings.filter((crossing) => crossing.observed || crossing.demo);
  const ordered = [...withSamples, ...data.crossings.filter((crossing) => !crossing.observed && !crossing.demo)];
  const boxes = useMemo<DwellBox[]>(
    () =>
      withSamples.map((crossing) => ({
        label: crossingName(crossing, lang),
        observed: box(crossing.observed),
        demo: box(crossing.demo),
        published: crossing.published,
      })),
    [withSamples, lang],
  );
  const labels = useMemo(
    () => ({
      observed: t('frTracking.dwell.observed'),
      demo: t('frTracking.dwell.demoSeries'),
      published: t('frTracking.dwell.published'),
      hours: t('frTracking.dwell.hoursAxis'),
    }),
    [t],
  );
  const columns: Column<DwellCrossing>[] = [
    {
      key: 'crossing',
      header: t('frTracking.dwell.crossing'),
      primary: true,
      render: (row) => crossingName(row, lang),
    },
    {
      key: 'observed',
      header: t('frTracking.dwell.observed'),
      render: (row) => <Figures distribution={row.observed} />,
    },
    {
      key: 'published',
      header: t('frTracking.dwell.published'),
      render: (row) =>
        row.published ? (
          <Stack gap={0}>
            <Text size="sm">
              {row.published.minHours === row.published.maxHours
                ? t('freight.units.hours', { value: formatNumber(row.published.minHours, lang) })
                : t('frTracking.dwell.publishedRange', {
                    min: formatNumber(row.published.minHours, lang),
                    max: formatNumber(row.published.maxHours, lang),
                  })}
            </Text>
            <SourceText source={row.published.source} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('frTracking.dwell.notPublished')}
          </Text>
        ),
    },
    {
      key: 'planner',
      header: t('frTracking.dwell.planner'),
      render: (row) =>
        row.plannerUsesObserved ? (
          <ToneBadge tone="green" size="xs">
            {t('frTracking.dwell.usesObserved')}
          </ToneBadge>
        ) : (
          <Text size="xs" c="dimmed">
            {t('frTracking.dwell.usesPublished', { needed: data.samplesForPlanning })}
          </Text>
        ),
    },
    {
      key: 'demo',
      header: t('frTracking.dwell.demoColumn'),
      render: (row) =>
        row.demo ? (
          <Stack gap={2} align="flex-start">
            <DemoBadge />
            <Figures distribution={row.demo} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            –
          </Text>
        ),
    },
  ];
  return (
    <Stack gap="lg">
      <section aria-labelledby="dwell-chart-title">
        <SectionTitle>
          <span id="dwell-chart-title">{t('frTracking.dwell.chartTitle')}</span>
        </SectionTitle>
        {boxes.length === 0 ? (
          <EmptyState title={t('frTracking.dwell.noneYet')} />
        ) : (
          <Card withBorder padding="sm" className="data-card">
            <Suspense fallback={<Skeleton height={80 + boxes.length * 44} />}>
              <DwellBoxPlot boxes={boxes} labels={labels} />
            </Suspense>
            <Text size="xs" c="dimmed" mt="xs">
              {t('frTracking.dwell.chartHint')}
            </Text>
          </Card>
        )}
      </section>
      <section aria-labelledby="dwell-table-title">
        <SectionTitle>
          <span id="dwell-table-title">{t('frTracking.dwell.tableTitle')}</span>
        </SectionTitle>
        <DataTable
          rows={ordered}
          columns={columns}
          rowKey={(row) => row.key}
          caption={t('frTracking.dwell.tableTitle')}
        />
      </section>
    </Stack>
  );
}

/** Dwell-time distributions per border crossing from carriers' events, beside the published dwell. */
export default function BorderDwell() {
  const { t } = useTranslation();
  useDocumentTitle(t('frTracking.dwell.title'));
  const query = useBorderDwell();
  return (
    <>
      <PageHeader
        title={t('frTracking.dwell.title')}
        intro={t('frTracking.dwell.intro', { needed: freightLimits.dwellSamplesForPlanning })}
      />
      <QueryView query={query} skeleton={<ListSkeleton rows={4} height={60} />}>
        {(data) => <DwellPage data={data} />}
      </QueryView>
    </>
  );
}
