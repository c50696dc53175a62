import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDocuments } from '../api/queries.ts';
import type { DocumentSummary } from '../api/types.ts';
import { type Column, DataTable, nameLinkColumn } from '../components/DataTable.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { LText } from '../components/LocalizedText.tsx';
import { Pager } from '../components/Pager.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../components/States.tsx';
import { formatNumber, formatPartialDate } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { useUrlFilters } from '../lib/searchParams.ts';

const pageSize = 25;

export default function Documents() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('documents.title'));
  const { get, page, update, clear } = useUrlFilters();
  const documents = useDocuments({
    q: get('q'),
    from: get('from'),
    to: get('to'),
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const columns: Column<DocumentSummary>[] = [
    nameLinkColumn({ key: 'title', header: t('common.title'), basePath: '/documents', name: (d) => d.title }),
    {
      key: 'adopted',
      header: t('documents.adopted'),
      width: 170,
      render: (d) =>
        d.adopted ? (
          formatPartialDate(d.adopted, lang)
        ) : (
          <Text span size="sm" c="dimmed">
            {t('common.notGiven')}
          </Text>
        ),
    },
    {
      key: 'place',
      header: t('common.place'),
      width: 160,
      render: (d) =>
        d.place ? (
          <LText value={d.place} marker="icon" />
        ) : (
          <Text span size="sm" c="dimmed">
            —
          </Text>
        ),
    },
    {
      key: 'mentions',
      header: t('common.mentionsLabel'),
      align: 'right',
      width: 110,
      render: (d) => formatNumber(d.mentionCount, lang),
    },
  ];
  const filtered = Boolean(get('q') || get('from') || get('to'));
  return (
    <>
      <PageHeader
        title={t('documents.title')}
        intro={t('documents.intro')}
        actions={
          <ExportButtons
            list="documents"
            filters={{ q: get('q'), from: get('from'), to: get('to') }}
            what={t('documents.title')}
          />
        }
      />
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <Box style={{ flex: '1 1 280px' }} maw={560}>
          <SearchBox
            id="document-search"
            label={t('documents.searchLabel')}
            value={get('q')}
            onSearch={(q) => update({ q })}
          />
        </Box>
        <Box style={{ flex: '1 1 320px' }} maw={440}>
          <DateRange
            legend={t('documents.adoptedRange')}
            idPrefix="document-date"
            from={get('from')}
            to={get('to')}
            onChange={(from, to) => update({ from, to })}
          />
        </Box>
      </Group>
      {documents.isPending ? (
        <ListSkeleton rows={8} height={44} />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.items.length === 0 ? (
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
          {t('documents.empty')}
        </EmptyState>
      ) : (
        <Stack gap={0} style={{ opacity: documents.isPlaceholderData ? 0.6 : 1 }}>
          <DataTable
            caption={t('documents.title')}
            rows={documents.data.items}
            columns={columns}
            rowKey={(d) => d.id}
          />
          <Pager total={documents.data.total} page={page} pageSize={pageSize} onChange={(p) => update({ page: p })} />
        </Stack>
      )}
    </>
  );
}
