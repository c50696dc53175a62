import { Anchor, Breadcrumbs, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCountry } from '../api/queries.ts';
import type { CountryDetail as Country, EventSummary } from '../api/types.ts';
import { ToneBadge } from '../components/Badges.tsx';
import { type Column, DataTable, nameLinkColumn } from '../components/DataTable.tsx';
import { FollowButton } from '../components/FollowButton.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { ReportCard } from '../components/ReportCard.tsx';
import { StatementCard } from '../components/StatementCard.tsx';
import { DetailSkeleton, EmptyState, PageHeader, QueryView, SectionTitle } from '../components/States.tsx';
import { formatDateRange, formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { EventStatusBadge } from './Events.tsx';

function CountryView({ country }: { country: Country }) {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(country.name[lang]);
  const eventColumns: Column<EventSummary>[] = [
    nameLinkColumn({ key: 'name', header: t('common.title'), basePath: '/events', name: (e) => e.name }),
    {
      key: 'date',
      header: t('common.date'),
      width: 190,
      render: (e) => formatDateRange(e.start, e.end, lang) || t('date.unknown'),
    },
    { key: 'status', header: t('common.status'), width: 110, render: (e) => <EventStatusBadge status={e.status} /> },
  ];
  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs separator="›">
            <Anchor component={Link} to="/countries" size="sm">
              {t('countries.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`vocab.countryStatus.${country.status}`)}
            </Text>
          </Breadcrumbs>
        }
        title={country.name[lang]}
        actions={<FollowButton targetKind="country" target={country.code} name={country.name[lang]} />}
      />
      <Card withBorder padding="lg" className="data-card">
        <MetaList
          cols={4}
          items={[
            {
              label: t('common.status'),
              value: <ToneBadge tone="navy">{t(`vocab.countryStatus.${country.status}`)}</ToneBadge>,
            },
            {
              label: t('countries.statements'),
              value: (
                <Anchor component={Link} to={`/statements?country=${country.code}`} size="sm">
                  {formatNumber(country.statementCount, lang)}
                </Anchor>
              ),
            },
            { label: t('countries.hostedEvents'), value: formatNumber(country.hostedEventCount, lang) },
            { label: t('countries.acceptedReports'), value: formatNumber(country.acceptedReportCount, lang) },
          ]}
        />
      </Card>

      <SectionTitle>{t('country.hostedEvents')}</SectionTitle>
      {country.hostedEvents.length === 0 ? (
        <EmptyState>{t('country.noHostedEvents')}</EmptyState>
      ) : (
        <DataTable
          caption={t('country.hostedEvents')}
          rows={country.hostedEvents}
          columns={eventColumns}
          rowKey={(e) => e.id}
        />
      )}

      <SectionTitle>{t('country.namedIn')}</SectionTitle>
      <Text size="sm" c="dimmed" mb="sm">
        {t('country.namedInHint')}
      </Text>
      {country.namedIn.length === 0 ? (
        <EmptyState>{t('country.noNamedIn')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {country.namedIn.map((s) => (
            <StatementCard key={s.id} statement={s} />
          ))}
        </Stack>
      )}

      <SectionTitle>{t('country.reports')}</SectionTitle>
      {country.reports.length === 0 ? (
        <EmptyState>{t('country.noReports')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {country.reports.map((r) => (
            <ReportCard key={r.id} report={r} />
          ))}
        </Stack>
      )}
    </>
  );
}

export default function CountryDetail() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const country = useCountry(code.toUpperCase());
  useDocumentTitle(country.isSuccess ? undefined : t('country.title'));
  return (
    <QueryView
      query={country}
      skeleton={<DetailSkeleton />}
      errorTitle={t('country.title')}
      back={{ to: '/countries', label: t('countries.title') }}
    >
      {(data) => <CountryView country={data} />}
    </QueryView>
  );
}
