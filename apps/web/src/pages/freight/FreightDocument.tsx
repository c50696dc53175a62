import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconDownload, IconPencil, IconShieldCheck, IconSignature, IconVersions } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { documentBoxes, documentTextBoxes } from '../../../../../packages/freight/src/documents/document-boxes.ts';
import type { SignerCapacity } from '../../../../../packages/freight/src/vocabulary.ts';
import { isApiError } from '../../api/client.ts';
import type { Language } from '../../api/types.ts';
import { MetaList } from '../../components/MetaList.tsx';
import { ModalActions } from '../../components/ModalActions.tsx';
import { DetailSkeleton, ErrorAlert, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { freightCountryName } from './freightShared.tsx';
import {
  type DocumentDetail,
  signedJsonUrl,
  useDocument,
  useDocumentVerification,
  useEditDocument,
  useSignDocument,
  useSupersedeDocument,
} from './shipmentApi.ts';
import { DocumentStatusBadge } from './shipmentShared.tsx';
import './shipments.css';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Boxes holding lists or long text span the whole form. */
const wideBoxes = new Set([
  'goods',
  'route',
  'borderStations',
  'customsOfficesEnRoute',
  'consignorDeclarations',
  'senderInstructions',
  'customsRemarks',
  'handlingInformation',
]);

/** A digital consignment note or waybill: its boxes, status, signatures, versions, and the actions the reader may take. */
export default function FreightDocument() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const document = useDocument(id);
  useDocumentTitle(document.data?.number ?? t('frShipments.document.title'));
  return (
    <QueryView
      query={document}
      skeleton={<DetailSkeleton />}
      errorTitle={t('frShipments.document.title')}
      back={{ to: '/freight/shipments', label: t('frShipments.detail.back') }}
    >
      {(data) => <DocumentBody document={data} />}
    </QueryView>
  );
}

function DocumentBody({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const boxes = documentBoxes[document.kind];
  return (
    <Stack gap="lg">
      <PageHeader
        eyebrow={
          <Anchor component={Link} to={`/freight/shipments/${document.shipmentId}`} size="sm">
            {t('frShipments.document.backToShipment', { reference: document.shipmentReference })}
          </Anchor>
        }
        title={t(`freight.vocab.documentKind.${document.kind}`)}
        intro={t('frShipments.document.intro', { number: document.number, leg: document.legSequence })}
        actions={<DocumentStatusBadge status={document.status} />}
      />
      <DocumentActions document={document} />
      {document.status === 'superseded' ? (
        <Alert color="gray" title={t('frShipments.document.supersededTitle')}>
          {t('frShipments.document.supersededBody')}
        </Alert>
      ) : null}

      <section aria-labelledby="document-form">
        <SectionTitle>
          <span id="document-form">{t('frShipments.document.boxes')}</span>
        </SectionTitle>
        <div className="freight-form">
          {boxes.map((key, index) => (
            <div key={key} className={wideBoxes.has(key) ? 'freight-box freight-box-wide' : 'freight-box'}>
              <p className="freight-box-label">
                <span className="freight-box-number">{index + 1}</span>
                <span>{t(`frShipments.field.${key}`)}</span>
              </p>
              {key === 'regime' && typeof document.fields[key] === 'string' ? (
                t(`freight.vocab.regime.${document.fields[key]}`)
              ) : isEmpty(document.fields[key]) ? (
                <span className="freight-box-empty">
                  {fillableBoxes.has(key) ? t('frShipments.document.empty') : '—'}
                </span>
              ) : (
                <BoxValue value={document.fields[key]} t={t} lang={lang} />
              )}
            </div>
          ))}
        </div>
      </section>

      <SignaturesSection document={document} />
      <HistorySection document={document} />
    </Stack>
  );
}

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** Boxes someone fills after booking (the carrier, the holder, customs); other empty boxes do not apply. */
const fillableBoxes = new Set([
  'vehicle',
  'vessel',
  'voyage',
  'flight',
  'guaranteeReference',
  'seals',
  'customsRemarks',
  'chargesPaidBy',
]);

function BoxValue({ value, t, lang }: { value: unknown; t: Translate; lang: Language }): ReactNode {
  if (isEmpty(value)) return <span className="freight-box-empty">—</span>;
  if (typeof value === 'boolean') return value ? t('frShipments.document.yes') : t('frShipments.document.no');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTimestamp(value, lang);
    return <span style={{ whiteSpace: 'pre-line' }}>{value}</span>;
  }
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === 'string')) {
      // Country codes (itinerary) read as names; container numbers and seals as they are.
      return value.map((item) => (/^[A-Z]{2}$/.test(item) ? freightCountryName(item, lang) : item)).join(', ');
    }
    return (
      <ol>
        {value.map((item, index) => (
          // Boxes hold ordered lists without ids; the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <BoxValue value={item} t={t} lang={lang} />
          </li>
        ))}
      </ol>
    );
  }
  if (isRecord(value)) return <RecordValue value={value} t={t} lang={lang} />;
  return String(value);
}

/** Parties, places, goods lines, carriers, border pairs and the vehicle, each read as one or two lines. */
function RecordValue({ value, t, lang }: { value: Record<string, unknown>; t: Translate; lang: Language }) {
  if ('nodeId' in value && isRecord(value.name)) {
    const name = value.name as Record<Language, string>;
    return (
      <span>
        {name[lang] || name.en}
        {value.countryCode ? ` (${freightCountryName(String(value.countryCode), lang)})` : ''}
      </span>
    );
  }
  if ('address' in value) {
    return (
      <span>
        <strong>{String(value.name)}</strong>
        <br />
        {String(value.address)}, {freightCountryName(String(value.countryCode), lang)}
      </span>
    );
  }
  if ('hsCode' in value) {
    return (
      <span>
        <strong>{String(value.hsCode)}</strong> {String(value.description)} —{' '}
        {t('frShipments.detail.goodsLine', {
          packages: formatNumber(Number(value.packages), lang),
          kind: String(value.packageKind),
          kg: formatNumber(Number(value.grossKg), lang),
        })}
      </span>
    );
  }
  if ('legSequence' in value) {
    return <span>{t('frShipments.document.carrierOfLeg', { name: value.name, leg: value.legSequence })}</span>;
  }
  if ('station' in value) {
    return (
      <span>
        <RecordValue value={value.station as Record<string, unknown>} t={t} lang={lang} />
        {isRecord(value.pairStation) ? (
          <>
            {' – '}
            <RecordValue value={value.pairStation} t={t} lang={lang} />
          </>
        ) : null}
        {value.gaugeChange ? ` · ${t('frShipments.document.gaugeChange')}` : ''}
      </span>
    );
  }
  if ('unNumber' in value) return <span>{t('frShipments.document.dangerous', value)}</span>;
  return (
    <span>
      {Object.entries(value).map(([key, inner]) => (
        <span key={key} style={{ display: 'block' }}>
          {t(`frShipments.field.${key}`)}: <BoxValue value={inner} t={t} lang={lang} />
        </span>
      ))}
    </span>
  );
}

function DocumentActions({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [signing, setSigning] = useState<SignerCapacity | null>(null);
  const [editing, edit] = useDisclosure(false);
  const sign = useSignDocument(document.id);
  const supersede = useSupersedeDocument(document.id);
  const hasPayload = document.payloadDigest !== null;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        {textBoxesFor(document).length > 0 || document.can.editFields.includes('vehicle') ? (
          <Button variant="default" leftSection={<IconPencil size={16} aria-hidden />} onClick={edit.open}>
            {t('frShipments.document.edit')}
          </Button>
        ) : null}
        {document.can.signAs.map((capacity) => (
          <Button
            key={capacity}
            leftSection={<IconSignature size={16} aria-hidden />}
            onClick={() => setSigning(capacity)}
          >
            {t(`frShipments.document.signAs.${capacity}`)}
          </Button>
        ))}
        {document.can.supersede ? (
          <Button
            variant="default"
            leftSection={<IconVersions size={16} aria-hidden />}
            loading={supersede.isPending}
            onClick={() =>
              supersede.mutate(undefined, { onSuccess: (created) => navigate(`/freight/documents/${created.id}`) })
            }
          >
            {t('frShipments.document.supersede')}
          </Button>
        ) : null}
        {hasPayload ? (
          <Button
            component="a"
            href={signedJsonUrl(document.id)}
            download={`${document.number}.signed.json`}
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
          >
            {t('frShipments.document.download')}
          </Button>
        ) : null}
      </Group>
      {supersede.isError ? <ErrorAlert error={supersede.error} /> : null}
      <Modal
        opened={signing !== null}
        onClose={() => setSigning(null)}
        title={signing ? t(`frShipments.document.signAs.${signing}`) : ''}
      >
        <Stack gap="sm">
          <Text size="sm">{t('frShipments.document.signConfirm', { number: document.number })}</Text>
          {sign.isError ? <ErrorAlert error={sign.error} /> : null}
          <ModalActions onCancel={() => setSigning(null)}>
            <Button
              loading={sign.isPending}
              onClick={() => {
                if (signing) sign.mutate({ capacity: signing }, { onSuccess: () => setSigning(null) });
              }}
            >
              {t('frShipments.document.signNow')}
            </Button>
          </ModalActions>
        </Stack>
      </Modal>
      <Modal opened={editing} onClose={edit.close} title={t('frShipments.document.edit')}>
        <EditForm document={document} onDone={edit.close} />
      </Modal>
    </Stack>
  );
}

/** The free-text boxes of the document the viewer may change now. */
const textBoxesFor = (document: DocumentDetail) =>
  documentTextBoxes[document.kind].filter((key) => document.can.editFields.includes(key));

const vehicleKeys = ['tractorPlate', 'trailerPlate'] as const;

function EditForm({ document, onDone }: { document: DocumentDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const keys = textBoxesFor(document);
  const editsVehicle = document.can.editFields.includes('vehicle');
  const vehicle = isRecord(document.fields.vehicle) ? document.fields.vehicle : {};
  const [values, setValues] = useState<Record<string, string>>(() => ({
    ...Object.fromEntries(
      keys.map((key) => [key, typeof document.fields[key] === 'string' ? String(document.fields[key]) : '']),
    ),
    ...Object.fromEntries(
      vehicleKeys.map((key) => [key, typeof vehicle[key] === 'string' ? String(vehicle[key]) : '']),
    ),
  }));
  const save = useEditDocument(document.id);
  const fieldError = (path: string) =>
    isApiError(save.error) ? save.error.fieldErrors.find((error) => error.path.startsWith(path))?.message : undefined;
  const text = (key: string) => values[key]?.trim() || null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: Record<string, unknown> = Object.fromEntries(keys.map((key) => [key, text(key)]));
    if (editsVehicle) changes.vehicle = { tractorPlate: text('tractorPlate'), trailerPlate: text('trailerPlate') };
    save.mutate(changes, { onSuccess: onDone });
  };
  const input = (key: string, label: string, path: string) => (
    <Textarea
      key={key}
      label={label}
      value={values[key] ?? ''}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setValues((current) => ({ ...current, [key]: next }));
      }}
      autosize
      minRows={1}
      maxRows={6}
      error={fieldError(path)}
    />
  );
  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        {keys.map((key) => input(key, t(`frShipments.field.${key}`), `fields.${key}`))}
        {editsVehicle
          ? vehicleKeys.map((key) => input(key, t(`frShipments.field.${key}`), `fields.vehicle.${key}`))
          : null}
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <ModalActions onCancel={onDone}>
          <Button type="submit" loading={save.isPending}>
            {t('frShipments.document.save')}
          </Button>
        </ModalActions>
      </Stack>
    </form>
  );
}

function SignaturesSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [checked, setChecked] = useState(false);
  const verification = useDocumentVerification(document.id, checked);
  return (
    <section aria-labelledby="document-signatures">
      <SectionTitle>
        <span id="document-signatures">{t('frShipments.document.signatures')}</span>
      </SectionTitle>
      {document.signatures.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('frShipments.document.unsigned')}
        </Text>
      ) : (
        <Stack gap="xs">
          {document.signatures.map((signature) => (
            <Card key={signature.id} withBorder padding="sm">
              <Text size="sm" fw={600}>
                {t('frShipments.document.signedBy', {
                  name: signature.signerName,
                  capacity: t(`freight.vocab.signerCapacity.${signature.capacity}`),
                })}
              </Text>
              <Text size="sm">
                {formatTimestamp(signature.signedAt, lang)} · {signature.algorithm}
              </Text>
              <Text className="freight-digest">
                {t('frShipments.document.keyId')}: {signature.keyId}
              </Text>
            </Card>
          ))}
          {document.payloadDigest ? (
            <Text className="freight-digest">
              {t('frShipments.document.digest')}: {document.payloadDigest}
            </Text>
          ) : null}
          <Group gap="xs">
            <Button
              variant="light"
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              loading={verification.isFetching}
              onClick={() => (checked ? void verification.refetch() : setChecked(true))}
            >
              {t('frShipments.document.verify')}
            </Button>
            <Anchor component={Link} to="/freight/verify" size="sm">
              {t('frShipments.document.verifyElsewhere')}
            </Anchor>
          </Group>
          {verification.isError ? <ErrorAlert error={verification.error} /> : null}
          {verification.data ? (
            <Alert
              color={verification.data.valid ? 'green' : 'red'}
              title={verification.data.valid ? t('frShipments.document.valid') : t('frShipments.document.invalid')}
              role="status"
            >
              <MetaList
                cols={1}
                items={[
                  ...(verification.data.problem
                    ? [{ label: t('frShipments.document.problem'), value: verification.data.problem }]
                    : []),
                  {
                    label: t('frShipments.document.digest'),
                    value: <span className="freight-digest">{verification.data.computedDigest ?? '—'}</span>,
                  },
                  ...verification.data.signatures.map((signature) => ({
                    label: `${signature.signerName} (${t(`freight.vocab.signerCapacity.${signature.capacity}`)})`,
                    value: (
                      <span className="freight-digest">
                        {signature.valid
                          ? t('frShipments.document.signatureValid')
                          : t('frShipments.document.signatureInvalid')}{' '}
                        · {signature.keyId} ·{' '}
                        {t('frShipments.document.keyCreated', { date: formatTimestamp(signature.keyCreatedAt, lang) })}
                      </span>
                    ),
                  })),
                ]}
              />
            </Alert>
          ) : null}
        </Stack>
      )}
    </section>
  );
}

function HistorySection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  if (document.history.length < 2) return null;
  return (
    <section aria-labelledby="document-history">
      <SectionTitle>
        <span id="document-history">{t('frShipments.document.history')}</span>
      </SectionTitle>
      <Stack gap={4} component="ol" style={{ paddingInlineStart: '1.25rem', margin: 0 }}>
        {document.history.map((version) => (
          <li key={version.id}>
            <Group gap="xs" wrap="wrap">
              {version.id === document.id ? (
                <Text size="sm" fw={600}>
                  {version.number}
                </Text>
              ) : (
                <Anchor component={Link} to={`/freight/documents/${version.id}`} size="sm">
                  {version.number}
                </Anchor>
              )}
              <DocumentStatusBadge status={version.status} />
            </Group>
          </li>
        ))}
      </Stack>
    </section>
  );
}
