import { Anchor, Button, Group, Select, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { linkStatuses, nodeKinds, transportModes } from '../../../../../packages/freight/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FoldingFilters } from '../../components/FoldingFilters.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { type FreightLink, type FreightNode, useLinks, useNodeList, useNodes } from './freightApi.ts';
import {
  ApproximateBadge,
  Distance,
  freightCountryName,
  LinkEnds,
  LinkStatusBadge,
  NodeName,
  nodeLabel,
  SourceText,
} from './freightShared.tsx';

/** The network as tables: nodes and links, each with filters kept in the URL. */
export default function NetworkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('frNetwork.network.title'));
  const { get, update } = useUrlFilters();
  const { hasRole } = useAuth();
  const view = get('view') === 'links' ? 'links' : 'nodes';
  return (
    <>
      <PageHeader
        title={t('frNetwork.network.title')}
        intro={t('frNetwork.network.intro')}
        actions={
          hasRole('secretariat', 'admin', 'carrier') ? (
            <Button component={Link} to="/freight/links/new" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('frNetwork.linkForm.newTitle')}
            </Button>
          ) : null
        }
      />
      <Tabs value={view} onChange={(value) => update({ view: value === 'links' ? 'links' : '' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="nodes">{t('frNetwork.network.nodesTab')}</Tabs.Tab>
          <Tabs.Tab value="links">{t('frNetwork.network.linksTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="nodes">
          <NodesTable />
        </Tabs.Panel>
        <Tabs.Panel value="links">
          <LinksTable />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function NodesTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const { get, update } = useUrlFilters();
  const nodes = useNodeList({ q: get('q'), kind: get('kind'), country: get('country') });
  const allNodes = useNodes();
  const countries = [...new Set((allNodes.data ?? []).map((node) => node.countryCode))]
    .map((code) => ({ value: code, label: freightCountryName(code, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const columns: Column<FreightNode>[] = [
    {
      key: 'name',
      header: t('frNetwork.field.name'),
      primary: true,
      render: (node) => <NodeName node={node} link />,
    },
    {
      key: 'country',
      header: t('frNetwork.field.country'),
      render: (node) => freightCountryName(node.countryCode, lang),
    },
    { key: 'kind', header: t('frNetwork.field.kind'), render: (node) => t(`freight.vocab.nodeKind.${node.kind}`) },
    {
      key: 'gauge',
      header: t('frNetwork.field.gauge'),
      render: (node) => (node.gauge ? node.gauge.replace('/', ' / ') : t('frNetwork.common.noRail')),
    },
    {
      key: 'position',
      header: t('frNetwork.field.position'),
      render: (node) => (
        <Group gap={6} wrap="wrap" component="span">
          <span>
            {formatNumber(node.latitude, lang)}, {formatNumber(node.longitude, lang)}
          </span>
          {node.coordinatesApproximate ? <ApproximateBadge /> : null}
        </Group>
      ),
    },
  ];
  return (
    <Stack gap="md">
      <FoldingFilters id="node-filters">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" component="section" aria-label={t('common.filters')}>
          <SearchBox
            label={t('frNetwork.filter.search')}
            placeholder={t('frNetwork.filter.searchHint')}
            value={get('q')}
            onSearch={(q) => update({ q })}
          />
          <Select
            label={t('frNetwork.field.kind')}
            data={nodeKinds.map((kind) => ({ value: kind, label: t(`freight.vocab.nodeKind.${kind}`) }))}
            value={get('kind') || null}
            onChange={(value) => update({ kind: value ?? '' })}
            clearable
          />
          <Select
            label={t('frNetwork.field.country')}
            data={countries}
            value={get('country') || null}
            onChange={(value) => update({ country: value ?? '' })}
            clearable
            searchable
          />
        </SimpleGrid>
      </FoldingFilters>
      {nodes.isPending ? (
        <ListSkeleton />
      ) : nodes.isError ? (
        <ErrorState error={nodes.error} onRetry={() => void nodes.refetch()} />
      ) : nodes.data.items.length === 0 ? (
        <EmptyState title={t('common.noResults')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('frNetwork.network.nodeCount', { count: nodes.data.total })}
          </Text>
          <DataTable
            rows={nodes.data.items}
            columns={columns}
            rowKey={(node) => node.id}
            caption={t('frNetwork.network.nodesTab')}
          />
        </>
      )}
    </Stack>
  );
}

function LinksTable() {
  const { t } = useTranslation();
  const lang = useLang();
  const { get, update } = useUrlFilters();
  const links = useLinks({
    mode: get('mode'),
    status: get('status'),
    estimated: get('estimated'),
    node: get('node'),
  });
  const allNodes = useNodes();
  const nodeOptions = (allNodes.data ?? [])
    .map((node) => ({ value: node.id, label: nodeLabel(node, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));
  const columns: Column<FreightLink>[] = [
    {
      key: 'link',
      header: t('frNetwork.field.link'),
      primary: true,
      render: (link) => (
        <Anchor component={Link} to={`/freight/links/${link.id}`} size="sm">
          <LinkEnds from={link.from} to={link.to} link={false} />
        </Anchor>
      ),
    },
    { key: 'mode', header: t('frNetwork.field.mode'), render: (link) => t(`freight.vocab.mode.${link.mode}`) },
    {
      key: 'distance',
      header: t('frNetwork.field.distance'),
      render: (link) => <Distance km={link.distanceKm} estimated={link.distanceEstimated} />,
    },
    {
      key: 'source',
      header: t('frNetwork.field.distanceSource'),
      render: (link) =>
        link.distanceEstimated && !link.distanceSourceUrl ? (
          <Text size="xs" c="dimmed">
            {link.distanceSource}
          </Text>
        ) : (
          <SourceText source={link.distanceSource} url={link.distanceSourceUrl} />
        ),
    },
    { key: 'status', header: t('frNetwork.field.status'), render: (link) => <LinkStatusBadge status={link.status} /> },
    {
      key: 'gaugeChange',
      header: t('frNetwork.field.gaugeChange'),
      render: (link) => (link.gaugeChange ? t('frNetwork.common.yes') : t('frNetwork.common.no')),
    },
  ];
  return (
    <Stack gap="md">
      <FoldingFilters id="link-filters">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" component="section" aria-label={t('common.filters')}>
          <Select
            label={t('frNetwork.field.mode')}
            data={transportModes.map((mode) => ({ value: mode, label: t(`freight.vocab.mode.${mode}`) }))}
            value={get('mode') || null}
            onChange={(value) => update({ mode: value ?? '' })}
            clearable
          />
          <Select
            label={t('frNetwork.field.status')}
            data={linkStatuses.map((status) => ({ value: status, label: t(`freight.vocab.linkStatus.${status}`) }))}
            value={get('status') || null}
            onChange={(value) => update({ status: value ?? '' })}
            clearable
          />
          <Select
            label={t('frNetwork.filter.provenance')}
            data={[
              { value: 'false', label: t('frNetwork.filter.sourced') },
              { value: 'true', label: t('frNetwork.filter.estimated') },
            ]}
            value={get('estimated') || null}
            onChange={(value) => update({ estimated: value ?? '' })}
            clearable
          />
          <Select
            label={t('frNetwork.filter.node')}
            data={nodeOptions}
            value={get('node') || null}
            onChange={(value) => update({ node: value ?? '' })}
            clearable
            searchable
          />
        </SimpleGrid>
      </FoldingFilters>
      {links.isPending ? (
        <ListSkeleton />
      ) : links.isError ? (
        <ErrorState error={links.error} onRetry={() => void links.refetch()} />
      ) : links.data.items.length === 0 ? (
        <EmptyState title={t('common.noResults')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" aria-live="polite">
            {t('frNetwork.network.linkCount', { count: links.data.total })}
          </Text>
          <DataTable
            rows={links.data.items}
            columns={columns}
            rowKey={(link) => link.id}
            caption={t('frNetwork.network.linksTab')}
          />
        </>
      )}
    </Stack>
  );
}
