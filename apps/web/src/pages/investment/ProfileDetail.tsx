import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MetaList } from '../../components/MetaList.tsx';
import { DetailSkeleton, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatDate } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { AgendaLinks } from './AgendaLinks.tsx';
import { DemoBadge, pickUserText, UserText } from './investmentShared.tsx';
import { ListingInterest } from './ListingInterest.tsx';
import { ListingMatches } from './ListingMatches.tsx';
import { formatUsd, languageLabel } from './matchFormat.ts';
import { ProfileActions } from './ProfileActions.tsx';
import { profileTypeLabel, SectorNames } from './profileLabels.tsx';
import { type Profile, useProfile } from './profilesApi.ts';

function ProfileView({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(pickUserText(profile.title, lang).text);
  const list = (values: string[], label: (value: string) => string) =>
    values.length > 0 ? values.map(label).join(', ') : t('invMatching.any');
  const facts = [
    { label: t('invMatching.fields.type'), value: profileTypeLabel(profile, t) },
    { label: t('invMatching.fields.organisation'), value: profile.organisationName },
    { label: t('invMatching.fields.country'), value: countryName(profile.countryCode, lang) },
    ...(profile.ticketMinUsd !== null && profile.ticketMaxUsd !== null
      ? [
          {
            label: t('invMatching.fields.ticket'),
            value: `${formatUsd(profile.ticketMinUsd, lang)} – ${formatUsd(profile.ticketMaxUsd, lang)}`,
          },
        ]
      : []),
    { label: t('invMatching.fields.sectors'), value: <SectorNames codes={profile.sectors} /> },
    {
      label: t('invMatching.fields.targetPlaces'),
      value: list(
        [...profile.targetCountries.map((code) => countryName(code, lang)), ...profile.targetRegions],
        (v) => v,
      ),
    },
    { label: t('invMatching.fields.stages'), value: list(profile.stages, (v) => t(`investment.vocab.stage.${v}`)) },
    {
      label: t('invMatching.fields.instruments'),
      value: list(profile.instruments, (v) => t(`investment.vocab.instrument.${v}`)),
    },
    {
      label: t('invMatching.fields.partnershipTypes'),
      value: list(profile.partnershipTypes, (v) => t(`investment.vocab.partnershipType.${v}`)),
    },
    { label: t('invMatching.fields.languages'), value: list(profile.languages, (v) => languageLabel(v, lang)) },
    ...(profile.keywords.length > 0
      ? [{ label: t('invMatching.fields.keywords'), value: profile.keywords.join(', ') }]
      : []),
    { label: t('invMatching.fields.expires'), value: formatDate(profile.expiresAt.slice(0, 10), lang) },
  ];
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Anchor component={Link} to="/investment/profiles" size="sm">
          {t('invMatching.detail.back')}
        </Anchor>
        <Group gap="xs" wrap="wrap" align="center">
          <Title order={1} className="page-title" style={{ overflowWrap: 'anywhere' }}>
            <UserText value={profile.title} inline />
          </Title>
          <DemoBadge demo={profile.demo} />
          {profile.status !== 'published' ? (
            <Badge color="gray" variant="light">
              {t(`investment.vocab.status.${profile.status}`)}
            </Badge>
          ) : null}
          {profile.stale ? (
            <Badge color="yellow" variant="light" title={t('invMatching.detail.staleExplain')}>
              {t('invMatching.detail.stale')}
            </Badge>
          ) : null}
        </Group>
        <ProfileActions profile={profile} />
      </Stack>
      <UserText value={profile.description} />
      <MetaList items={facts} cols={2} />
      {profile.contact ? (
        <Card withBorder padding="md">
          <SectionTitle order={3}>{t('invMatching.fields.contact')}</SectionTitle>
          <Text size="sm">{profile.contact.name}</Text>
          <Anchor href={`mailto:${profile.contact.email}`} size="sm">
            {profile.contact.email}
          </Anchor>
          {profile.contact.phone ? <Text size="sm">{profile.contact.phone}</Text> : null}
        </Card>
      ) : null}
      <AgendaLinks initiativeIds={profile.initiativeIds} documentIds={profile.documentIds} />
      <ListingInterest kind="profile" id={profile.id} ownerUserId={profile.ownerUserId} />
      <ListingMatches kind="profile" id={profile.id} />
    </Stack>
  );
}

/** One investor or partnering profile: facts, contact when allowed, interest and explained matches. */
export default function ProfileDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const profile = useProfile(id);
  return (
    <QueryView
      query={profile}
      skeleton={<DetailSkeleton />}
      errorTitle={t('invMatching.list.title')}
      back={{ to: '/investment/profiles', label: t('invMatching.detail.back') }}
    >
      {(data) => <ProfileView profile={data} />}
    </QueryView>
  );
}
