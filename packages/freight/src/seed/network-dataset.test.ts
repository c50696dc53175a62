import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetToRows, networkDatasetSchema, serviceNames } from './network-dataset.ts';

const dataset = networkDatasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../seed/freight-network.json', import.meta.url), 'utf8')),
);

describe('datasetToRows', () => {
  const rows = datasetToRows(dataset);

  it('keeps every node, link and service of the dataset', () => {
    expect(rows.nodes).toHaveLength(dataset.nodes.length);
    expect(rows.edges).toHaveLength(dataset.edges.length);
    expect(rows.services).toHaveLength(dataset.services.length);
  });

  it('tells estimated distances from sourced ones by their source', () => {
    const estimated = rows.edges.filter((edge) => edge.distanceEstimated);
    const sourced = rows.edges.filter((edge) => !edge.distanceEstimated);
    expect(estimated.every((edge) => edge.distanceSource.startsWith('estimated'))).toBe(true);
    expect(sourced.every((edge) => edge.distanceSource.startsWith('http'))).toBe(true);
    expect(sourced.length).toBeGreaterThan(0);
  });

  it('treats a link whose source is an address as sourced and keeps its great-circle distance', () => {
    const lanxin = rows.edges.find((edge) => edge.fromNodeId === 'lanzhou' && edge.toNodeId === 'urumqi');
    expect(lanxin).toMatchObject({ distanceKm: 1904, distanceEstimated: false, greatCircleKm: 1625 });
    expect(lanxin?.distanceSource).toMatch(/^https:/);
    // Only part of Ürümqi–Khorgos is published, so the link stays an estimate.
    const khorgos = rows.edges.find((edge) => edge.fromNodeId === 'urumqi' && edge.toNodeId === 'khorgos_cn');
    expect(khorgos).toMatchObject({ distanceEstimated: true });
  });

  it('keeps dwell ranges, a single figure as equal ends', () => {
    const dostyk = rows.edges.find((edge) => edge.fromNodeId === 'alashankou' && edge.toNodeId === 'dostyk');
    expect(dostyk).toMatchObject({ dwellHoursMin: 4.25, dwellHoursMax: 4.25, gaugeChange: true });
    expect(dostyk?.dwellSource).toMatch(/^https:/);
    const brest = rows.edges.find((edge) => edge.fromNodeId === 'brest' && edge.toNodeId === 'malaszewicze');
    expect(brest).toMatchObject({ dwellHoursMin: 48, dwellHoursMax: 72 });
  });

  it('keeps coordinates approximate with their notes, facts, border pairs and planned status', () => {
    expect(rows.nodes.every((node) => node.coordinatesApproximate)).toBe(true);
    const makmal = rows.nodes.find((node) => node.id === 'makmal');
    expect(makmal?.coordinatesNote).toMatch(/±0.3°/);
    expect(makmal?.note).toMatch(/planned/);
    expect(makmal?.facts[0]?.source).toMatch(/^https:/);
    expect(rows.nodes.find((node) => node.id === 'dostyk')?.borderOf).toEqual(['KZ', 'CN']);
  });

  it('names every service in three languages and marks the CKU and Trans-Afghan railways planned', () => {
    for (const service of rows.services) {
      expect(service.name.zh && service.name.ru && service.name.en).toBeTruthy();
    }
    expect(rows.services.filter((service) => service.planned).map((service) => service.id)).toEqual([
      'cku-railway',
      'trans-afghan-railway',
    ]);
    expect(new Set(Object.values(serviceNames).map((names) => names.id)).size).toBe(rows.services.length);
    const middle = rows.services.find((service) => service.id === 'middle-corridor-altynkol');
    expect(middle?.transitDays).toBe('to_baku: 9; to_poti_batumi: 12; to_constanta: 20-22');
  });

  it('refuses a service it has no names for', () => {
    const extra = { ...dataset, services: [{ ...dataset.services[0], name: 'Unknown train' }] } as typeof dataset;
    expect(() => datasetToRows(extra)).toThrow(/Unknown train/);
  });
});
