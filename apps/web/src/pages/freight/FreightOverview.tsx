import { Anchor, Box, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkStatuses, type TransportMode, transportModes } from '../../../../../packages/freight/src/vocabulary.ts';
import { type MapLine, type MapPoint, RegionMap } from '../../components/RegionMap.tsx';
import { ErrorState, ListSkeleton, PageHeader, SectionTitle } from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type NetworkMap, useNetworkMap } from './freightApi.ts';
import { ApproximateBadge, EstimateBadge, modeColours, nodeLabel } from './freightShared.tsx';

/** The map's points and lines: links drawn by mode, those not operational dashed. */
export function networkMapLayers(
  network: NetworkMap,
  lang: 'zh' | 'ru' | 'en',
  modeLabel: (mode: TransportMode) => string,
): { points: MapPoint[]; lines: MapLine[] } {
  const byId = new Map(network.nodes.map((node) => [node.id, node]));
  const points = network.nodes.map((node) => ({
    id: node.id,
    label: nodeLabel(node, lang),
    latitude: node.latitude,
    longitude: node.longitude,
    href: `/freight/nodes/${encodeURIComponent(node.id)}`,
  }));
  const lines = network.links.flatMap((link): MapLine[] => {
    const from = byId.get(link.fromNodeId);
    const to = byId.get(link.toNodeId);
    if (!from || !to) return [];
    return [
      {
        id: link.id,
        label: `${nodeLabel(from, lang)} – ${nodeLabel(to, lang)} (${modeLabel(link.mode)})`,
        coordinates: [
          [from.longitude, from.latitude],
          [to.longitude, to.latitude],
        ],
        group: link.mode,
        color: modeColours[link.mode],
        dashed: link.status !== 'operational',
        href: `/freight/links/${link.id}`,
      },
    ];
  });
  return { points, lines };
}

/** A swatch of a mode's colour, solid or dashed, for the legend. */
export function LineSwatch({ colour, dashed }: { colour: string; dashed: boolean }) {
  return (
    <Box
      component="span"
      aria-hidden
      style={{
        display: 'inline-block',
        width: 28,
        verticalAlign: 'middle',
        borderTop: `3px ${dashed ? 'dashed' : 'solid'} ${colour}`,
      }}
    />
  );
}

/** The freight module's front page: the corridor network on a map, what the data is, and where to go next. */
export default function FreightOverview() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('frNetwork.overview.title'));
  const network = useNetworkMap();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const layers = useMemo(
    () =>
      network.data
        ? networkMapLayers(network.data, lang, (mode) => t(`freight.vocab.mode.${mode}`))
        : { points: [], lines: [] },
    [network.data, lang, t],
  );
  const entries = [
    { to: '/freight/plan', title: t('freight.nav.plan'), text: t('frNetwork.overview.entryPlan') },
    { to: '/freight/network', title: t('freight.nav.network'), text: t('frNetwork.overview.entryNetwork') },
    { to: '/freight/services', title: t('freight.nav.services'), text: t('frNetwork.overview.entryServices') },
    { to: '/freight/borders', title: t('freight.nav.borders'), text: t('frNetwork.overview.entryBorders') },
    { to: '/freight/shipments', title: t('freight.nav.shipments'), text: t('frNetwork.overview.entryShipments') },
  ];
  return (
    <>
      <PageHeader title={t('frNetwork.overview.title')} intro={t('frNetwork.overview.intro')} />
      {network.isPending ? (
        <ListSkeleton rows={3} height={120} />
      ) : network.isError ? (
        <ErrorState error={network.error} onRetry={() => void network.refetch()} />
      ) : (
        <Stack gap="lg">
          <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm" component="dl" m={0} className="freight-counts">
            {[
              { label: t('frNetwork.counts.nodes'), value: network.data.counts.nodes },
              { label: t('frNetwork.counts.links'), value: network.data.counts.links },
              { label: t('frNetwork.counts.sourced'), value: network.data.counts.sourcedDistances },
              { label: t('frNetwork.counts.estimated'), value: network.data.counts.estimatedDistances },
              { label: t('frNetwork.counts.services'), value: network.data.counts.services },
            ].map((item) => (
              <Card key={item.label} withBorder padding="sm">
                <Text component="dt" size="xs" c="dimmed">
                  {item.label}
                </Text>
                <Text component="dd" m={0} fz="xl" fw={700}>
                  {formatNumber(item.value, lang)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <section aria-labelledby="network-map-title">
            <SectionTitle>
              <span id="network-map-title">{t('frNetwork.overview.mapTitle')}</span>
            </SectionTitle>
            <RegionMap
              points={layers.points}
              lines={layers.lines}
              fitTo="points"
              height={wide ? 440 : 300}
              ariaLabel={t('frNetwork.overview.mapLabel')}
              hidePointList
            />
            <NetworkLegend network={network.data} />
          </section>
        </Stack>
      )}
      <section aria-labelledby="network-data-title">
        <SectionTitle>
          <span id="network-data-title">{t('frNetwork.overview.dataTitle')}</span>
        </SectionTitle>
        <Stack gap="xs" maw={860}>
          <Text size="sm">{t('frNetwork.overview.dataOrigin')}</Text>
          <Text size="sm">
            <EstimateBadge /> {t('frNetwork.overview.dataEstimates')}
          </Text>
          <Text size="sm">
            <ApproximateBadge /> {t('frNetwork.overview.dataCoordinates')}
          </Text>
          <Text size="sm">{t('frNetwork.overview.dataEditing')}</Text>
        </Stack>
      </section>
      <section aria-labelledby="freight-entries-title">
        <SectionTitle>
          <span id="freight-entries-title">{t('frNetwork.overview.entriesTitle')}</span>
        </SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" component="ul" className="plain-list">
          {entries.map((entry) => (
            <Card key={entry.to} withBorder padding="md" component="li">
              <Title order={3} size="h5">
                <Anchor component={Link} to={entry.to}>
                  {entry.title}
                </Anchor>
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                {entry.text}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      </section>
    </>
  );
}

/**
 * The legend, which is also the map's text alternative: how many links of each mode are in each status, with the
 * line style each is drawn in, and a way to the full tables.
 */
function NetworkLegend({ network }: { network: NetworkMap }) {
  const { t } = useTranslation();
  const lang = useLang();
  const modes = transportModes.filter((mode) => network.links.some((link) => link.mode === mode));
  const statuses = linkStatuses.filter((status) => network.links.some((link) => link.status === status));
  const countOf = (mode: TransportMode, status: string) =>
    network.links.filter((link) => link.mode === mode && link.status === status).length;
  return (
    <Stack gap="xs" mt="sm">
      <Text size="sm" fw={600}>
        {t('frNetwork.overview.legendCaption')}
      </Text>
      <List size="sm" spacing={4} className="plain-list">
        {modes.map((mode) => (
          <List.Item key={mode}>
            <Group gap={8} wrap="nowrap" align="baseline" component="span">
              <LineSwatch colour={modeColours[mode]} dashed={false} />
              <span>
                <Anchor component={Link} to={`/freight/network?view=links&mode=${mode}`} size="sm" fw={600}>
                  {t(`freight.vocab.mode.${mode}`)}
                </Anchor>
                {': '}
                {statuses
                  .filter((status) => countOf(mode, status) > 0)
                  .map(
                    (status) =>
                      `${t(`freight.vocab.linkStatus.${status}`)} ${formatNumber(countOf(mode, status), lang)}`,
                  )
                  .join(' · ')}
              </span>
            </Group>
          </List.Item>
        ))}
      </List>
      <List size="sm" spacing={2} className="plain-list">
        <List.Item>
          <Group gap={8} wrap="nowrap" component="span">
            <LineSwatch colour="#495057" dashed={false} />
            <span>{t('frNetwork.overview.legendSolid')}</span>
          </Group>
        </List.Item>
        <List.Item>
          <Group gap={8} wrap="nowrap" component="span">
            <LineSwatch colour="#495057" dashed />
            <span>{t('frNetwork.overview.legendDashed')}</span>
          </Group>
        </List.Item>
      </List>
      <Text size="sm">
        <Anchor component={Link} to="/freight/network">
          {t('frNetwork.overview.tablesLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
