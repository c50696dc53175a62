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
        'Derived: World Bank (2023) China–Europe rail via the Northern Corridor "about US$2,599 eastbound and US$3,121 westbound" per FEU, as quoted by EY, 15 Apr 2024 (https://ey.com/en_kz/strategy-transactions/trans-caspian-international-transport-route); 3,121 USD ÷ 2 TEU ÷ 11,179 km (Chongqing–Duisburg, dataset service distance) = 0.14. All-in rate: it already pays for gauge changes and borders, so rail legs carry no separate gauge-change or border charge (chargesIncludedInRate).',
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
    source:
      'model assumption: no published charge for transferring a container between 1435 and 1520 mm was found. Not added on rail legs while the rail rate is all-in (see separateChargesPerTeu).',
  },
  borderCrossingPerTeu: {
    value: 104,
    unit: 'USD per TEU',
    source:
      'Derived: ADB CAREC CPMM 2022, road TFI 2 "Cost incurred at border crossing" = $208 per crossing, 2022 (https://cpmm.carecprogram.org/2022-report/road-transport); 208 USD ÷ 2 TEU (one 20 t truck load) = 104. Rail border-crossing cost in the same report: $215 (https://cpmm.carecprogram.org/?p=130). Added on road, sea and air legs that cross a border; not on rail legs while the rail rate is all-in (see separateChargesPerTeu).',
  },
  reeferSurchargeShare: { value: 0.3, unit: 'share of base cost', source: 'model assumption' },
  dangerousGoodsSurchargeShare: { value: 0.2, unit: 'share of base cost', source: 'model assumption' },
};

/**
 * Which per-event charges a mode's per-TEU-km rate already contains. The rail rate is derived from an all-in
 * China–Europe through rate, which pays for the borders and gauge changes on the way; adding `gaugeChangePerTeu` and
 * `borderCrossingPerTeu` on rail legs as well would count them twice. Road, sea and air rates are line-haul only, so
 * their border crossings are charged separately. Time is not affected: dwell at borders and gauge changes is always
 * counted. Set a flag to false when a rate replaces the one it describes with a line-haul figure.
 */
export const chargesIncludedInRate: Record<TransportMode, { gaugeChange: boolean; borderCrossing: boolean }> = {
  rail: { gaugeChange: true, borderCrossing: true },
  road: { gaugeChange: false, borderCrossing: false },
  sea: { gaugeChange: false, borderCrossing: false },
  air: { gaugeChange: false, borderCrossing: false },
};

/** Gauge-change and border-crossing charges (USD per TEU) to add on a link, leaving out what its rate includes. */
export function separateChargesPerTeu(options: {
  mode: TransportMode;
  gaugeChanges: number;
  borderCrossings: number;
}): number {
  const included = chargesIncludedInRate[options.mode];
  return (
    (included.gaugeChange ? 0 : options.gaugeChanges * costParameters.gaugeChangePerTeu.value) +
    (included.borderCrossing ? 0 : options.borderCrossings * costParameters.borderCrossingPerTeu.value)
  );
}
