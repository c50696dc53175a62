import { Button, Group, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiBase, type QueryValue, toSearch } from '../api/client.ts';

/** The public lists that export (GET /api/v1/exports/{list}.csv|json). */
export type ExportList = 'statements' | 'meetings' | 'documents' | 'events' | 'initiatives' | 'countries' | 'reports';

/** The address of a list's export with the filters the page shows (paging is left out: exports hold every record). */
function exportUrl(list: ExportList, format: 'csv' | 'json', filters: Record<string, QueryValue> = {}): string {
  const { limit: _limit, offset: _offset, facets: _facets, ...rest } = filters;
  return `${apiBase}/exports/${list}.${format}${toSearch(rest)}`;
}

/**
 * Download buttons for a list's CSV and JSON with the current filters. They are plain links, so the browser saves
 * the file the server names.
 */
export function ExportButtons({
  list,
  filters,
  what,
}: {
  list: ExportList;
  filters?: Record<string, QueryValue>;
  /** The list's name on the page, for the buttons' accessible names. */
  what: string;
}) {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('exports.note')} multiline w={300} withArrow openDelay={400}>
      <Group gap="xs" role="group" aria-label={`${t('exports.download')}: ${what}`} className="export-buttons">
        {(['csv', 'json'] as const).map((format) => {
          const label = format === 'csv' ? t('exports.downloadCsv') : t('exports.downloadJson');
          return (
            <Button
              key={format}
              component="a"
              href={exportUrl(list, format, filters)}
              download
              size="xs"
              variant="default"
              leftSection={<IconDownload size={14} aria-hidden />}
              aria-label={`${label}: ${what}`}
            >
              {label}
            </Button>
          );
        })}
      </Group>
    </Tooltip>
  );
}
