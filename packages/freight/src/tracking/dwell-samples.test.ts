import { describe, expect, it } from 'vitest';
import { crossingByNode, findBorderCrossings } from './border-crossings.ts';
import { type DwellEvent, extractDwellSamples } from './dwell-samples.ts';

const node = (id: string, kind: string, countryCode: string) => ({ id, kind, countryCode });
const link = (
  fromNodeId: string,
  toNodeId: string,
  extra: Partial<Parameters<typeof findBorderCrossings>[0]['links'][number]> = {},
) => ({
  fromNodeId,
  toNodeId,
  mode: 'rail',
  gaugeChange: false,
  dwellHoursMin: null,
  dwellHoursMax: null,
  dwellSource: null,
  ...extra,
});

const crossings = findBorderCrossings({
  nodes: [
    node('urumqi', 'dry_port', 'CN'),
    node('alashankou', 'border', 'CN'),
    node('dostyk', 'border', 'KZ'),
    node('brest', 'border', 'BY'),
    node('malaszewicze', 'dry_port', 'PL'),
    node('saryagash', 'border', 'KZ'),
    node('tashkent', 'city', 'UZ'),
  ],
  links: [
    link('urumqi', 'alashankou'),
    link('alashankou', 'dostyk', { gaugeChange: true, dwellHoursMin: 4.25, dwellSource: 'https://example.org/a' }),
    link('brest', 'malaszewicze', { gaugeChange: true, dwellHoursMin: 48, dwellHoursMax: 72 }),
    link('saryagash', 'tashkent'),
  ],
});

describe('findBorderCrossings', () => {
  it('pairs facing border stations and break-of-gauge links; a lone border station is a crossing of its own', () => {
    expect(crossings).toEqual([
      {
        key: 'alashankou~dostyk',
        nodeIds: ['alashankou', 'dostyk'],
        publishedDwell: { minHours: 4.25, maxHours: 4.25, source: 'https://example.org/a' },
      },
      {
        key: 'brest~malaszewicze',
        nodeIds: ['brest', 'malaszewicze'],
        publishedDwell: { minHours: 48, maxHours: 72, source: null },
      },
      { key: 'saryagash', nodeIds: ['saryagash'], publishedDwell: null },
    ]);
  });
});

const crossingOfNode = crossingByNode(crossings);
const hour = 3_600_000;
const t0 = Date.parse('2026-05-01T00:00:00Z');
const event = (
  legSequence: number,
  kind: DwellEvent['kind'],
  nodeId: string | null,
  hours: number,
  shipmentId = 's1',
  isDemo = false,
): DwellEvent => ({ shipmentId, legSequence, kind, nodeId, occurredAt: new Date(t0 + hours * hour), isDemo });

describe('extractDwellSamples', () => {
  it('runs from the arrival to the first clearance, transfer or departure at either station, on the same or next leg', () => {
    const samples = extractDwellSamples({
      crossingOfNode,
      events: [
        event(1, 'departed', 'urumqi', 0),
        event(1, 'arrived_at_border', 'alashankou', 10),
        event(1, 'exception', null, 11),
        event(2, 'gauge_transfer', 'dostyk', 16.5),
        event(2, 'departed', 'dostyk', 18),
      ],
    });
    expect(samples).toEqual([
      expect.objectContaining({ crossingKey: 'alashankou~dostyk', shipmentId: 's1', hours: 6.5, isDemo: false }),
    ]);
  });

  it('ignores ends at other places or two legs later, and keeps an open wait out', () => {
    const samples = extractDwellSamples({
      crossingOfNode,
      events: [
        event(1, 'arrived_at_border', 'alashankou', 0),
        event(1, 'customs_cleared', 'urumqi', 1),
        event(3, 'departed', 'dostyk', 2),
        event(3, 'arrived_at_border', 'brest', 100),
      ],
    });
    expect(samples).toEqual([]);
  });

  it('lets a second arrival at the same crossing replace the first, and flags demo shipments', () => {
    const samples = extractDwellSamples({
      crossingOfNode,
      events: [
        event(4, 'arrived_at_border', 'brest', 0, 'demo', true),
        event(4, 'arrived_at_border', 'malaszewicze', 5, 'demo', true),
        event(5, 'customs_cleared', 'malaszewicze', 45, 'demo', true),
      ],
    });
    expect(samples).toEqual([expect.objectContaining({ crossingKey: 'brest~malaszewicze', hours: 40, isDemo: true })]);
  });

  it('keeps shipments apart', () => {
    const samples = extractDwellSamples({
      crossingOfNode,
      events: [event(1, 'arrived_at_border', 'saryagash', 0, 'a'), event(1, 'departed', 'saryagash', 3, 'b')],
    });
    expect(samples).toEqual([]);
  });
});
