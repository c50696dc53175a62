import type { NetworkGraph } from '../network/network-graph.ts';
import type { NetworkDataset } from '../seed/network-dataset.ts';
import { planRoutes } from './plan-routes.ts';
import { planningParameters } from './planning-parameters.ts';

type PublishedService = NetworkDataset['services'][number];

/** One published figure of a corridor service next to what the planner models for the same stations. */
export interface CalibrationRow {
  service: string;
  fromNodeId: string;
  toNodeId: string;
  publishedDays: { low: number; high: number } | null;
  publishedKm: number | null;
  modelledDays: number;
  modelledKm: number;
  modes: string[];
  /** Relative distance of the modelled days from the published range (0 inside it), or null without days. */
  daysError: number | null;
}

/** Where the per-destination transit figures of a service (`to_baku: 9`) end, by the dataset's key. */
const destinationOfKey: Record<string, string> = {
  to_baku: 'baku_alat',
  to_poti_batumi: 'poti',
  to_constanta: 'constanta',
  to_almaty: 'almaty',
  to_tashkent: 'tashkent',
};

function dayRange(value: number | string): { low: number; high: number } | null {
  if (typeof value === 'number') return { low: value, high: value };
  const match = /^(\d+(?:\.\d+)?)(?:\s*-\s*(\d+(?:\.\d+)?))?/.exec(value.trim());
  if (!match?.[1]) return null;
  const low = Number(match[1]);
  return { low, high: match[2] ? Number(match[2]) : low };
}

/**
 * Models a service along its published stations: the fastest route between each pair of consecutive stations, a
 * transshipment where one part ends in another mode than the next begins in. Services still planned (their figures
 * are projections) and stations the network cannot connect are left out.
 */
function modelAlong(graph: NetworkGraph, via: readonly string[]) {
  let hours = 0;
  let km = 0;
  const modes: string[] = [];
  let lastMode: string | null = null;
  for (let index = 0; index + 1 < via.length; index++) {
    const [fastest] = planRoutes({
      graph,
      from: via[index] as string,
      to: via[index + 1] as string,
      cargo: { unit: 'teu', quantity: 1, kind: 'general' },
      includeScenarios: false,
      observedDwell: new Map(),
    });
    if (!fastest) return null;
    const firstMode = fastest.legs[0]?.mode ?? null;
    if (lastMode !== null && firstMode !== lastMode) hours += planningParameters.transshipmentHours.value;
    hours += fastest.totals.hours;
    km += fastest.totals.distanceKm;
    for (const leg of fastest.legs) if (modes[modes.length - 1] !== leg.mode) modes.push(leg.mode);
    lastMode = fastest.legs[fastest.legs.length - 1]?.mode ?? null;
  }
  return { hours, km, modes };
}

export function calibrationRows(options: {
  graph: NetworkGraph;
  services: readonly PublishedService[];
  plannedServices: ReadonlySet<string>;
}): CalibrationRow[] {
  const { graph, services, plannedServices } = options;
  const rows: CalibrationRow[] = [];
  for (const service of services) {
    if (plannedServices.has(service.name)) continue;
    const publishedKm = typeof service.distance_km === 'number' ? service.distance_km : null;
    const targets: { toNodeId: string; days: { low: number; high: number } | null }[] = [];
    const transit = service.transit_days;
    if (transit !== null && typeof transit === 'object') {
      for (const [key, value] of Object.entries(transit)) {
        const toNodeId = destinationOfKey[key];
        if (toNodeId && service.via.includes(toNodeId)) targets.push({ toNodeId, days: dayRange(value) });
      }
    } else {
      targets.push({
        toNodeId: service.via[service.via.length - 1] as string,
        days: transit === null ? null : dayRange(transit),
      });
    }
    for (const target of targets) {
      if (target.days === null && publishedKm === null) continue;
      const via = service.via.slice(0, service.via.indexOf(target.toNodeId) + 1);
      const modelled = modelAlong(graph, via);
      if (!modelled) continue;
      const modelledDays = modelled.hours / 24;
      const days = target.days;
      const daysError =
        days === null
          ? null
          : modelledDays < days.low
            ? (modelledDays - days.low) / ((days.low + days.high) / 2)
            : modelledDays > days.high
              ? (modelledDays - days.high) / ((days.low + days.high) / 2)
              : 0;
      rows.push({
        service: service.name,
        fromNodeId: via[0] as string,
        toNodeId: target.toNodeId,
        publishedDays: days,
        publishedKm: targets.length === 1 ? publishedKm : null,
        modelledDays: Math.round(modelledDays * 10) / 10,
        modelledKm: Math.round(modelled.km),
        modes: modelled.modes,
        daysError: daysError === null ? null : Math.round(daysError * 100) / 100,
      });
    }
  }
  return rows;
}

/** The rows as a Markdown table, as kept in seed/PLANNER-CALIBRATION.md. */
export function calibrationTable(rows: readonly CalibrationRow[]): string {
  const header = [
    '| Service | From → to | Published days | Modelled days | Off by | Published km | Modelled km | Modes |',
    '|---|---|---|---|---|---|---|---|',
  ];
  const lines = rows.map((row) => {
    const days = row.publishedDays
      ? row.publishedDays.low === row.publishedDays.high
        ? `${row.publishedDays.low}`
        : `${row.publishedDays.low}–${row.publishedDays.high}`
      : '—';
    const error =
      row.daysError === null ? '—' : row.daysError === 0 ? 'within' : `${Math.round(row.daysError * 100)} %`;
    return `| ${row.service} | ${row.fromNodeId} → ${row.toNodeId} | ${days} | ${row.modelledDays} | ${error} | ${row.publishedKm ?? '—'} | ${row.modelledKm} | ${row.modes.join(' + ')} |`;
  });
  return [...header, ...lines].join('\n');
}
