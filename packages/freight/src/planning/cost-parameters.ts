import type { TransportMode } from '../vocabulary.ts';

/**
 * The cost model. Freight rates are negotiated and not published per link, so the planner's cost is an indicative
 * model figure (USD), never a quote: every parameter says where it comes from, and the UI and API say "indicative".
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
    rail: { value: 0.6, unit: 'USD per TEU-km', source: 'model assumption' },
    road: { value: 1.2, unit: 'USD per TEU-km', source: 'model assumption' },
    sea: { value: 0.9, unit: 'USD per TEU-km', source: 'model assumption' },
    air: { value: 20, unit: 'USD per TEU-km', source: 'model assumption' },
  },
  transshipmentPerTeu: { value: 150, unit: 'USD per TEU', source: 'model assumption' },
  gaugeChangePerTeu: { value: 100, unit: 'USD per TEU', source: 'model assumption' },
  borderCrossingPerTeu: { value: 50, unit: 'USD per TEU', source: 'model assumption' },
  reeferSurchargeShare: { value: 0.3, unit: 'share of base cost', source: 'model assumption' },
  dangerousGoodsSurchargeShare: { value: 0.2, unit: 'share of base cost', source: 'model assumption' },
};
