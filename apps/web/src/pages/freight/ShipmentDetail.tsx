import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MetaList } from '../../components/MetaList.tsx';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { AuthorityLinks } from './AuthorityLinks.tsx';
import { DemoBadge, EstimateBadge, freightCountryName, IndicativeBadge } from './freightShared.tsx';
import { ShipmentTimeline } from './ShipmentTimeline.tsx';
import { type ShipmentView, useShipment } from './shipmentApi.ts';
import { CargoSummary, DocumentStatusBadge, LegStatusBadge, ShipmentStatusBadge } from './shipmentShared.tsx';

type Party = ShipmentView['parties']['shipper'];

/** One shipment: summary, parties, goods, legs with their documents, the timeline and, for its booker, authority links. */
export default function ShipmentDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const shipment = useShipment(id);
  useDocumentTitle(shipment.data?.reference ?? t('frShipments.detail.title'));
  return (
    <QueryView
      query={shipment}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frShipments.detail.title')}
      back={{ to: '/freight/shipments', label: t('frShipments.detail.back') }}
    >
      {(data) => <ShipmentBody shipment={data} />}
    </QueryView>
  );
}

function PartyCard({ title, party }: { title: string; party: Party | null }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {title}
      </Text>
      {party ? (
        <>
          <Text fw={600}>{party.name}</Text>
          <Text size="sm">{party.address}</Text>
          <Text size="sm">{freightCountryName(party.countryCode, lang)}</Text>
          {party.contact ? <Text size="sm">{party.contact}</Text> : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('frShipments.detail.noParty')}
        </Text>
      )}
    </Card>
  );
}

function ShipmentBody({ shipment }: { shipment: ShipmentView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const place = (node: ShipmentView['origin']) => node.name[lang] || node.name.en;
  const hours = shipment.route.totals.hours;
  return (
    <Stack gap="lg">
      <PageHeader
        eyebrow={
          <Anchor component={Link} to="/freight/shipments" size="sm">
            {t('frShipments.detail.back')}
          </Anchor>
        }
        title={shipment.reference}
        intro={`${place(shipment.origin)} → ${place(shipment.destination)}`}
        actions={
          <Group gap={6}>
            <ShipmentStatusBadge status={shipment.status} />
            {shipment.demo ? <DemoBadge size="sm" /> : null}
          </Group>
        }
      />
      <MetaList
        items={[
          { label: t('frShipments.detail.cargo'), value: <CargoSummary cargo={shipment.cargo} /> },
          {
            label: t('frShipments.detail.grossMass'),
            value: t('freight.units.tonnes', { value: formatNumber(shipment.cargo.grossTonnes, lang) }),
          },
          { label: t('frShipments.detail.departure'), value: formatTimestamp(shipment.plannedDeparture, lang) },
          { label: t('frShipments.detail.plannedArrival'), value: formatTimestamp(shipment.plannedArrival, lang) },
          {
            label: t('frShipments.detail.estimatedArrival'),
            value: t('frShipments.detail.estimatedAt', {
              eta: formatTimestamp(shipment.estimatedArrival, lang),
              updated: formatTimestamp(shipment.estimateUpdatedAt, lang),
            }),
          },
          {
            label: t('frShipments.detail.transit'),
            value: t('freight.units.days', { value: formatNumber(Math.round((hours / 24) * 10) / 10, lang) }),
          },
          {
            label: t('frShipments.detail.distance'),
            value: (
              <Group gap={6} component="span">
                {t('freight.units.km', { value: formatNumber(Math.round(shipment.route.totals.distanceKm), lang) })}
                {shipment.route.estimatedDistanceShare > 0 ? <EstimateBadge /> : null}
              </Group>
            ),
          },
          {
            label: t('frShipments.detail.cost'),
            value: (
              <Group gap={6} component="span">
                {t('freight.units.usd', { value: formatNumber(Math.round(shipment.route.totals.costUsd), lang) })}
                <IndicativeBadge />
              </Group>
            ),
          },
          {
            label: t('frShipments.detail.emissions'),
            value: t('frShipments.detail.emissionsValue', {
              wtw: formatNumber(Math.round(shipment.route.totals.co2eWtwKg), lang),
              ttw: formatNumber(Math.round(shipment.route.totals.co2eTtwKg), lang),
            }),
          },
          { label: t('frShipments.detail.gaugeChanges'), value: formatNumber(shipment.route.gaugeChanges, lang) },
          {
            label: t('frShipments.detail.countries'),
            value: shipment.route.countries.map((code) => freightCountryName(code, lang)).join(' → '),
          },
          { label: t('frShipments.detail.bookedBy'), value: shipment.bookedBy.name },
        ]}
      />

      <section aria-labelledby="shipment-parties">
        <SectionTitle>
          <span id="shipment-parties">{t('frShipments.detail.parties')}</span>
        </SectionTitle>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <PartyCard title={t('frShipments.party.shipper')} party={shipment.parties.shipper} />
          <PartyCard title={t('frShipments.party.consignee')} party={shipment.parties.consignee} />
          <PartyCard title={t('frShipments.party.forwarder')} party={shipment.parties.forwarder} />
          <PartyCard title={t('frShipments.party.notifyParty')} party={shipment.parties.notifyParty} />
        </SimpleGrid>
      </section>

      <section aria-labelledby="shipment-goods">
        <SectionTitle>
          <span id="shipment-goods">{t('frShipments.detail.goods')}</span>
        </SectionTitle>
        <Stack gap={4}>
          {shipment.goods.map((line) => (
            <Text key={`${line.hsCode}-${line.description}`} size="sm">
              <strong>{line.hsCode}</strong> {line.description} —{' '}
              {t('frShipments.detail.goodsLine', {
                packages: formatNumber(line.packages, lang),
                kind: line.packageKind,
                kg: formatNumber(line.grossKg, lang),
              })}
            </Text>
          ))}
          <Text size="sm">
            {t('frShipments.detail.containers')}:{' '}
            {shipment.containers.length > 0 ? shipment.containers.join(', ') : t('frShipments.detail.none')}
          </Text>
        </Stack>
      </section>

      <section aria-labelledby="shipment-legs">
        <SectionTitle>
          <span id="shipment-legs">{t('frShipments.detail.legs')}</span>
        </SectionTitle>
        <Stack gap="sm">
          {shipment.legs.map((leg) => {
            const legDocuments = shipment.documents.filter((document) => document.legId === leg.id);
            return (
              <Card key={leg.id} withBorder padding="sm">
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text fw={600}>
                    {t('frShipments.detail.legTitle', {
                      sequence: leg.sequence,
                      mode: t(`freight.vocab.mode.${leg.mode}`),
                      from: place(leg.from),
                      to: place(leg.to),
                    })}
                  </Text>
                  <LegStatusBadge status={leg.status} />
                </Group>
                <Text size="sm">
                  {t('frShipments.detail.legFacts', {
                    carrier: leg.carrier.name,
                    km: formatNumber(Math.round(leg.distanceKm), lang),
                    regimes: leg.regimes.map((regime) => t(`freight.vocab.regime.${regime}`)).join(', '),
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {formatTimestamp(leg.plannedDeparture, lang)} → {formatTimestamp(leg.plannedArrival, lang)}
                </Text>
                <Stack gap={4} mt="xs">
                  {legDocuments.map((document) => (
                    <Group key={document.id} gap="xs" wrap="wrap">
                      <Anchor component={Link} to={`/freight/documents/${document.id}`} size="sm">
                        {t(`freight.vocab.documentKind.${document.kind}`)} · {document.number}
                      </Anchor>
                      <DocumentStatusBadge status={document.status} />
                    </Group>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      </section>

      <ShipmentTimeline shipmentId={shipment.id} />
      {shipment.viewer.manages ? <AuthorityLinks shipmentId={shipment.id} /> : null}
    </Stack>
  );
}
