import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconPrinter, IconShieldLock, IconSignature } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import type { Language } from '../../api/types.ts';
import { type Tone, ToneBadge } from '../../components/Badges.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import {
  DetailSkeleton,
  EmptyState,
  ErrorAlert,
  ErrorState,
  PageHeader,
  SectionTitle,
} from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import {
  type DocumentVerification,
  type Inspection,
  useInspectedDocument,
  useInspectedVerification,
  useInspection,
} from './authorityApi.ts';
import { Digest, SignatureVerdict, VerdictAlert, VerdictFact } from './authorityShared.tsx';
import { DemoBadge, nodeLabel } from './freightShared.tsx';
import { InspectDocumentFields } from './InspectDocumentFields.tsx';
import './InspectShipment.css';

type InspectedShipment = Inspection['shipment'];
type InspectedLeg = InspectedShipment['legs'][number];
type InspectedDocumentSummary = Inspection['documents'][number];
type Party = InspectedShipment['parties']['shipper'];

const documentTone: Record<InspectedDocumentSummary['status'], Tone> = {
  draft: 'gray',
  signed: 'green',
  superseded: 'amber',
};

/** The public page an authority link opens: the shipment and its issued documents, read-only, printable. */
export default function InspectShipment() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const inspection = useInspection(token);
  useDocumentTitle(
    inspection.data
      ? t('frAuthority.inspect.title', { reference: inspection.data.shipment.reference })
      : t('frAuthority.inspect.banner.title'),
  );
  if (inspection.isPending) return <DetailSkeleton />;
  if (inspection.isError) {
    if (isApiError(inspection.error) && inspection.error.status === 404) {
      return (
        <Stack gap="md">
          <PageHeader title={t('frAuthority.inspect.closed.title')} />
          <Alert color="gray" variant="light" icon={<IconShieldLock aria-hidden />}>
            {t('frAuthority.inspect.closed.body')}
          </Alert>
        </Stack>
      );
    }
    return <ErrorState error={inspection.error} onRetry={() => inspection.refetch()} />;
  }
  return <InspectionView token={token} inspection={inspection.data} />;
}

function InspectionView({ token, inspection }: { token: string; inspection: Inspection }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { shipment, link } = inspection;
  return (
    <Stack gap="lg" className="inspect-page">
      <Alert
        color="blue"
        variant="light"
        icon={<IconShieldLock aria-hidden />}
        title={t('frAuthority.inspect.banner.title')}
        className="inspect-banner"
      >
        {t('frAuthority.inspect.banner.body', { label: link.label, expires: formatTimestamp(link.expiresAt, lang) })}
      </Alert>
      <PageHeader
        title={t('frAuthority.inspect.title', { reference: shipment.reference })}
        eyebrow={shipment.demo ? <DemoBadge size="sm" /> : undefined}
        actions={
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            className="inspect-controls"
          >
            {t('frAuthority.inspect.print')}
          </Button>
        }
      />
      <ShipmentFacts shipment={shipment} />
      <Parties parties={shipment.parties} />
      <Cargo shipment={shipment} />
      <Legs legs={shipment.legs} />
      <Documents token={token} documents={inspection.documents} />
    </Stack>
  );
}

const placeName = (node: InspectedLeg['from'], lang: Language) => {
  const country = countryName(node.countryCode, lang);
  return country ? `${nodeLabel(node, lang)} (${country})` : nodeLabel(node, lang);
};

function ShipmentFacts({ shipment }: { shipment: InspectedShipment }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Stack gap="xs" component="section" aria-label={t('frAuthority.inspect.shipment')}>
      <MetaList
        items={[
          { label: t('frAuthority.inspect.status'), value: t(`freight.vocab.shipmentStatus.${shipment.status}`) },
          { label: t('frAuthority.inspect.origin'), value: placeName(shipment.origin, lang) },
          { label: t('frAuthority.inspect.destination'), value: placeName(shipment.destination, lang) },
          { label: t('frAuthority.inspect.plannedDeparture'), value: formatTimestamp(shipment.plannedDeparture, lang) },
          { label: t('frAuthority.inspect.plannedArrival'), value: formatTimestamp(shipment.plannedArrival, lang) },
          {
            label: t('frAuthority.inspect.estimatedArrival'),
            value: formatTimestamp(shipment.estimatedArrival, lang),
          },
          {
            label: t('frAuthority.inspect.countries'),
            value: shipment.route.countries.map((code) => countryName(code, lang)).join(' → '),
          },
          {
            label: t('frAuthority.inspect.regimes'),
            value: shipment.route.regimes.map((regime) => t(`freight.vocab.regime.${regime}`)).join(', '),
          },
          { label: t('frAuthority.inspect.gaugeChanges'), value: formatNumber(shipment.route.gaugeChanges, lang) },
        ]}
      />
    </Stack>
  );
}

function Parties({ parties }: { parties: InspectedShipment['parties'] }) {
  const { t } = useTranslation();
  const roles = [
    ['shipper', parties.shipper],
    ['consignee', parties.consignee],
    ['forwarder', parties.forwarder],
    ['notifyParty', parties.notifyParty],
  ] as const;
  return (
    <Stack gap="xs" component="section" aria-label={t('frAuthority.inspect.parties')}>
      <SectionTitle>{t('frAuthority.inspect.parties')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {roles.map(([role, party]) =>
          party ? <PartyCard key={role} title={t(`frAuthority.inspect.party.${role}`)} party={party} /> : null,
        )}
      </SimpleGrid>
    </Stack>
  );
}

function PartyCard({ title, party }: { title: string; party: Party }) {
  const lang = useLang();
  return (
    <Card withBorder padding="sm" className="inspect-card">
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {title}
      </Text>
      <Text fw={600}>{party.name}</Text>
      <Text size="sm">{party.address}</Text>
      <Text size="sm">{countryName(party.countryCode, lang)}</Text>
      {party.contact ? <Text size="sm">{party.contact}</Text> : null}
    </Card>
  );
}

function Cargo({ shipment }: { shipment: InspectedShipment }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { cargo } = shipment;
  const goodsColumns: Column<InspectedShipment['goods'][number]>[] = [
    { key: 'hs', header: t('frAuthority.inspect.goods.hsCode'), primary: true, render: (line) => line.hsCode },
    { key: 'description', header: t('frAuthority.inspect.goods.description'), render: (line) => line.description },
    {
      key: 'packages',
      header: t('frAuthority.inspect.goods.packages'),
      align: 'right',
      render: (line) => `${formatNumber(line.packages, lang)} ${line.packageKind}`,
    },
    {
      key: 'gross',
      header: t('frAuthority.inspect.goods.grossKg'),
      align: 'right',
      render: (line) => formatNumber(line.grossKg, lang),
    },
  ];
  const quantity =
    cargo.unit === 'teu'
      ? t('freight.units.teu', { value: formatNumber(cargo.quantity, lang) })
      : t('freight.units.tonnes', { value: formatNumber(cargo.quantity, lang) });
  const facts = [
    { label: t('frAuthority.inspect.cargo.kind'), value: t(`freight.vocab.cargoKind.${cargo.kind}`) },
    { label: t('frAuthority.inspect.cargo.quantity'), value: quantity },
    {
      label: t('frAuthority.inspect.cargo.grossTonnes'),
      value: t('freight.units.tonnes', { value: formatNumber(cargo.grossTonnes, lang) }),
    },
  ];
  if (cargo.unNumber) facts.push({ label: t('frAuthority.inspect.cargo.unNumber'), value: `UN ${cargo.unNumber}` });
  if (cargo.hazardClass) facts.push({ label: t('frAuthority.inspect.cargo.hazardClass'), value: cargo.hazardClass });
  if (cargo.temperatureC !== null) {
    facts.push({
      label: t('frAuthority.inspect.cargo.temperature'),
      value: `${formatNumber(cargo.temperatureC, lang)} °C`,
    });
  }
  return (
    <Stack gap="xs" component="section" aria-label={t('frAuthority.inspect.cargo.title')}>
      <SectionTitle>{t('frAuthority.inspect.cargo.title')}</SectionTitle>
      <MetaList items={facts} />
      <SectionTitle order={3}>{t('frAuthority.inspect.containers')}</SectionTitle>
      {shipment.containers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('frAuthority.inspect.noContainers')}
        </Text>
      ) : (
        <Group gap={6} component="ul" className="plain-list">
          {shipment.containers.map((container) => (
            <Badge key={container} component="li" variant="outline" color="gray" ff="monospace" size="lg">
              {container}
            </Badge>
          ))}
        </Group>
      )}
      <SectionTitle order={3}>{t('frAuthority.inspect.goods.title')}</SectionTitle>
      <DataTable
        rows={shipment.goods}
        columns={goodsColumns}
        rowKey={(line) => `${line.hsCode}-${line.description}-${line.grossKg}`}
        caption={t('frAuthority.inspect.goods.title')}
      />
    </Stack>
  );
}

function Legs({ legs }: { legs: InspectedLeg[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: Column<InspectedLeg>[] = [
    {
      key: 'leg',
      header: t('frAuthority.inspect.legs.leg'),
      primary: true,
      render: (leg) => t('frAuthority.inspect.legs.number', { number: leg.sequence }),
    },
    { key: 'mode', header: t('frAuthority.inspect.legs.mode'), render: (leg) => t(`freight.vocab.mode.${leg.mode}`) },
    {
      key: 'stretch',
      header: t('frAuthority.inspect.legs.stretch'),
      render: (leg) => `${placeName(leg.from, lang)} → ${placeName(leg.to, lang)}`,
    },
    {
      key: 'gauge',
      header: t('frAuthority.inspect.legs.gauge'),
      render: (leg) =>
        leg.gauge
          ? leg.gauge
              .split('/')
              .map((gauge) => t(`freight.vocab.gauge.${gauge}`, { defaultValue: `${gauge} mm` }))
              .join(' / ')
          : '—',
    },
    {
      key: 'regimes',
      header: t('frAuthority.inspect.legs.regimes'),
      render: (leg) => leg.regimes.map((regime) => t(`freight.vocab.regime.${regime}`)).join(', '),
    },
    { key: 'carrier', header: t('frAuthority.inspect.legs.carrier'), render: (leg) => leg.carrierName || '—' },
    {
      key: 'borders',
      header: t('frAuthority.inspect.legs.borderPoints'),
      render: (leg) =>
        leg.borderPoints.length === 0 ? '—' : leg.borderPoints.map((node) => placeName(node, lang)).join(', '),
    },
    {
      key: 'planned',
      header: t('frAuthority.inspect.legs.planned'),
      render: (leg) => `${formatTimestamp(leg.plannedDeparture, lang)} – ${formatTimestamp(leg.plannedArrival, lang)}`,
    },
  ];
  return (
    <Stack gap="xs" component="section" aria-label={t('frAuthority.inspect.legs.title')}>
      <SectionTitle>{t('frAuthority.inspect.legs.title')}</SectionTitle>
      <DataTable rows={legs} columns={columns} rowKey={(leg) => leg.id} caption={t('frAuthority.inspect.legs.title')} />
    </Stack>
  );
}

function Documents({ token, documents }: { token: string; documents: InspectedDocumentSummary[] }) {
  const { t } = useTranslation();
  // Current versions first, then the superseded ones, each group in leg order.
  const ordered = [...documents].sort(
    (a, b) => Number(a.status === 'superseded') - Number(b.status === 'superseded') || a.legSequence - b.legSequence,
  );
  return (
    <Stack gap="sm" component="section" aria-label={t('frAuthority.inspect.documents.title')}>
      <SectionTitle>{t('frAuthority.inspect.documents.title')}</SectionTitle>
      <Text size="sm" c="dimmed" maw={820}>
        {t('frAuthority.inspect.documents.intro')}
      </Text>
      {ordered.length === 0 ? (
        <EmptyState title={t('frAuthority.inspect.documents.empty')} />
      ) : (
        <Stack gap="sm" component="ul" className="plain-list">
          {ordered.map((document) => (
            <li key={document.id}>
              <DocumentCard token={token} document={document} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function DocumentCard({ token, document }: { token: string; document: InspectedDocumentSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState(false);
  const detail = useInspectedDocument(token, document.id, open);
  const verification = useInspectedVerification(token);
  const superseded = document.status === 'superseded';
  return (
    <Card withBorder padding="md" className={superseded ? 'inspect-card inspect-superseded' : 'inspect-card'}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={3} className="subsection-title">
              {t(`freight.vocab.documentKind.${document.kind}`)}
            </Title>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {document.number}
            </Text>
          </Stack>
          <Group gap={6}>
            <ToneBadge tone={documentTone[document.status]}>
              {t(`freight.vocab.documentStatus.${document.status}`)}
            </ToneBadge>
            <ToneBadge tone="gray">
              {t('frAuthority.inspect.documents.version', { number: document.version })}
            </ToneBadge>
            <ToneBadge tone="gray">{t('frAuthority.inspect.legs.number', { number: document.legSequence })}</ToneBadge>
          </Group>
        </Group>
        {superseded ? (
          <Text size="sm" c="dimmed">
            {t('frAuthority.inspect.documents.supersededNote')}
          </Text>
        ) : null}
        {document.signatures.length > 0 ? (
          <Stack gap={2} component="ul" className="plain-list">
            {document.signatures.map((signature) => (
              <Text key={signature.id} component="li" size="sm">
                {t('frAuthority.inspect.documents.signedBy', {
                  name: signature.signerName,
                  capacity: t(`freight.vocab.signerCapacity.${signature.capacity}`),
                  at: formatTimestamp(signature.signedAt, lang),
                })}
              </Text>
            ))}
          </Stack>
        ) : null}
        {document.payloadDigest ? (
          <VerdictFact label={t('frAuthority.verdict.digest')}>
            <Digest value={document.payloadDigest} />
          </VerdictFact>
        ) : null}
        <Group gap="xs" className="inspect-controls">
          <Button
            size="xs"
            variant="light"
            leftSection={open ? <IconEyeOff size={14} aria-hidden /> : <IconEye size={14} aria-hidden />}
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
          >
            {open ? t('frAuthority.inspect.documents.hide') : t('frAuthority.inspect.documents.show')}
          </Button>
          <Button
            size="xs"
            leftSection={<IconSignature size={14} aria-hidden />}
            loading={verification.isPending}
            onClick={() => verification.mutate(document.id)}
          >
            {t('frAuthority.inspect.documents.verify')}
          </Button>
        </Group>
        {verification.isError ? <ErrorAlert error={verification.error} /> : null}
        {verification.data ? <VerificationResult verification={verification.data} /> : null}
        {open ? (
          detail.isPending ? (
            <Text size="sm" c="dimmed">
              {t('frAuthority.inspect.documents.loading')}
            </Text>
          ) : detail.isError ? (
            <ErrorAlert error={detail.error} />
          ) : (
            <InspectDocumentFields fields={detail.data.fields} />
          )
        ) : null}
      </Stack>
    </Card>
  );
}

/** Why a document does not verify, from the checks' outcome (the server's own sentence is English only). */
function problemOf(verification: DocumentVerification): 'unsigned' | 'digest' | 'payload' | 'signature' {
  if (verification.digest === null || verification.signatures.length === 0) return 'unsigned';
  if (verification.computedDigest !== verification.digest) return 'digest';
  if (!verification.payloadMatchesDocument) return 'payload';
  return 'signature';
}

function VerificationResult({ verification }: { verification: DocumentVerification }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <VerdictAlert
      valid={verification.valid}
      title={verification.valid ? t('frAuthority.verdict.documentValid') : t('frAuthority.verdict.documentInvalid')}
    >
      <Stack gap="xs">
        {verification.valid ? null : (
          <Text size="sm">{t(`frAuthority.verdict.problem.${problemOf(verification)}`)}</Text>
        )}
        {verification.signatures.map((signature) => (
          <Stack key={signature.signatureId} gap={2}>
            <SignatureVerdict valid={signature.valid} />
            <Text size="sm">
              {t('frAuthority.inspect.documents.signedBy', {
                name: signature.signerName,
                capacity: t(`freight.vocab.signerCapacity.${signature.capacity}`),
                at: formatTimestamp(signature.signedAt, lang),
              })}
            </Text>
            <VerdictFact label={t('frAuthority.verdict.key')}>
              <Digest value={`${signature.algorithm} · ${signature.keyId}`} />
            </VerdictFact>
          </Stack>
        ))}
        {verification.computedDigest ? (
          <VerdictFact label={t('frAuthority.verdict.computedDigest')}>
            <Digest value={verification.computedDigest} />
          </VerdictFact>
        ) : null}
      </Stack>
    </VerdictAlert>
  );
}
