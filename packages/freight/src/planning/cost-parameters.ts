import type { TransportMode } from '../vocabulary.ts';

/**
 * The cost model. Freight rates are negotiated and not published per link, so the planner's cost is an indicative
 * model figure (USD), never a quote: every parameter says where it comes from, and the UI and API say "indicative".
 * Derivations assume 10 t per loaded TEU (see tonnesPerTeu) and 2 TEU per FEU; packages/freight/seed/FACTORS.md
 * quotes the sources and the figures that were not used.
 */
export interface CostParameter {
  value: number;
  unit: string;
  source: string;
}

export const costParameters: {
  perTeuKm: Record<TransportMode, CostParameter>;
  transshipmentPerTeu: CostParameter;
  gaugeChangePerTeu: CostParameter;
  borderCrossingPerTeu: CostParameter;
  reeferSurchargeShare: CostParameter;
  dangerousGoodsSurchargeShare: CostParameter;
} = {
  perTeuKm: {
    rail: {
      value: 0.14,
      unit: 'USD per TEU-km',
      source:
        'Derived: World Bank (2023) China–Europe rail via the Northern Corridor "about US$2,599 eastbound and US$3,121 westbound" per FEU, as quoted by EY, 15 Apr 2024 (https://ey.com/en_kz/strategy-transactions/trans-caspian-international-transport-route); 3,121 USD ÷ 2 TEU ÷ 11,179 km (Chongqing–Duisburg, dataset service distance) = 0.14. All-in rate: already includes gauge changes and borders.',
    },
    road: {
      value: 0.945,
      unit: 'USD per TEU-km',
      source:
        'Derived: ADB CAREC Corridor Performance Measurement and Monitoring 2022, road TFI 3 "Cost incurred to travel a corridor section ($ per 500 km per 20 tons)" = 945 (https://cpmm.carecprogram.org/2022-report/road-transport); 945 USD ÷ 500 km ÷ (20 t ÷ 10 t per TEU) = 0.945.',
    },
    sea: {
      value: 0.9,
      unit: 'USD per TEU-km',
      source: 'model assumption: no published Caspian or Black Sea ferry rate per container was found',
    },
    air: {
      value: 20,
      unit: 'USD per TEU-km',
      source: 'model assumption: no published air freight rate was looked up',
    },
  },
  transshipmentPerTeu: {
    value: 150,
    unit: 'USD per TEU',
    source: 'model assumption: no published port or terminal handling charge for the network was found',
  },
  gaugeChangePerTeu: {
    value: 100,
    unit: 'USD per TEU',
    source: 'model assumption: no published charge for transferring a container between 1435 and 1520 mm was found',
  },
  borderCrossingPerTeu: {
    value: 104,
    unit: 'USD per TEU',
    source:
      'Derived: ADB CAREC CPMM 2022, road TFI 2 "Cost incurred at border crossing" = $208 per crossing, 2022 (https://cpmm.carecprogram.org/2022-report/road-transport); 208 USD ÷ 2 TEU (one 20 t truck load) = 104. Rail border-crossing cost in the same report: $215 (https://cpmm.carecprogram.org/?p=130).',
  },
  reeferSurchargeShare: { value: 0.3, unit: 'share of base cost', source: 'model assumption' },
  dangerousGoodsSurchargeShare: { value: 0.2, unit: 'share of base cost', source: 'model assumption' },
};
