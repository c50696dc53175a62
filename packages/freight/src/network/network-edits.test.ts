import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import {
  applyLinkUpdate,
  applyNodeUpdate,
  diffSnapshots,
  firstUrl,
  greatCircleKm,
  type LinkSnapshot,
  type NodeSnapshot,
  planNewLink,
} from './network-edits.ts';

const link: LinkSnapshot = {
  fromNodeId: 'alashankou',
  toNodeId: 'dostyk',
  mode: 'rail',
  distanceKm: 14,
  distanceEstimated: true,
  greatCircleKm: 11,
  distanceSource: 'estimated: great-circle 11 km × detour factor 1.25 (rail)',
  transitHours: null,
  gauge: '1435/1520',
  gaugeChange: true,
  status: 'operational',
  dwellHoursMin: 4.25,
  dwellHoursMax: 4.25,
  dwellSource: 'https://example.org/dwell',
  note: null,
};

const node: NodeSnapshot = {
  name: { zh: '多斯特克', ru: 'Достык', en: 'Dostyk' },
  countryCode: 'KZ',
  latitude: 45.25,
  longitude: 82.48,
  coordinatesApproximate: true,
  coordinatesNote: null,
  kind: 'border',
  gauge: '1520',
  borderOf: ['KZ', 'CN'],
  note: null,
  facts: [{ text: 'Capacity 20 Mt/yr', source: 'https://example.org/fact' }],
  source: 'starter dataset',
};

function domainErrorOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('diffSnapshots', () => {
  it('lists only the fields whose values differ, ignoring key order inside objects', () => {
    const before = { distanceKm: 14, name: { zh: 'a', en: 'b' }, note: null };
    const after = { distanceKm: 15, name: { en: 'b', zh: 'a' }, note: null };
    expect(diffSnapshots(before, after)).toEqual([{ field: 'distanceKm', before: 14, after: 15 }]);
  });

  it('lists every field of a record created, with nothing before', () => {
    expect(diffSnapshots(null, { a: 1, b: null })).toEqual([
      { field: 'a', before: null, after: 1 },
      { field: 'b', before: null, after: null },
    ]);
  });
});

describe('applyLinkUpdate', () => {
  it('marks the distance sourced when the new source is an address', () => {
    const next = applyLinkUpdate({
      current: link,
      input: { version: 1, reason: 'published figure', distanceKm: 12, distanceSource: 'https://example.org/km' },
    });
    expect(next).toMatchObject({ distanceKm: 12, distanceEstimated: false, distanceSource: 'https://example.org/km' });
    expect(next.gauge).toBe(link.gauge);
  });

  it('keeps the distance an estimate when the new source describes an estimate', () => {
    const sourced = { ...link, distanceEstimated: false, distanceSource: 'https://example.org/km' };
    const next = applyLinkUpdate({
      current: sourced,
      input: { version: 2, reason: 'recomputed', distanceSource: 'estimated: great-circle 12 km × 1.25' },
    });
    expect(next.distanceEstimated).toBe(true);
  });

  it('refuses an edit that changes nothing', () => {
    const error = domainErrorOf(() =>
      applyLinkUpdate({ current: link, input: { version: 1, reason: 'same again', distanceKm: 14 } }),
    );
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/changes nothing/);
  });

  it('refuses a reversed or half-given dwell range', () => {
    expect(
      domainErrorOf(() =>
        applyLinkUpdate({ current: link, input: { version: 1, reason: 'wait', dwellHoursMin: 10, dwellHoursMax: 5 } }),
      ).message,
    ).toMatch(/reversed/);
    expect(
      domainErrorOf(() =>
        applyLinkUpdate({ current: link, input: { version: 1, reason: 'wait', dwellHoursMax: null } }),
      ).message,
    ).toMatch(/both ends/);
  });
});

describe('applyNodeUpdate', () => {
  it('changes only the fields given and turns empty notes into none', () => {
    const next = applyNodeUpdate({
      current: { ...node, note: 'old' },
      input: { version: 1, reason: 'checked', latitude: 45.2, coordinatesApproximate: false, note: '' },
    });
    expect(next).toEqual({ ...node, latitude: 45.2, coordinatesApproximate: false, note: null });
  });

  it('refuses to make a node a border station without the countries it joins', () => {
    const error = domainErrorOf(() =>
      applyNodeUpdate({
        current: { ...node, kind: 'city', borderOf: null },
        input: { version: 1, reason: 'x y', kind: 'border' },
      }),
    );
    expect(error.message).toMatch(/two countries/);
  });
});

describe('planNewLink', () => {
  const nodes = new Map([
    ['a', { id: 'a', latitude: 45, longitude: 82 }],
    ['b', { id: 'b', latitude: 46, longitude: 82 }],
  ]);
  const input = {
    reason: 'new spur',
    fromNodeId: 'a',
    toNodeId: 'b',
    mode: 'road' as const,
    distanceKm: 130,
    distanceSource: 'https://example.org/road',
    transitHours: null,
    gauge: null,
    gaugeChange: false,
    status: 'operational' as const,
    dwellHoursMin: null,
    dwellHoursMax: null,
    dwellSource: null,
    note: null,
  };

  it('builds a sourced link with its great-circle distance', () => {
    const planned = planNewLink({ input, nodes, existingLinks: [] });
    expect(planned.distanceEstimated).toBe(false);
    expect(planned.greatCircleKm).toBe(111);
  });

  it('names the problem: same node, unknown node, duplicate in either direction', () => {
    expect(
      domainErrorOf(() => planNewLink({ input: { ...input, toNodeId: 'a' }, nodes, existingLinks: [] })).message,
    ).toMatch(/two different nodes/);
    const unknown = domainErrorOf(() =>
      planNewLink({ input: { ...input, toNodeId: 'nowhere' }, nodes, existingLinks: [] }),
    );
    expect(unknown.message).toBe('Unknown node "nowhere".');
    expect(unknown.details).toEqual({ field: 'toNodeId' });
    const duplicate = domainErrorOf(() =>
      planNewLink({ input, nodes, existingLinks: [{ fromNodeId: 'b', toNodeId: 'a', mode: 'road' }] }),
    );
    expect(duplicate.code).toBe('conflict');
    expect(planNewLink({ input, nodes, existingLinks: [{ fromNodeId: 'b', toNodeId: 'a', mode: 'rail' }] }).mode).toBe(
      'road',
    );
  });
});

describe('helpers', () => {
  it('finds the first address in a source text', () => {
    expect(firstUrl('estimated: 11 km × 1.25; context: https://example.org/a; more')).toBe('https://example.org/a');
    expect(firstUrl('estimated only')).toBeNull();
    expect(firstUrl(null)).toBeNull();
  });

  it('measures great-circle distance in km', () => {
    expect(greatCircleKm({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 })).toBe(111);
  });
});
