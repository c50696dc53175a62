import { Box, Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';

/** "Showing 21–40 of 57" and page controls, inside a labelled navigation landmark. */
export function Pager({
  total,
  page,
  pageSize,
  onChange,
}: {
  total: number;
  page: number;
  pageSize: number;
  onChange: (page: number) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <Group justify="space-between" gap="sm" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.showing', {
          from: formatNumber(from, lang),
          to: formatNumber(to, lang),
          total: formatNumber(total, lang),
        })}
      </Text>
      {pages > 1 ? (
        <Box component="nav" aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={onChange}
            siblings={1}
            boundaries={1}
            size="sm"
            getItemProps={(p) => ({
              'aria-label': t('common.pageN', { page: p }),
              'aria-current': p === page ? 'page' : undefined,
            })}
            getControlProps={(control) => ({
              'aria-label':
                control === 'previous' ? t('common.previousPage') : control === 'next' ? t('common.nextPage') : control,
            })}
          />
        </Box>
      ) : null}
    </Group>
  );
}
