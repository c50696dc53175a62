import type { Db } from '../../../core/src/db/database.ts';
import { nodes } from '../tables.ts';
import { freightLimits } from '../vocabulary.ts';
import type { BorderDwell } from './contracts.ts';
import { loadDwellSamples } from './observed-dwell.ts';
import { histogram, summarizeDistribution } from './percentiles.ts';

/**
 * Dwell-time distributions per border crossing, from the events carriers post, beside the dwell the dataset
 * publishes. Figures from real shipments (what the planner uses once there are enough of them) and from demo
 * shipments are kept apart: demo figures come from made-up events and are shown only under a demo label.
 */
export async function readBorderDwell(options: { db: Db }): Promise<BorderDwell> {
  const { db } = options;
  const [{ crossings, samples }, nodeRows] = await Promise.all([
    loadDwellSamples({ db }),
    db.select({ id: nodes.id, name: nodes.name, countryCode: nodes.countryCode }).from(nodes),
  ]);
  const nodeOf = new Map(nodeRows.map((row) => [row.id, row]));
  const hoursOf = (key: string, demo: boolean) =>
    samples.filter((sample) => sample.crossingKey === key && sample.isDemo === demo).map((sample) => sample.hours);
  const distribution = (values: number[]) => {
    const summary = summarizeDistribution({ values });
    return summary ? { ...summary, histogram: histogram({ values }) } : null;
  };
  return {
    samplesForPlanning: freightLimits.dwellSamplesForPlanning,
    crossings: crossings.map((crossing) => {
      const observed = distribution(hoursOf(crossing.key, false));
      return {
        key: crossing.key,
        nodes: crossing.nodeIds.flatMap((id) => {
          const row = nodeOf.get(id);
          return row ? [{ id, name: row.name, countryCode: row.countryCode }] : [];
        }),
        observed,
        demo: distribution(hoursOf(crossing.key, true)),
        published: crossing.publishedDwell,
        plannerUsesObserved: (observed?.samples ?? 0) >= freightLimits.dwellSamplesForPlanning,
      };
    }),
  };
}
