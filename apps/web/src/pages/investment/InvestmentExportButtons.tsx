import { Button, Group, Tooltip } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiBase, toSearch } from '../../api/client.ts';
import { useLang } from '../../lib/hooks.ts';

/** Parameters of a list's address that page the view; an export holds every matching record. */
const pagingKeys = new Set(['page', 'limit', 'offset']);

/** The address of a dataset's export with the list's filters, in the reader's language. */
export function investmentExportUrl(options: {
  dataset: 'projects' | 'profiles' | 'incentives' | 'parks';
  format: 'csv' | 'json';
  query: Record<string, string>;
  lang: string;
}): string {
  const filters = Object.fromEntries(
    Object.entries(options.query).filter(([key, value]) => value !== '' && !pagingKeys.has(key)),
  );
  return `${apiBase}/investment/exports/${options.dataset}.${options.format}${toSearch({ ...filters, lang: options.lang })}`;
}

/**
 * CSV and JSON downloads of an investment list with the filters the page shows. They are plain links, so the browser
 * saves the file the server names; the server exports what the reader may see in the list, never contacts.
 */
export function InvestmentExportButtons({
  dataset,
  query,
}: {
  dataset: 'projects' | 'profiles' | 'incentives' | 'parks';
  query: Record<string, string>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const what = t(`invLinks.exports.dataset.${dataset}`);
  return (
    <Tooltip label={t('invLinks.exports.note')} multiline w={300} withArrow openDelay={400}>
      <Group gap="xs" role="group" aria-label={`${t('exports.download')}: ${what}`} className="export-buttons">
        {(['csv', 'json'] as const).map((format) => {
          const label = format === 'csv' ? t('exports.downloadCsv') : t('exports.downloadJson');
          return (
            <Button
              key={format}
              component="a"
              href={investmentExportUrl({ dataset, format, query, lang })}
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
