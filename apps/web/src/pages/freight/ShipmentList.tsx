import { Anchor, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ShipmentStatus, shipmentStatuses } from '../../../../../packages/freight/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { FoldingFilters } from '../../components/FoldingFilters.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { DemoBadge } from './freightShared.tsx';
import { type ShipmentListItem, useShipments } from './shipmentApi.ts';
import { CargoSummary, ShipmentStatusBadge } from './shipmentShared.tsx';

/** The shipments the reader may see: booked by them, shipped by them, carried by them, or all for the Secretariat. */
export default function ShipmentList() {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  useDocumentTitle(t('frShipments.list.title'));
  const [status, setStatus] = useState<ShipmentStatus | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const shipments = useShipments({ status, q, limit: 200 });

  const columns: Column<ShipmentListItem>[] = [
    {
      key: 'reference',
      header: t('frShipments.list.reference'),
      primary: true,
      render: (row) => (
        <Group gap={6} wrap="wrap">
          <Anchor component={Link} to={`/freight/shipments/${row.id}`} size="sm" fw={600}>
            {row.reference}
          </Anchor>
          {row.demo ? <DemoBadge /> : null}
        </Group>
      ),
    },
    {
      key: 'route',
      header: t('frShipments.list.route'),
      render: (row) =>
        `${row.origin.name[lang] || row.origin.name.en} → ${row.destination.name[lang] || row.destination.name.en}`,
    },
    {
      key: 'status',
      header: t('frShipments.list.status'),
      render: (row) => <ShipmentStatusBadge status={row.status} />,
    },
    { key: 'cargo', header: t('frShipments.list.cargo'), render: (row) => <CargoSummary cargo={row.cargo} /> },
    {
      key: 'parties',
      header: t('frShipments.list.parties'),
      render: (row) => `${row.shipperName} → ${row.consigneeName}`,
    },
    {
      key: 'departure',
      header: t('frShipments.list.departure'),
      render: (row) => formatTimestamp(row.plannedDeparture, lang),
    },
    { key: 'eta', header: t('frShipments.list.eta'), render: (row) => formatTimestamp(row.estimatedArrival, lang) },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('frShipments.list.title')}
        intro={t('frShipments.list.intro')}
        actions={
          hasRole('forwarder', 'shipper') ? (
            <Button component={Link} to="/freight/plan" leftSection={<IconPlus size={16} aria-hidden />}>
              {t('frShipments.list.book')}
            </Button>
          ) : null
        }
      />
      <FoldingFilters id="shipment-filters">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('frShipments.list.search')}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            maw={320}
            w="100%"
          />
          <Select
            label={t('frShipments.list.status')}
            placeholder={t('frShipments.list.anyStatus')}
            clearable
            value={status}
            onChange={(value) => setStatus(value as ShipmentStatus | null)}
            data={shipmentStatuses.map((value) => ({ value, label: t(`freight.vocab.shipmentStatus.${value}`) }))}
            maw={240}
            w="100%"
          />
        </Group>
      </FoldingFilters>
      {shipments.isPending ? (
        <ListSkeleton />
      ) : shipments.isError ? (
        <ErrorState error={shipments.error} onRetry={() => void shipments.refetch()} />
      ) : shipments.data.items.length === 0 ? (
        <EmptyState title={t('frShipments.list.empty')}>
          {hasRole('forwarder', 'shipper') ? t('frShipments.list.emptyBooker') : t('frShipments.list.emptyOther')}
        </EmptyState>
      ) : (
        <DataTable
          rows={shipments.data.items}
          columns={columns}
          rowKey={(row) => row.id}
          caption={t('frShipments.list.title')}
        />
      )}
    </Stack>
  );
}
