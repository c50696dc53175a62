import { Anchor, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { RegionMap } from '../../components/RegionMap.tsx';
import { DetailSkeleton, EmptyState, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatNumber } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { IncentiveCard, SourceLine } from './IncentiveShared.tsx';
import { usePark } from './incentivesApi.ts';
import { DemoBadge } from './investmentShared.tsx';
import { ParkKindBadge, parkMapPoints } from './ParkShared.tsx';
import { IsicName } from './ProjectShared.tsx';

/** One park or zone: where it is, what it specialises in, its residents, its incentives and its source. */
export default function ParkDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const park = usePark(id);
  const { hasRole } = useAuth();
  useDocumentTitle(park.data ? plainText(park.data.name, lang) : t('invIncentives.parks.title'));
  const dash = '—';
  return (
    <QueryView
      query={park}
      skeleton={<DetailSkeleton />}
      errorTitle={t('invIncentives.parks.notFound')}
      back={{ to: '/investment/parks', label: t('invIncentives.parks.back') }}
    >
      {(data) => (
        <>
          <PageHeader
            eyebrow={
              <Anchor component={Link} to="/investment/parks" size="sm">
                {t('invIncentives.parks.back')}
              </Anchor>
            }
            title={
              <>
                <LText value={data.name} /> <DemoBadge demo={data.demo} />
              </>
            }
            actions={
              hasRole('secretariat', 'admin') ? (
                <Button
                  component={Link}
                  to={`/investment/parks/${encodeURIComponent(data.id)}/edit`}
                  variant="default"
                  leftSection={<IconPencil size={16} aria-hidden />}
                >
                  {t('invIncentives.parkForm.edit')}
                </Button>
              ) : null
            }
          />
          <Stack gap="lg">
            <MetaList
              items={[
                { label: t('invIncentives.parks.kind'), value: <ParkKindBadge kind={data.kind} /> },
                {
                  label: t('invIncentives.parks.country'),
                  value: `${countryName(data.countryCode, lang)}${data.regionCode ? ` · ${data.regionCode}` : ''}`,
                },
                { label: t('invIncentives.parks.established'), value: data.establishedYear ?? dash },
                {
                  label: t('invIncentives.parks.area'),
                  value:
                    data.areaHectares === null
                      ? dash
                      : t('invIncentives.parks.hectares', { value: formatNumber(data.areaHectares, lang) }),
                },
                {
                  label: t('invIncentives.parks.residentCount'),
                  value: data.residentCount === null ? dash : formatNumber(data.residentCount, lang),
                },
                {
                  label: t('invIncentives.parks.website'),
                  value: data.website ? (
                    <Anchor
                      href={data.website}
                      target="_blank"
                      rel="noopener noreferrer"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {data.website}
                    </Anchor>
                  ) : (
                    dash
                  ),
                },
              ]}
            />
            <LText value={data.description} variant="block" />
            {data.latitude !== null ? (
              <RegionMap
                points={parkMapPoints([data], lang, (kind) => t(`investment.vocab.parkKind.${kind}`))}
                height={280}
                ariaLabel={t('invIncentives.parks.location')}
              />
            ) : null}
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <section>
                <SectionTitle>{t('invIncentives.parks.specialisation')}</SectionTitle>
                {data.specialisations.length > 0 ? (
                  <List size="sm" spacing={4}>
                    {data.specialisations.map((code) => (
                      <List.Item key={code}>
                        <IsicName code={code} />
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('invIncentives.parks.noSpecialisation')}
                  </Text>
                )}
              </section>
              <section>
                <SectionTitle>{t('invIncentives.parks.residents')}</SectionTitle>
                {data.residents.length > 0 ? (
                  <List size="sm" spacing={4}>
                    {data.residents.map((resident) => (
                      <List.Item key={resident.name}>
                        {resident.name}
                        {resident.sector ? (
                          <Text span size="xs" c="dimmed" ms={6}>
                            <IsicName code={resident.sector} />
                          </Text>
                        ) : null}
                      </List.Item>
                    ))}
                  </List>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('invIncentives.parks.noResidents')}
                  </Text>
                )}
              </section>
            </SimpleGrid>
            {data.contact ? (
              <section>
                <SectionTitle>{t('invIncentives.parks.contact')}</SectionTitle>
                <Group gap="md" wrap="wrap">
                  <Text size="sm">{data.contact.organisation ?? data.contact.name}</Text>
                  <Anchor href={`mailto:${data.contact.email}`} size="sm">
                    {data.contact.email}
                  </Anchor>
                  {data.contact.phone ? <Text size="sm">{data.contact.phone}</Text> : null}
                </Group>
              </section>
            ) : null}
            <section>
              <SectionTitle>{t('invIncentives.parks.incentives')}</SectionTitle>
              {data.incentives.length > 0 ? (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  {data.incentives.map((incentive) => (
                    <IncentiveCard key={incentive.id} incentive={incentive} />
                  ))}
                </SimpleGrid>
              ) : (
                <EmptyState title={t('invIncentives.parks.noIncentives')} />
              )}
            </section>
            <section>
              <SectionTitle>{t('invIncentives.detail.source')}</SectionTitle>
              <SourceLine url={data.sourceUrl} title={data.sourceTitle} retrievedOn={data.retrievedOn} />
            </section>
          </Stack>
        </>
      )}
    </QueryView>
  );
}
