import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../api/types.ts';
import { countryName } from '../../lib/countries.ts';
import { formatNumber, formatTimestamp } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const hasKeys = (value: Record<string, unknown>, ...keys: string[]) => keys.every((key) => key in value);

/**
 * The order boxes appear in on the paper forms (parties, places, goods, carriers, remarks). The database keeps the
 * fields as jsonb, which does not keep key order, so the order is restored here; unknown keys come last.
 */
const boxOrder = [
  'shipmentReference',
  'regime',
  'guaranteeReference',
  'consignor',
  'sender',
  'shipper',
  'holder',
  'consignee',
  'notifyParty',
  'stationOfDeparture',
  'placeOfTakingOver',
  'dateOfTakingOver',
  'customsOfficeOfDeparture',
  'portOfLoading',
  'airportOfDeparture',
  'stationOfDestination',
  'placeOfDelivery',
  'customsOfficeOfDestination',
  'portOfDischarge',
  'airportOfDestination',
  'borderStations',
  'transferStations',
  'customsOfficesEnRoute',
  'itineraryCountries',
  'route',
  'carrier',
  'successiveCarriers',
  'vehicle',
  'vessel',
  'voyage',
  'flight',
  'goods',
  'packagesTotal',
  'grossMassKg',
  'grossWeightKg',
  'marksAndNumbers',
  'containers',
  'seals',
  'dangerousGoods',
  'temperatureC',
  'consignorDeclarations',
  'senderInstructions',
  'handlingInformation',
  'chargesPaidBy',
  'negotiable',
  'customsRemarks',
];

const boxRank = (key: string) => {
  const index = boxOrder.indexOf(key);
  return index === -1 ? boxOrder.length : index;
};

/** The boxes of a consignment note or waybill, labelled in the reader's language, in the forms' order. */
export function InspectDocumentFields({ fields }: { fields: Record<string, unknown> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const entries = Object.entries(fields).sort(([a], [b]) => boxRank(a) - boxRank(b));
  return (
    <dl className="document-fields">
      {entries.map(([key, value]) => (
        <div key={key} className="document-field">
          <dt>{t(`frAuthority.field.${key}`, { defaultValue: key })}</dt>
          <dd>{renderBox(key, value, t, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Boxes holding codes read as their labels: the legal regime, the countries of a TIR itinerary. */
function renderBox(key: string, value: unknown, t: Translate, lang: Language): ReactNode {
  if (key === 'regime' && typeof value === 'string') return t(`freight.vocab.regime.${value}`, { defaultValue: value });
  if (key === 'itineraryCountries' && Array.isArray(value) && value.length > 0) {
    return value.map((code) => countryName(String(code), lang)).join(' → ');
  }
  return renderValue(value, t, lang);
}

function renderValue(value: unknown, t: Translate, lang: Language): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('frAuthority.field.yes') : t('frAuthority.field.no');
  if (typeof value === 'number') return formatNumber(value, lang);
  if (typeof value === 'string') return isoInstant.test(value) ? formatTimestamp(value, lang) : multiline(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((item) => !isRecord(item))) return value.map((item) => String(item)).join(', ');
    return (
      <Stack gap={2} component="ol" className="document-field-list">
        {value.map((item, index) => (
          // Document boxes are ordered lists without ids; the position is the identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>{renderValue(item, t, lang)}</li>
        ))}
      </Stack>
    );
  }
  if (isRecord(value)) return renderRecord(value, t, lang);
  return String(value);
}

/** Known shapes read as one line; anything else as a nested list of labelled boxes. */
function renderRecord(value: Record<string, unknown>, t: Translate, lang: Language): ReactNode {
  const place = value.name;
  if (hasKeys(value, 'nodeId', 'name', 'countryCode') && isRecord(place)) {
    const name = String(place[lang] || place.en || value.nodeId);
    const country = countryName(String(value.countryCode), lang);
    return country ? `${name} (${country})` : name;
  }
  if (hasKeys(value, 'name', 'address', 'countryCode')) {
    return (
      <Stack gap={0}>
        <Text size="sm" fw={500}>
          {String(value.name)}
        </Text>
        <Text size="sm">{String(value.address)}</Text>
        <Text size="sm">{countryName(String(value.countryCode), lang)}</Text>
      </Stack>
    );
  }
  if (hasKeys(value, 'hsCode', 'description', 'packages', 'grossKg')) {
    return t('frAuthority.field.goodsLine', {
      hsCode: value.hsCode,
      description: value.description,
      packages: formatNumber(Number(value.packages), lang),
      packageKind: value.packageKind ?? '',
      grossKg: formatNumber(Number(value.grossKg), lang),
    });
  }
  if (hasKeys(value, 'unNumber', 'hazardClass')) {
    return t('frAuthority.field.dangerousLine', { unNumber: value.unNumber, hazardClass: value.hazardClass });
  }
  if (hasKeys(value, 'name', 'legSequence')) {
    return t('frAuthority.field.carrierLine', { name: value.name, leg: value.legSequence });
  }
  return (
    <dl className="document-fields document-fields-nested">
      {Object.entries(value).map(([key, inner]) => (
        <div key={key} className="document-field">
          <dt>{t(`frAuthority.field.${key}`, { defaultValue: key })}</dt>
          <dd>{renderValue(inner, t, lang)}</dd>
        </div>
      ))}
    </dl>
  );
}

const multiline = (text: string): ReactNode =>
  text.includes('\n') ? <span style={{ whiteSpace: 'pre-line' }}>{text}</span> : text;
