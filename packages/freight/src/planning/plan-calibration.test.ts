import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serviceNames } from '../seed/network-dataset.ts';
import { datasetNetworkGraph, datasetServices } from './dataset-graph.ts';
import { calibrationRows, calibrationTable } from './plan-calibration.ts';

const plannedServices = new Set(
  Object.entries(serviceNames)
    .filter(([, names]) => names.planned)
    .map(([name]) => name),
);
const rows = calibrationRows({ graph: datasetNetworkGraph(), services: datasetServices(), plannedServices });
const documentPath = fileURLToPath(new URL('../../seed/PLANNER-CALIBRATION.md', import.meta.url));

describe('the time model against the published services of the dataset', () => {
  it('models every running service that publishes a transit time or a distance', () => {
    console.info(`\n${calibrationTable(rows)}\n`);
    const modelled = new Set(rows.map((row) => row.service));
    const published = datasetServices().filter(
      (service) =>
        !plannedServices.has(service.name) && (service.transit_days !== null || service.distance_km !== null),
    );
    expect([...modelled].sort()).toEqual(published.map((service) => service.name).sort());
  });

  it('keeps the all-rail services close to their published days', () => {
    const railRows = rows.filter((row) => row.daysError !== null && row.modes.join() === 'rail');
    expect(railRows.length).toBeGreaterThanOrEqual(6);
    const meanError = railRows.reduce((total, row) => total + Math.abs(row.daysError ?? 0), 0) / railRows.length;
    expect(meanError).toBeLessThan(0.15);
    const chongqingDuisburg = rows.find((row) => row.fromNodeId === 'chongqing' && row.toNodeId === 'duisburg');
    expect(Math.abs(chongqingDuisburg?.daysError ?? 1)).toBeLessThan(0.15);
  });

  it('stays within 45 % of every published transit time and 25 % of every published distance', () => {
    for (const row of rows) {
      if (row.daysError !== null) expect(Math.abs(row.daysError), row.service).toBeLessThan(0.45);
      if (row.publishedKm !== null) {
        expect(Math.abs(row.modelledKm / row.publishedKm - 1), row.service).toBeLessThan(0.25);
      }
    }
  });

  it('is the table kept in seed/PLANNER-CALIBRATION.md', () => {
    expect(readFileSync(documentPath, 'utf8')).toContain(calibrationTable(rows));
  });
});
