import type { TransportMode } from '../vocabulary.ts';

/**
 * Emission intensity of a mode, kept apart as ISO 14083 requires: tank-to-wheel (operational, from burning fuel or
 * drawing power) and well-to-wheel (tank-to-wheel plus fuel and energy supply). kg CO2e per tonne-km.
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
  framework: 'GLEC Framework',
  scope: 'Transport chain emissions of the legs (hub operations not included); WTW = TTW + WTT.',
} as const;

/** Default emission factors per mode. */
export const emissionFactors: Record<TransportMode, EmissionFactor> = {
  rail: {
    mode: 'rail',
    category: 'Netherlands 2014 average rail freight (20 % diesel, 80 % electric), CO2 only',
    ttwKgPerTonneKm: 0.0113,
    wtwKgPerTonneKm: 0.0113,
    framework: 'KiM/CE Delft (2014), not GLEC',
    source: 'https://etrr.springeropen.com/articles/10.1186/s12544-019-0344-x/tables/9',
    note: 'Placeholder until a GLEC rail default is transcribed.',
  },
  road: {
    mode: 'road',
    category: 'Netherlands 2014 average road freight, CO2 only',
    ttwKgPerTonneKm: 0.0903,
    wtwKgPerTonneKm: 0.0903,
    framework: 'KiM/CE Delft (2014), not GLEC',
    source: 'https://etrr.springeropen.com/articles/10.1186/s12544-019-0344-x/tables/9',
    note: 'Placeholder until a GLEC road default is transcribed.',
  },
  sea: {
    mode: 'sea',
    category: 'Ferry RoPax 10,000–19,999 GT, MDO',
    ttwKgPerTonneKm: 0.1064,
    wtwKgPerTonneKm: 0.1248,
    framework: 'GLEC Framework v3.0 (2023), Table 14',
    source:
      'https://www.climatiq.io/data/emission-factor/ea5e6297-8958-4870-9df2-00b86e992af4 ; https://www.climatiq.io/data/emission-factor/bebf6e1a-9152-4902-85a7-d3e803ca766b',
    note: 'Caspian and Black Sea ferries are RoPax/rail ferries; the size class is an assumption.',
  },
  air: {
    mode: 'air',
    category: 'Air freighter fleet average',
    ttwKgPerTonneKm: 0.65,
    wtwKgPerTonneKm: 0.789,
    framework: 'GLEC Framework v3.2 (2025), as compiled by EcoFreight (not checked against the GLEC text)',
    source: 'https://ecofreight.co/data/glec-factors.json',
    note: 'Third-party compilation; indicative only.',
  },
};

/** Tonnes of cargo assumed per loaded TEU when a booking is given in TEU without a declared mass. */
export const tonnesPerTeu = {
  value: 10,
  source: 'GLEC Framework: default average load of 10 tonnes per TEU',
} as const;
