import { Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTimestamp } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import type { NetworkRevision } from './freightApi.ts';

/** Fields the history names with a label of their own; others show their field name. */
const labelledFields = new Set([
  'name',
  'countryCode',
  'latitude',
  'longitude',
  'coordinatesApproximate',
  'coordinatesNote',
  'kind',
  'gauge',
  'borderOf',
  'note',
  'facts',
  'source',
  'fromNodeId',
  'toNodeId',
  'mode',
  'distanceKm',
  'distanceEstimated',
  'greatCircleKm',
  'distanceSource',
  'transitHours',
  'gaugeChange',
  'status',
  'dwellHoursMin',
  'dwellHoursMax',
  'dwellSource',
]);

/** A recorded value as short text: names in all three languages, facts by their text, lists joined. */
function valueText(value: unknown, yes: string, no: string, none: string): string {
  if (value === null || value === undefined || value === '') return none;
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) {
    if (value.length === 0) return none;
    return value
      .map((item) =>
        item && typeof item === 'object' && 'text' in item ? String((item as { text: unknown }).text) : String(item),
      )
      .join('; ');
  }
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .map(String)
      .join(' / ');
  return String(value);
}

/** A node's or link's revisions, newest first: who changed what, when and why, with the values before and after. */
export function NetworkHistory({ revisions }: { revisions: NetworkRevision[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const yes = t('frNetwork.common.yes');
  const no = t('frNetwork.common.no');
  const none = t('frNetwork.common.none');
  const fieldLabel = (field: string) => (labelledFields.has(field) ? t(`frNetwork.field.${field}`) : field);
  return (
    <Stack gap="sm" component="ol" className="plain-list" aria-label={t('frNetwork.history.title')}>
      {revisions.map((revision) => (
        <Card key={revision.id} withBorder padding="sm" component="li">
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600} size="sm">
              {t('frNetwork.history.version', { version: revision.version })}
              {' · '}
              {revision.changedBy ? revision.changedBy.label : t('frNetwork.history.dataset')}
            </Text>
            <Text size="xs" c="dimmed">
              <time dateTime={revision.changedAt}>{formatTimestamp(revision.changedAt, lang)}</time>
            </Text>
          </Group>
          <Text size="sm" mt={4}>
            <Text component="span" size="sm" c="dimmed">
              {t('frNetwork.history.reason')}:{' '}
            </Text>
            {/* The dataset's own revisions carry an English reason; the reader gets it in their language. */}
            {revision.changedBy
              ? revision.reason
              : t(revision.created ? 'frNetwork.history.datasetLoaded' : 'frNetwork.history.datasetUpdated')}
          </Text>
          {revision.created ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('frNetwork.history.created')}
            </Text>
          ) : (
            <Stack
              gap={6}
              mt={6}
              component="ul"
              className="plain-list"
              aria-label={t('frNetwork.history.changesCaption', { version: revision.version })}
            >
              {revision.changes.map((change) => (
                <li key={change.field}>
                  <Text size="sm" fw={600}>
                    {fieldLabel(change.field)}
                  </Text>
                  <dl className="card-meta">
                    <div>
                      <dt>{t('frNetwork.history.before')}</dt>
                      <dd style={{ overflowWrap: 'anywhere' }}>{valueText(change.before, yes, no, none)}</dd>
                    </div>
                    <div>
                      <dt>{t('frNetwork.history.after')}</dt>
                      <dd style={{ overflowWrap: 'anywhere' }}>{valueText(change.after, yes, no, none)}</dd>
                    </div>
                  </dl>
                </li>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
