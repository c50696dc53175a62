import { useTranslation } from 'react-i18next';
import type { DocumentStatus, LegStatus, ShipmentStatus } from '../../../../../packages/freight/src/vocabulary.ts';
import { type Tone, ToneBadge } from '../../components/Badges.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';

const shipmentTone: Record<ShipmentStatus, Tone> = {
  booked: 'blue',
  in_transit: 'teal',
  delivered: 'green',
  cancelled: 'gray',
};
const legTone: Record<LegStatus, Tone> = { planned: 'gray', in_progress: 'teal', completed: 'green' };
const documentTone: Record<DocumentStatus, Tone> = { draft: 'amber', signed: 'green', superseded: 'gray' };

export function ShipmentStatusBadge({ status }: { status: ShipmentStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={shipmentTone[status]}>{t(`freight.vocab.shipmentStatus.${status}`)}</ToneBadge>;
}

export function LegStatusBadge({ status }: { status: LegStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={legTone[status]}>{t(`freight.vocab.legStatus.${status}`)}</ToneBadge>;
}

export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  return <ToneBadge tone={documentTone[status]}>{t(`freight.vocab.documentStatus.${status}`)}</ToneBadge>;
}

/** "2 TEU, general cargo" or "120 t, reefer at −18 °C". */
export function CargoSummary({
  cargo,
}: {
  cargo: {
    kind: 'general' | 'reefer' | 'dangerous';
    unit: 'teu' | 'tonnes';
    quantity: number;
    temperatureC: number | null;
    unNumber: string | null;
  };
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const amount = t(`freight.units.${cargo.unit}`, { value: formatNumber(cargo.quantity, lang) });
  const extra =
    cargo.kind === 'reefer' && cargo.temperatureC !== null
      ? t('frShipments.cargo.atTemperature', { value: formatNumber(cargo.temperatureC, lang) })
      : cargo.kind === 'dangerous' && cargo.unNumber
        ? cargo.unNumber
        : null;
  return (
    <span>
      {amount}, {t(`freight.vocab.cargoKind.${cargo.kind}`)}
      {extra ? ` (${extra})` : ''}
    </span>
  );
}
