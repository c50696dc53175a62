import { Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { parkKinds } from '../../../../../packages/investment/src/vocabulary.ts';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { RegionMap } from '../../components/RegionMap.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { countryName, memberCodes } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { useUrlFilters } from '../../lib/searchParams.ts';
import { SourceLine } from './IncentiveShared.tsx';
import { InvestmentExportButtons } from './InvestmentExportButtons.tsx';
import { useParks } from './incentivesApi.ts';
import { DemoBadge } from './investmentShared.tsx';
import { ParkKindBadge, parkMapPoints } from './ParkShared.tsx';
import { IsicName } from './ProjectShared.tsx';
import { useReference } from './projectsApi.ts';

/** The registry of technology parks and zones: a map and the list, filtered by country, kind and specialisation. */
export default function ParkList() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('invIncentives.parks.title'));
  const { get, update } = useUrlFilters();
  const reference = useReference();
  const { hasRole } = useAuth();
  const sections = (reference.data?.isic.sections ?? []).flatMap((section) => [
    { value: section.code, label: `${section.code} · ${plainText(section.name, lang)}` },
    ...section.divisions.map((division) => ({
      value: division.code,
      label: `${division.code} · ${plainText(division.name, lang)}`,
    })),
  ]);
  const parks = useParks({
    country: get('country'),
    kind: get('kind'),
    specialisation: get('specialisation'),
    limit: 500,
  });
  const select = (key: string, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={data}
      value={get(key) || null}
      onChange={(value) => update({ [key]: value ?? '' })}
      clearable
      searchable={data.length > 8}
      comboboxProps={{ withinPortal: true }}
    />
  );
  return (
    <>
      <PageHeader
        title={t('invIncentives.parks.title')}
        intro={t('invIncentives.parks.intro')}
        actions={
          <>
            {hasRole('secretariat', 'admin') ? (
              <Button component={Link} to="/investment/parks/new" leftSection={<IconPlus size={16} aria-hidden />}>
                {t('invIncentives.parkForm.newTitle')}
              </Button>
            ) : null}
            <InvestmentExportButtons
              dataset="parks"
              query={{ country: get('country'), kind: get('kind'), specialisation: get('specialisation') }}
            />
          </>
        }
      />
      <SimpleGrid
        cols={{ base: 1, sm: 3 }}
        spacing="sm"
        mb="lg"
        component="section"
        aria-label={t('invIncentives.list.filters')}
      >
        {select(
          'country',
          t('invIncentives.filter.country'),
          memberCodes.map((code) => ({ value: code, label: countryName(code, lang) })),
        )}
        {select(
          'kind',
          t('invIncentives.filter.parkKind'),
          parkKinds.map((kind) => ({ value: kind, label: t(`investment.vocab.parkKind.${kind}`) })),
        )}
        {select('specialisation', t('invIncentives.filter.specialisation'), sections)}
      </SimpleGrid>
      {parks.isPending ? (
        <ListSkeleton />
      ) : parks.isError ? (
        <ErrorState error={parks.error} onRetry={() => void parks.refetch()} />
      ) : parks.data.items.length === 0 ? (
        <EmptyState title={t('invIncentives.parks.empty')} />
      ) : (
        <Stack gap="lg">
          <RegionMap
            points={parkMapPoints(parks.data.items, lang, (kind) => t(`investment.vocab.parkKind.${kind}`))}
            ariaLabel={t('invIncentives.parks.mapLabel')}
          />
          <Text size="xs" c="dimmed">
            {t('invIncentives.parks.mapNote')}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {parks.data.items.map((park) => (
              <Card key={park.id} withBorder padding="md" component="article">
                <Stack gap={6}>
                  <Group gap="xs" wrap="wrap">
                    <ParkKindBadge kind={park.kind} />
                    <Text size="sm" c="dimmed">
                      {countryName(park.countryCode, lang)}
                    </Text>
                    <DemoBadge demo={park.demo} />
                  </Group>
                  <Title order={3} size="h4">
                    <Anchor component={Link} to={`/investment/parks/${encodeURIComponent(park.id)}`}>
                      <LText value={park.name} marker="icon" />
                    </Anchor>
                  </Title>
                  {park.specialisations.length > 0 ? (
                    <Text size="sm">
                      {park.specialisations.map((code, index) => (
                        <span key={code}>
                          {index > 0 ? '; ' : null}
                          <IsicName code={code} />
                        </span>
                      ))}
                    </Text>
                  ) : null}
                  {park.website ? (
                    <Anchor
                      href={park.website}
                      target="_blank"
                      rel="noopener noreferrer"
                      size="sm"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {park.website}
                    </Anchor>
                  ) : null}
                  <SourceLine url={park.sourceUrl} title={park.sourceTitle} retrievedOn={park.retrievedOn} />
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('invIncentives.parks.count', { total: parks.data.total })}
          </Text>
        </Stack>
      )}
    </>
  );
}
