import { canonicalJson } from '../../../core/src/audit/canonical-json.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { SourcedFact, TrilingualName } from '../tables.ts';
import type { FieldChange, LinkCreateInput, LinkUpdateInput, NodeUpdateInput } from './contracts.ts';

/** The recorded fields of a node: what a revision keeps before and after a change. */
export interface NodeSnapshot {
  name: TrilingualName;
  countryCode: string;
  latitude: number;
  longitude: number;
  coordinatesApproximate: boolean;
  coordinatesNote: string | null;
  kind: string;
  gauge: string | null;
  borderOf: string[] | null;
  note: string | null;
  facts: SourcedFact[];
  source: string;
}

/** The recorded fields of a link. */
export interface LinkSnapshot {
  fromNodeId: string;
  toNodeId: string;
  mode: string;
  distanceKm: number;
  distanceEstimated: boolean;
  greatCircleKm: number | null;
  distanceSource: string;
  transitHours: number | null;
  gauge: string | null;
  gaugeChange: boolean;
  status: string;
  dwellHoursMin: number | null;
  dwellHoursMax: number | null;
  dwellSource: string | null;
  note: string | null;
}

export function nodeSnapshot(row: NodeSnapshot): NodeSnapshot {
  return {
    name: row.name,
    countryCode: row.countryCode,
    latitude: row.latitude,
    longitude: row.longitude,
    coordinatesApproximate: row.coordinatesApproximate,
    coordinatesNote: row.coordinatesNote,
    kind: row.kind,
    gauge: row.gauge,
    borderOf: row.borderOf,
    note: row.note,
    facts: row.facts,
    source: row.source,
  };
}

export function linkSnapshot(row: LinkSnapshot): LinkSnapshot {
  return {
    fromNodeId: row.fromNodeId,
    toNodeId: row.toNodeId,
    mode: row.mode,
    distanceKm: row.distanceKm,
    distanceEstimated: row.distanceEstimated,
    greatCircleKm: row.greatCircleKm,
    distanceSource: row.distanceSource,
    transitHours: row.transitHours,
    gauge: row.gauge,
    gaugeChange: row.gaugeChange,
    status: row.status,
    dwellHoursMin: row.dwellHoursMin,
    dwellHoursMax: row.dwellHoursMax,
    dwellSource: row.dwellSource,
    note: row.note,
  };
}

/**
 * The fields whose values differ between two snapshots, in the order of `after`'s fields (then any field only
 * `before` has). Values are compared as canonical JSON, so key order inside objects does not count as a change.
 * Without `before` (a record created) every field of `after` is listed.
 */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown>): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])];
  return fields.flatMap((field) => {
    const old = before ? (before[field] ?? null) : null;
    const next = after[field] ?? null;
    if (before && canonicalJson(old) === canonicalJson(next)) return [];
    return [{ field, before: old, after: next }];
  });
}

/** The first http(s) address in a text, e.g. a source field that mixes words and a link. */
export function firstUrl(text: string | null): string | null {
  const match = text?.match(/https?:\/\/[^\s;,)]+/);
  return match ? match[0] : null;
}

/** A source that is an address names a publication; anything else describes how the figure was estimated. */
export const isUrlSource = (source: string): boolean => /^https?:\/\/\S+$/.test(source.trim());

/** Great-circle distance in km between two positions (haversine, mean Earth radius). */
export function greatCircleKm(
  from: { latitude: number; longitude: number },
  to: { latitude: number; longitude: number },
): number {
  const radians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = radians(to.latitude - from.latitude);
  const dLon = radians(to.longitude - from.longitude);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(from.latitude)) * Math.cos(radians(to.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a))));
}

function assertChanged(before: Record<string, unknown>, after: Record<string, unknown>): void {
  if (diffSnapshots(before, after).length === 0) {
    throw new DomainError('validation_failed', 'The edit changes nothing: every value given equals the current one.');
  }
}

function assertDwellRange(link: Pick<LinkSnapshot, 'dwellHoursMin' | 'dwellHoursMax'>): void {
  const { dwellHoursMin: min, dwellHoursMax: max } = link;
  if ((min === null) !== (max === null)) {
    throw new DomainError(
      'validation_failed',
      'Give both ends of the dwell range (dwellHoursMin and dwellHoursMax), or neither.',
      {
        field: 'dwellHoursMax',
      },
    );
  }
  if (min !== null && max !== null && min > max) {
    throw new DomainError(
      'validation_failed',
      `The dwell range is reversed: minimum ${min} h is above maximum ${max} h.`,
      {
        field: 'dwellHoursMin',
      },
    );
  }
}

/** The node after an edit; only the fields given change. Throws when the edit changes nothing. */
export function applyNodeUpdate(options: { current: NodeSnapshot; input: NodeUpdateInput }): NodeSnapshot {
  const { current, input } = options;
  const next: NodeSnapshot = {
    ...current,
    ...(input.name !== undefined && { name: input.name }),
    ...(input.latitude !== undefined && { latitude: input.latitude }),
    ...(input.longitude !== undefined && { longitude: input.longitude }),
    ...(input.coordinatesApproximate !== undefined && { coordinatesApproximate: input.coordinatesApproximate }),
    ...(input.coordinatesNote !== undefined && { coordinatesNote: input.coordinatesNote || null }),
    ...(input.kind !== undefined && { kind: input.kind }),
    ...(input.gauge !== undefined && { gauge: input.gauge || null }),
    ...(input.note !== undefined && { note: input.note || null }),
    ...(input.facts !== undefined && { facts: input.facts }),
  };
  if (next.kind === 'border' && !next.borderOf) {
    throw new DomainError(
      'validation_failed',
      'A border station needs the two countries it joins; this node has none.',
      {
        field: 'kind',
      },
    );
  }
  assertChanged({ ...current }, { ...next });
  return next;
}

/**
 * The link after an edit. A new distance source that is an address marks the distance as sourced; a source that is
 * not an address describes an estimate. Throws when the edit changes nothing or leaves an impossible dwell range.
 */
export function applyLinkUpdate(options: { current: LinkSnapshot; input: LinkUpdateInput }): LinkSnapshot {
  const { current, input } = options;
  const next: LinkSnapshot = {
    ...current,
    ...(input.distanceKm !== undefined && { distanceKm: input.distanceKm }),
    ...(input.distanceSource !== undefined && {
      distanceSource: input.distanceSource,
      distanceEstimated: !isUrlSource(input.distanceSource),
    }),
    ...(input.transitHours !== undefined && { transitHours: input.transitHours }),
    ...(input.status !== undefined && { status: input.status }),
    ...(input.dwellHoursMin !== undefined && { dwellHoursMin: input.dwellHoursMin }),
    ...(input.dwellHoursMax !== undefined && { dwellHoursMax: input.dwellHoursMax }),
    ...(input.dwellSource !== undefined && { dwellSource: input.dwellSource || null }),
    ...(input.note !== undefined && { note: input.note || null }),
  };
  assertDwellRange(next);
  assertChanged({ ...current }, { ...next });
  return next;
}

interface KnownNode {
  id: string;
  latitude: number;
  longitude: number;
}

/**
 * A new link checked against the network: both ends exist and differ, and no link of the same mode joins the same
 * two nodes in either direction (links are travelled both ways).
 */
export function planNewLink(options: {
  input: LinkCreateInput;
  nodes: ReadonlyMap<string, KnownNode>;
  existingLinks: readonly Pick<LinkSnapshot, 'fromNodeId' | 'toNodeId' | 'mode'>[];
}): LinkSnapshot {
  const { input, nodes, existingLinks } = options;
  if (input.fromNodeId === input.toNodeId) {
    throw new DomainError(
      'validation_failed',
      `A link must join two different nodes; both ends are "${input.fromNodeId}".`,
      {
        field: 'toNodeId',
      },
    );
  }
  const from = nodes.get(input.fromNodeId);
  const to = nodes.get(input.toNodeId);
  for (const [field, id, node] of [
    ['fromNodeId', input.fromNodeId, from],
    ['toNodeId', input.toNodeId, to],
  ] as const) {
    if (!node) throw new DomainError('validation_failed', `Unknown node "${id}".`, { field });
  }
  const duplicate = existingLinks.find(
    (link) =>
      link.mode === input.mode &&
      ((link.fromNodeId === input.fromNodeId && link.toNodeId === input.toNodeId) ||
        (link.fromNodeId === input.toNodeId && link.toNodeId === input.fromNodeId)),
  );
  if (duplicate) {
    throw new DomainError(
      'conflict',
      `A ${input.mode} link between "${input.fromNodeId}" and "${input.toNodeId}" already exists; edit it instead.`,
    );
  }
  const link: LinkSnapshot = {
    fromNodeId: input.fromNodeId,
    toNodeId: input.toNodeId,
    mode: input.mode,
    distanceKm: input.distanceKm,
    distanceEstimated: !isUrlSource(input.distanceSource),
    greatCircleKm: from && to ? greatCircleKm(from, to) : null,
    distanceSource: input.distanceSource,
    transitHours: input.transitHours,
    gauge: input.gauge,
    gaugeChange: input.gaugeChange,
    status: input.status,
    dwellHoursMin: input.dwellHoursMin,
    dwellHoursMax: input.dwellHoursMax,
    dwellSource: input.dwellSource || null,
    note: input.note || null,
  };
  assertDwellRange(link);
  return link;
}
