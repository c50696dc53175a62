import { Anchor, Box, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCountries, useEvents } from '../api/queries.ts';
import type { EventSummary } from '../api/types.ts';
import { ToneBadge } from '../components/Badges.tsx';
import { type Column, DataTable, nameLinkColumn } from '../components/DataTable.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { Pager } from '../components/Pager.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { Segments } from '../components/Segments.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { countryName, knownCountries } from '../lib/countries.ts';
import { formatDateRange, formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 25;

export function EventStatusBadge({ status }: { status: EventSummary['status'] }) {
  const { t } = useTranslation();
  return <ToneBadge tone={status === 'held' ? 'gray' : 'teal'}>{t(`vocab.eventStatus.${status}`)}</ToneBadge>;
}

export default function Events() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('events.title'));
  const { get, page, update, clear } = useUrlFilters();
  const countries = useCountries();
  const status = get('status');
  const sort = get('sort') || 'date_asc';
  const events = useEvents({
    q: get('q'),
    status,
    country: get('country'),
    from: get('from'),
    to: get('to'),
    sort,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const countryOptions = (countries.data?.items.map((c) => c.code) ?? knownCountries.map((c) => c.code))
    .map((code) => ({ value: code, label: countryName(code, lang) }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

  const columns: Column<EventSummary>[] = [
    nameLinkColumn({ key: 'name', header: t('common.title'), basePath: '/events', name: (e) => e.name }),
    {
      key: 'date',
      header: t('common.date'),
      width: 190,
      render: (e) =>
        formatDateRange(e.start, e.end, lang) || (
          <Text span size="sm" c="dimmed">
            {t('date.unknown')}
          </Text>
        ),
    },
    {
      key: 'place',
      header: t('common.place'),
      width: 170,
      render: (e) =>
        e.place ? (
          <LText value={e.place} marker="icon" />
        ) : e.hostCountryCode ? (
          countryName(e.hostCountryCode, lang)
        ) : (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    { key: 'status', header: t('common.status'), width: 110, render: (e) => <EventStatusBadge status={e.status} /> },
    {
      key: 'mentions',
      header: t('common.mentionsLabel'),
      align: 'right',
      width: 100,
      render: (e) => formatNumber(e.mentionCount, lang),
    },
  ];
  const filtered = Boolean(get('q') || status || get('country') || get('from') || get('to'));

  return (
    <>
      <PageHeader
        title={t('events.title')}
        intro={t('events.intro')}
        actions={
          <ExportButtons
            list="events"
            filters={{ q: get('q'), status, country: get('country'), from: get('from'), to: get('to'), sort }}
            what={t('events.title')}
          />
        }
      />
      <Stack gap="sm" mb="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <Box style={{ flex: '1 1 260px' }} maw={480}>
            <SearchBox
              id="event-search"
              label={t('events.searchLabel')}
              value={get('q')}
              onSearch={(q) => update({ q })}
            />
          </Box>
          <Box>
            <Text size="sm" fw={500} mb={4} id="event-status-label">
              {t('events.status')}
            </Text>
            <Segments
              aria-labelledby="event-status-label"
              value={status || 'all'}
              onChange={(value) => update({ status: value === 'all' ? '' : value })}
              data={[
                { value: 'all', label: t('common.all') },
                { value: 'held', label: t('vocab.eventStatus.held') },
                { value: 'planned', label: t('vocab.eventStatus.planned') },
              ]}
            />
          </Box>
        </Group>
        <Group align="flex-end" gap="md" wrap="wrap">
          <Select
            id="event-host"
            label={t('events.host')}
            placeholder={t('events.anyHost')}
            data={countryOptions}
            value={get('country') || null}
            onChange={(value) => update({ country: value ?? '' })}
            clearable
            searchable
            w={220}
          />
          <Box style={{ flex: '1 1 320px' }} maw={440}>
            <DateRange
              legend={t('common.date')}
              idPrefix="event-date"
              from={get('from')}
              to={get('to')}
              onChange={(from, to) => update({ from, to })}
            />
          </Box>
          <Select
            id="event-sort"
            label={t('events.sort')}
            data={[
              { value: 'date_asc', label: t('events.sortAsc') },
              { value: 'date_desc', label: t('events.sortDesc') },
            ]}
            value={sort}
            onChange={(value) => update({ sort: value === 'date_asc' ? '' : (value ?? '') })}
            allowDeselect={false}
            w={180}
          />
        </Group>
      </Stack>
      {events.isPending ? (
        <ListSkeleton rows={8} height={44} />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
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
          {t('events.empty')}
        </EmptyState>
      ) : (
        <Stack gap={0} style={{ opacity: events.isPlaceholderData ? 0.6 : 1 }}>
          <DataTable caption={t('events.title')} rows={events.data.items} columns={columns} rowKey={(e) => e.id} />
          <Pager total={events.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </Stack>
      )}
    </>
  );
}
