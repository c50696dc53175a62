import { Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { type MapLine, RegionMap } from '../../components/RegionMap.tsx';
import { DetailSkeleton, EmptyState, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type FreightLink, type NodeDetail as NodeDetailData, useNode } from './freightApi.ts';
import {
  ApproximateBadge,
  Distance,
  freightCountryName,
  LinkStatusBadge,
  modeColours,
  NodeName,
  nodeLabel,
  SourceText,
} from './freightShared.tsx';
import { NetworkHistory } from './NetworkHistory.tsx';

/** One node: its names, position and provenance, facts with sources, links, border pair, services and history. */
export default function NodeDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const node = useNode(id);
  return (
    <QueryView
      query={node}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frNetwork.node.title')}
      back={{ to: '/freight/network', label: t('frNetwork.common.backToNetwork') }}
    >
      {(data) => <NodeView data={data} />}
    </QueryView>
  );
}

function NodeView({ data }: { data: NodeDetailData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  const { node } = data;
  const name = nodeLabel(node, lang);
  useDocumentTitle(name);
  const others = (['zh', 'ru', 'en'] as const).filter((language) => language !== lang);
  const lines: MapLine[] = data.links.map((link) => ({
    id: link.id,
    label: `${nodeLabel(link.from, lang)} – ${nodeLabel(link.to, lang)}`,
    coordinates: [
      [link.from.longitude, link.from.latitude],
      [link.to.longitude, link.to.latitude],
    ],
    group: link.mode,
    color: modeColours[link.mode],
    dashed: link.status !== 'operational',
    href: `/freight/links/${link.id}`,
  }));
  const neighbours = data.links.map((link) => (link.from.id === node.id ? link.to : link.from));
  const points = [node, ...neighbours].map((point) => ({
    id: point.id,
    label: nodeLabel(point, lang),
    latitude: point.latitude,
    longitude: point.longitude,
    href: `/freight/nodes/${encodeURIComponent(point.id)}`,
    group: point.id === node.id ? 'this' : 'neighbour',
  }));
  const linkColumns: Column<FreightLink>[] = [
    {
      key: 'to',
      header: t('frNetwork.node.linkTo'),
      primary: true,
      render: (link) => (
        <Anchor component={Link} to={`/freight/links/${link.id}`} size="sm">
          <NodeName node={link.from.id === node.id ? link.to : link.from} />
        </Anchor>
      ),
    },
    { key: 'mode', header: t('frNetwork.field.mode'), render: (link) => t(`freight.vocab.mode.${link.mode}`) },
    {
      key: 'distance',
      header: t('frNetwork.field.distance'),
      render: (link) => <Distance km={link.distanceKm} estimated={link.distanceEstimated} />,
    },
    { key: 'status', header: t('frNetwork.field.status'), render: (link) => <LinkStatusBadge status={link.status} /> },
  ];
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/freight/network" size="sm">
            {t('frNetwork.common.backToNetwork')}
          </Anchor>
        }
        title={name}
        intro={others.map((language) => (
          <span key={language} lang={language} style={{ marginInlineEnd: 12 }}>
            {node.name[language]}
          </span>
        ))}
        actions={
          hasRole('secretariat', 'admin', 'carrier') ? (
            <Button
              component={Link}
              to={`/freight/nodes/${encodeURIComponent(node.id)}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('frNetwork.node.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <MetaList
          items={[
            { label: t('frNetwork.field.kind'), value: t(`freight.vocab.nodeKind.${node.kind}`) },
            { label: t('frNetwork.field.country'), value: freightCountryName(node.countryCode, lang) },
            {
              label: t('frNetwork.field.gauge'),
              value: node.gauge
                ? node.gauge
                    .split('/')
                    .map((gauge) => t(`freight.vocab.gauge.${gauge}`, { defaultValue: gauge }))
                    .join(' / ')
                : t('frNetwork.common.noRail'),
            },
            {
              label: t('frNetwork.field.position'),
              value: (
                <Group gap={6} wrap="wrap" component="span">
                  <span>
                    {formatNumber(node.latitude, lang)}, {formatNumber(node.longitude, lang)}
                  </span>
                  {node.coordinatesApproximate ? <ApproximateBadge /> : null}
                </Group>
              ),
            },
            ...(node.coordinatesNote
              ? [{ label: t('frNetwork.field.coordinatesNote'), value: node.coordinatesNote }]
              : []),
            ...(node.borderOf
              ? [
                  {
                    label: t('frNetwork.field.borderOf'),
                    value: node.borderOf.map((code) => freightCountryName(code, lang)).join(' – '),
                  },
                ]
              : []),
            ...(node.note ? [{ label: t('frNetwork.field.note'), value: node.note }] : []),
            { label: t('frNetwork.field.source'), value: <SourceText source={node.source} /> },
            {
              label: t('frNetwork.field.lastChange'),
              value: node.editedByStaff
                ? t('frNetwork.common.editedBy', {
                    name: node.updatedBy?.label ?? '',
                    date: formatTimestamp(node.updatedAt, lang),
                  })
                : t('frNetwork.common.asLoaded'),
            },
          ]}
        />
        {data.borderPair.length > 0 ? (
          <section aria-labelledby="border-pair-title">
            <SectionTitle>
              <span id="border-pair-title">{t('frNetwork.node.borderPair')}</span>
            </SectionTitle>
            <List size="sm">
              {data.borderPair.map((pair) => (
                <List.Item key={pair.id}>
                  <NodeName node={pair} link /> ({freightCountryName(pair.countryCode, lang)})
                </List.Item>
              ))}
            </List>
          </section>
        ) : null}
        <section aria-labelledby="node-facts-title">
          <SectionTitle>
            <span id="node-facts-title">{t('frNetwork.node.facts')}</span>
          </SectionTitle>
          {node.facts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('frNetwork.node.noFacts')}
            </Text>
          ) : (
            <List size="sm" spacing="xs">
              {node.facts.map((fact) => (
                <List.Item key={`${fact.text}|${fact.source}`}>
                  <Text size="sm" lang="en">
                    {fact.text}
                  </Text>
                  <SourceText source={fact.source} url={fact.sourceUrl} />
                </List.Item>
              ))}
            </List>
          )}
          {node.facts.length > 0 && lang !== 'en' ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('frNetwork.common.englishOnly')}
            </Text>
          ) : null}
        </section>
        <section aria-labelledby="node-links-title">
          <SectionTitle>
            <span id="node-links-title">{t('frNetwork.node.links', { count: data.links.length })}</span>
          </SectionTitle>
          {data.links.length === 0 ? (
            <EmptyState title={t('frNetwork.node.noLinks')} />
          ) : (
            <Stack gap="sm">
              <RegionMap
                points={points}
                lines={lines}
                fitTo="points"
                height={300}
                ariaLabel={t('frNetwork.node.mapLabel', { name })}
                hidePointList
              />
              <DataTable
                rows={data.links}
                columns={linkColumns}
                rowKey={(link) => link.id}
                caption={t('frNetwork.node.links', { count: data.links.length })}
              />
            </Stack>
          )}
        </section>
        {data.services.length > 0 ? (
          <section aria-labelledby="node-services-title">
            <SectionTitle>
              <span id="node-services-title">{t('frNetwork.node.services')}</span>
            </SectionTitle>
            <List size="sm">
              {data.services.map((service) => (
                <List.Item key={service.id}>
                  <Anchor component={Link} to={`/freight/services#${service.id}`} size="sm">
                    {service.name[lang]}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </section>
        ) : null}
        <section aria-labelledby="node-history-title">
          <SectionTitle>
            <span id="node-history-title">{t('frNetwork.history.title')}</span>
          </SectionTitle>
          <NetworkHistory revisions={data.revisions} />
        </section>
      </Stack>
    </>
  );
}
