import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParkKind } from '../../../../../packages/investment/src/vocabulary.ts';
import type { Language } from '../../api/types.ts';
import type { MapPoint } from '../../components/RegionMap.tsx';
import { plainText } from '../../lib/localized.ts';
import type { Park } from './incentivesApi.ts';

export function ParkKindBadge({ kind }: { kind: ParkKind }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" variant="light" color="teal.9" size="sm">
      {t(`investment.vocab.parkKind.${kind}`)}
    </Badge>
  );
}

/** Parks with a map position, as points linking to their pages, coloured by kind. */
export function parkMapPoints(parks: Park[], lang: Language, kindLabel: (kind: ParkKind) => string): MapPoint[] {
  return parks.flatMap((park) =>
    park.latitude === null || park.longitude === null
      ? []
      : [
          {
            id: park.id,
            label: plainText(park.name, lang),
            latitude: park.latitude,
            longitude: park.longitude,
            href: `/investment/parks/${encodeURIComponent(park.id)}`,
            group: kindLabel(park.kind),
          },
        ],
  );
}
