import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { RegionMap } from '../../components/RegionMap.tsx';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type LinkDetail as LinkDetailData, useLink } from './freightApi.ts';
import { Distance, LinkEnds, LinkStatusBadge, modeColours, nodeLabel, SourceText } from './freightShared.tsx';
import { NetworkHistory } from './NetworkHistory.tsx';

/** One link: distance with its provenance, times, gauge, status, border dwell, and its revision history. */
export default function LinkDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const link = useLink(id);
  return (
    <QueryView
      query={link}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frNetwork.link.title')}
      back={{ to: '/freight/network?view=links', label: t('frNetwork.common.backToNetwork') }}
    >
      {(data) => <LinkView data={data} />}
    </QueryView>
  );
}

function LinkView({ data }: { data: LinkDetailData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { hasRole } = useAuth();
  const { link } = data;
  const title = `${nodeLabel(link.from, lang)} – ${nodeLabel(link.to, lang)}`;
  useDocumentTitle(title);
  const hours = (value: number | null) =>
    value === null ? t('frNetwork.common.none') : t('freight.units.hours', { value: formatNumber(value, lang) });
  const dwell =
    link.dwellHoursMin === null || link.dwellHoursMax === null
      ? t('frNetwork.common.none')
      : link.dwellHoursMin === link.dwellHoursMax
        ? hours(link.dwellHoursMin)
        : t('frNetwork.link.range', {
            min: formatNumber(link.dwellHoursMin, lang),
            max: formatNumber(link.dwellHoursMax, lang),
          });
  return (
    <>
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/freight/network?view=links" size="sm">
            {t('frNetwork.common.backToNetwork')}
          </Anchor>
        }
        title={title}
        intro={
          <Group gap="xs" component="span">
            <span>{t(`freight.vocab.mode.${link.mode}`)}</span>
            <LinkStatusBadge status={link.status} />
          </Group>
        }
        actions={
          hasRole('secretariat', 'admin', 'carrier') ? (
            <Button
              component={Link}
              to={`/freight/links/${link.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('frNetwork.link.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <MetaList
          items={[
            { label: t('frNetwork.field.link'), value: <LinkEnds from={link.from} to={link.to} /> },
            {
              label: t('frNetwork.field.distance'),
              value: <Distance km={link.distanceKm} estimated={link.distanceEstimated} />,
            },
            {
              label: t('frNetwork.field.distanceSource'),
              value: <SourceText source={link.distanceSource} url={link.distanceSourceUrl} />,
            },
            {
              label: t('frNetwork.field.greatCircleKm'),
              value:
                link.greatCircleKm === null
                  ? t('frNetwork.common.none')
                  : t('freight.units.km', { value: formatNumber(link.greatCircleKm, lang) }),
            },
            { label: t('frNetwork.field.transitHours'), value: hours(link.transitHours) },
            {
              label: t('frNetwork.field.gauge'),
              value: link.gauge ? link.gauge.replace('/', ' / ') : t('frNetwork.common.none'),
            },
            {
              label: t('frNetwork.field.gaugeChange'),
              value: link.gaugeChange ? t('frNetwork.common.yes') : t('frNetwork.common.no'),
            },
            { label: t('frNetwork.field.dwell'), value: dwell },
            ...(link.dwellSource
              ? [
                  {
                    label: t('frNetwork.field.dwellSource'),
                    value: <SourceText source={link.dwellSource} url={link.dwellSourceUrl} />,
                  },
                ]
              : []),
            ...(link.note ? [{ label: t('frNetwork.field.note'), value: link.note }] : []),
            {
              label: t('frNetwork.field.lastChange'),
              value: link.editedByStaff
                ? t('frNetwork.common.editedBy', {
                    name: link.updatedBy?.label ?? '',
                    date: formatTimestamp(link.updatedAt, lang),
                  })
                : t('frNetwork.common.asLoaded'),
            },
          ]}
        />
        {link.distanceEstimated ? (
          <Text size="sm" c="dimmed">
            {t('frNetwork.link.estimateExplain')}
          </Text>
        ) : null}
        <RegionMap
          points={[link.from, link.to].map((node) => ({
            id: node.id,
            label: nodeLabel(node, lang),
            latitude: node.latitude,
            longitude: node.longitude,
            href: `/freight/nodes/${encodeURIComponent(node.id)}`,
          }))}
          lines={[
            {
              id: link.id,
              label: title,
              coordinates: [
                [link.from.longitude, link.from.latitude],
                [link.to.longitude, link.to.latitude],
              ],
              color: modeColours[link.mode],
              dashed: link.status !== 'operational',
              emphasis: true,
            },
          ]}
          fitTo="points"
          height={260}
          ariaLabel={t('frNetwork.link.mapLabel')}
        />
        <section aria-labelledby="link-history-title">
          <SectionTitle>
            <span id="link-history-title">{t('frNetwork.history.title')}</span>
          </SectionTitle>
          <NetworkHistory revisions={data.revisions} />
        </section>
      </Stack>
    </>
  );
}
