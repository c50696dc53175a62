import type { TransportMode } from '../vocabulary.ts';

/**
 * Emission intensity of a mode, kept apart as ISO 14083 requires: tank-to-wheel (operational, from burning fuel or
 * drawing power) and well-to-wheel (tank-to-wheel plus fuel and energy supply). kg CO2e per tonne-km.
 * Every figure, its table row and what could not be confirmed is documented in packages/freight/seed/FACTORS.md.
 */
export interface EmissionFactor {
  mode: TransportMode;
  category: string;
  ttwKgPerTonneKm: number;
  wtwKgPerTonneKm: number;
  /** The framework and version the figure comes from, e.g. "GLEC Framework v3.0 (2023), Table 14". */
  framework: string;
  source: string;
  note: string | null;
}

/** The accounting method routes are reported under. */
export const emissionMethod = {
  standard: 'ISO 14083:2023',
  framework: 'GLEC Framework v3.0 for sea; UK DESNZ/Defra conversion factors 2025 for rail and road (see each factor)',
  scope: 'Transport chain emissions of the legs (hub operations not included); WTW = TTW + WTT.',
} as const;

/**
 * Default emission factors per mode. GLEC default intensities for rail and road could not be read in full (only a
 * road well-to-tank figure), so rail and road use the UK government factors, which publish the direct (TTW) and
 * well-to-tank parts of one dataset separately; they describe UK operations, not the SCO region.
 */
export const emissionFactors: Record<TransportMode, EmissionFactor> = {
  rail: {
    mode: 'rail',
    category: 'Rail freight train, UK average (mix of diesel and electric traction)',
    ttwKgPerTonneKm: 0.02779,
    wtwKgPerTonneKm: 0.0347,
    framework: 'UK DESNZ/Defra greenhouse gas conversion factors 2025 (not GLEC)',
    source:
      'Defra/DESNZ conversion factors 2025 flat file, Freighting goods > Rail > Freight train, tonne.km, kg CO2e = 0.02779 (row 27_315_3151_14_1, read in https://github.com/scope3emissiontest-oss/JulesProject/blob/23442205d5407273ad386d4ad174d97e6df0cec0/backend/insert_statements_part_7.sql); WTT 0.00691 kg CO2e/tonne-km: https://www.climatiq.io/data/emission-factor/d5089ae2-a5cb-4aac-bde3-9543b8951b56',
    note: 'WTW = 0.02779 + 0.00691. The direct figure includes emissions from generating the electricity used by electric trains, which ISO 14083 counts as well-to-tank, so the TTW part is overstated and the WTT part understated; WTW is unaffected. UK traction mix and grid, not the 1520 mm networks.',
  },
  road: {
    mode: 'road',
    category: 'HGV (all diesel), articulated over 33 t, average laden, UK',
    ttwKgPerTonneKm: 0.07703,
    wtwKgPerTonneKm: 0.09502,
    framework: 'UK DESNZ/Defra greenhouse gas conversion factors 2025 (not GLEC)',
    source:
      'Defra/DESNZ conversion factors 2025 flat file: Freighting goods > HGV (all diesel) > Articulated (>33t), tonne.km, kg CO2e = 0.07703 (row 27_304_3132_14_1, https://github.com/scope3emissiontest-oss/JulesProject/blob/8dd5482c605604456d568800d5802a6ab22ba494/backend/insert_statements_part_6.sql); WTT- delivery vehs & freight > WTT- HGV (all diesel) > Articulated (>33t), tonne.km = 0.01799 (row 28_907_3132_14_1, https://github.com/scope3emissiontest-oss/JulesProject/blob/40e6f197787465f9b6bcd1952a44b713450f7e0d/backend/insert_statements_part_8.sql)',
    note: 'WTW = 0.07703 + 0.01799. The copy of the flat file drops the laden column; "average laden" is the fourth row of the block (after 0 %, 50 %, 100 %), inferred from the row order and the per-km values. GLEC v3.0 Table 8 (Europe) gives 0.022 kg CO2e/tonne-km WTT for an articulated truck 34-40 t; its TTW and WTW could not be read.',
  },
  sea: {
    mode: 'sea',
    category: 'Ferry RoPax 10,000–19,999 GT, MDO',
    ttwKgPerTonneKm: 0.1064,
    wtwKgPerTonneKm: 0.1248,
    framework: 'GLEC Framework v3.0 (2023), Table 14',
    source:
      'https://www.climatiq.io/data/emission-factor/ea5e6297-8958-4870-9df2-00b86e992af4 ; https://www.climatiq.io/data/emission-factor/bebf6e1a-9152-4902-85a7-d3e803ca766b',
    note: 'Caspian and Black Sea ferries are RoPax/rail ferries; the 10,000–19,999 GT size class is an assumption (no gross tonnage of the Caspian fleet was found).',
  },
  air: {
    mode: 'air',
    category: 'Air freighter fleet average',
    ttwKgPerTonneKm: 0.65,
    wtwKgPerTonneKm: 0.789,
    framework: 'GLEC Framework v3.2 (2025), as compiled by EcoFreight (not checked against the GLEC text)',
    source: 'https://ecofreight.co/data/glec-factors.json',
    note: 'Third-party compilation (CC BY 4.0) citing "GLEC v3.2 §8.1": air_freighter_fleet_average, WTW 789 g, TTW 650 g, WTT 139 g per tonne-km. Indicative only.',
  },
};

/** Tonnes of cargo assumed per loaded TEU when a booking is given in TEU without a declared mass. */
export const tonnesPerTeu = {
  value: 10,
  source:
    'IMO MEPC.1/Circ.684 (EEOI guidelines): "a TEU mass of 10 t could be applied for loaded TEUs and 2 t for empty TEUs" (https://www.imorules.com/GUID-0A392370-4E02-446F-8C0E-4975BD9BB916.html); the GLEC default could not be confirmed',
} as const;
