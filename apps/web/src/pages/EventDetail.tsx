import { Anchor, Breadcrumbs, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvent } from '../api/queries.ts';
import type { EventDetail as Ev } from '../api/types.ts';
import { LText } from '../components/LocalizedText.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { StatementCard } from '../components/StatementCard.tsx';
import { DetailSkeleton, EmptyState, PageHeader, QueryView, SectionTitle } from '../components/States.tsx';
import { countryName } from '../lib/countries.ts';
import { formatDateRange } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { plainText } from '../lib/localized.ts';
import { EventStatusBadge } from './Events.tsx';

function EventView({ event }: { event: Ev }) {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(plainText(event.name, lang) || t('event.title'));
  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs separator="›">
            <Anchor component={Link} to="/events" size="sm">
              {t('events.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('event.title')}
            </Text>
          </Breadcrumbs>
        }
        title={<LText value={event.name} />}
      />
      <Card withBorder padding="lg" className="data-card">
        <Group mb="sm">
          <EventStatusBadge status={event.status} />
        </Group>
        <MetaList
          cols={4}
          items={[
            { label: t('event.when'), value: formatDateRange(event.start, event.end, lang) || t('date.unknown') },
            {
              label: t('event.where'),
              value: event.place ? <LText value={event.place} marker="icon" /> : t('common.notGiven'),
            },
            {
              label: t('event.host'),
              value: event.hostCountryCode ? (
                <Anchor component={Link} to={`/countries/${event.hostCountryCode}`} size="sm">
                  {countryName(event.hostCountryCode, lang)}
                </Anchor>
              ) : (
                t('common.notGiven')
              ),
            },
            { label: t('common.format'), value: t(`vocab.eventFormat.${event.format}`) },
          ]}
        />
      </Card>
      {event.series.length > 0 ? (
        <>
          <SectionTitle>{t('event.series')}</SectionTitle>
          <Card withBorder padding="lg" className="data-card">
            <Stack gap={6} component="ul" className="plain-list">
              {event.series.map((other) => (
                <li key={other.id}>
                  <Anchor component={Link} to={`/events/${other.id}`}>
                    <LText value={other.name} marker="icon" />
                  </Anchor>
                  <Text span size="sm" c="dimmed">
                    {' · '}
                    {formatDateRange(other.start, other.end, lang) || t('date.unknown')}
                  </Text>
                </li>
              ))}
            </Stack>
          </Card>
        </>
      ) : null}
      <SectionTitle>{t('event.namedIn')}</SectionTitle>
      {event.statements.length === 0 ? (
        <EmptyState />
      ) : (
        <Stack gap="sm">
          {event.statements.map((s) => (
            <StatementCard key={s.id} statement={s} />
          ))}
        </Stack>
      )}
    </>
  );
}

export default function EventDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  useDocumentTitle(event.isSuccess ? undefined : t('event.title'));
  return (
    <QueryView
      query={event}
      skeleton={<DetailSkeleton />}
      errorTitle={t('event.title')}
      back={{ to: '/events', label: t('events.title') }}
    >
      {(data) => <EventView event={data} />}
    </QueryView>
  );
}
