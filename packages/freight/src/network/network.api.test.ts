import { and, eq, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { loadNetworkDataset, readNetworkDataset, seedNetwork } from '../seed/seed-network.ts';
import { edges, networkRevisions, nodes } from '../tables.ts';
import type {
  LinkDetail,
  NetworkMap,
  NodeDetail,
  PresentedLink,
  PresentedNode,
  PresentedService,
} from './contracts.ts';
import { loadNetworkGraph, nodeSummaries } from './network-reads.ts';

let platform: TestPlatform;
let carrier: SignedIn;
let secretariat: SignedIn;

beforeAll(async () => {
  platform = await createTestPlatform();
  carrier = await signIn(platform.app, { role: 'carrier' });
  secretariat = await signIn(platform.app, { role: 'secretariat' });
});
afterAll(() => platform?.close());

const get = async <T>(url: string) => {
  const response = await platform.app.inject({ method: 'GET', url: `/api/v1${url}` });
  return { status: response.statusCode, body: response.json() as T };
};

const send = async <T>(method: 'POST' | 'PATCH', url: string, payload: unknown, as?: SignedIn) => {
  const response = await platform.app.inject({
    method,
    url: `/api/v1${url}`,
    payload: payload as object,
    headers: as?.headers,
  });
  return { status: response.statusCode, body: response.json() as T & { detail?: string; code?: string } };
};

async function findLink(from: string, to: string, mode: string): Promise<PresentedLink> {
  const { body } = await get<{ items: PresentedLink[] }>(`/freight/links?node=${from}&mode=${mode}`);
  const link = body.items.find(
    (item) => (item.from.id === from && item.to.id === to) || (item.from.id === to && item.to.id === from),
  );
  if (!link) throw new Error(`no ${mode} link ${from}–${to}`);
  return link;
}

describe('reading the network', () => {
  it('gives the whole network for maps with counts that say how much is estimated', async () => {
    const dataset = await readNetworkDataset();
    const { status, body } = await get<NetworkMap>('/freight/network');
    expect(status).toBe(200);
    expect(body.counts.nodes).toBe(dataset.nodes.length);
    expect(body.counts.links).toBe(dataset.edges.length);
    expect(body.counts.estimatedDistances + body.counts.sourcedDistances).toBe(body.counts.links);
    expect(body.counts.sourcedDistances).toBe(dataset.edges.filter((edge) => edge.source.startsWith('http')).length);
    expect(body.counts.services).toBe(dataset.services.length);
    expect(body.links[0]).toHaveProperty('distanceEstimated');
    expect(body.nodes[0]).toHaveProperty('coordinatesApproximate', true);
  });

  it('finds nodes by a name in any language, by kind and by country', async () => {
    const russian = await get<{ items: PresentedNode[] }>(`/freight/nodes?q=${encodeURIComponent('Достык')}`);
    expect(russian.body.items.map((node) => node.id)).toEqual(['dostyk']);
    const chinese = await get<{ items: PresentedNode[] }>(`/freight/nodes?q=${encodeURIComponent('阿拉山口')}`);
    expect(chinese.body.items.map((node) => node.id)).toEqual(['alashankou']);
    const borders = await get<{ items: PresentedNode[]; total: number }>('/freight/nodes?kind=border&country=kz');
    expect(borders.body.total).toBeGreaterThan(0);
    expect(borders.body.items.every((node) => node.kind === 'border' && node.countryCode === 'KZ')).toBe(true);
    const wildcard = await get<{ items: PresentedNode[] }>('/freight/nodes?q=%25');
    expect(wildcard.body.items).toEqual([]);
  });

  it('shows a node with its links, border pair, facts with sources and services through it', async () => {
    const { status, body } = await get<NodeDetail>('/freight/nodes/alashankou');
    expect(status).toBe(200);
    expect(body.node).toMatchObject({ id: 'alashankou', kind: 'border', borderOf: ['CN', 'KZ'], editedByStaff: false });
    expect(body.node.facts[0]?.sourceUrl).toMatch(/^http/);
    expect(body.borderPair.map((node) => node.id)).toContain('dostyk');
    const crossing = body.links.find((link) => link.to.id === 'dostyk' && link.mode === 'rail');
    expect(crossing).toMatchObject({
      gaugeChange: true,
      dwellHoursMin: 4.25,
      dwellHoursMax: 4.25,
      distanceEstimated: true,
    });
    expect(crossing?.dwellSourceUrl).toMatch(/^https:/);
    expect(body.services.map((service) => service.id)).toContain('chongqing-duisburg-yuxinou');
    expect(body.revisions[0]).toMatchObject({ version: 1, created: true });
  });

  it('answers 404 for an unknown node or link and 400 for a malformed id', async () => {
    expect((await get('/freight/nodes/nowhere')).status).toBe(404);
    expect((await get('/freight/nodes/Not%20An%20Id')).status).toBe(400);
    expect((await get('/freight/links/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get('/freight/links/123')).status).toBe(400);
  });

  it('filters links by mode, status, provenance and node', async () => {
    const sourced = await get<{ items: PresentedLink[] }>('/freight/links?estimated=false');
    expect(sourced.body.items.length).toBeGreaterThan(0);
    expect(sourced.body.items.every((link) => !link.distanceEstimated && link.distanceSourceUrl !== null)).toBe(true);
    const air = await get<{ items: PresentedLink[] }>('/freight/links?mode=air');
    expect(air.body.items.every((link) => link.mode === 'air' && link.status === 'indicative')).toBe(true);
    const building = await get<{ items: PresentedLink[] }>('/freight/links?status=under_construction');
    expect(building.body.items.some((link) => link.from.id === 'kashgar' && link.to.id === 'makmal')).toBe(true);
    expect((await get('/freight/links?status=closed')).status).toBe(400);
    expect((await get('/freight/links?estimated=maybe')).status).toBe(400);
  });

  it('lists corridor services with trilingual names marked as our translations', async () => {
    const { body } = await get<{ items: PresentedService[]; total: number }>('/freight/services');
    expect(body.total).toBe(15);
    expect(
      body.items
        .filter((service) => service.planned)
        .map((service) => service.id)
        .sort(),
    ).toEqual(['cku-railway', 'trans-afghan-railway']);
    const yuxinou = body.items.find((service) => service.id === 'chongqing-duisburg-yuxinou');
    expect(yuxinou).toMatchObject({ distanceKm: '11179', transitDays: '16', unofficialNameLanguages: ['zh', 'ru'] });
    expect(yuxinou?.via[0]?.id).toBe('chongqing');
    expect(yuxinou?.sourceUrls.length).toBeGreaterThan(1);
  });

  it('gives other features the graph and node names', async () => {
    const graph = await loadNetworkGraph({ db: platform.connection.db, includeStatuses: ['operational'] });
    expect(graph.edges.every((edge) => edge.status === 'operational')).toBe(true);
    expect(graph.nodes.get('sarakhs_ir')?.gauges).toEqual(['1435', '1520']);
    const summaries = await nodeSummaries({ db: platform.connection.db, ids: ['dostyk', 'nowhere'] });
    expect([...summaries.keys()]).toEqual(['dostyk']);
    expect(summaries.get('dostyk')?.name.ru).toBe('Достык');
  });
});

describe('editing a link', () => {
  it('replaces an estimate with a sourced figure, keeps the revision and audits it', async () => {
    const link = await findLink('alashankou', 'dostyk', 'rail');
    const { status, body } = await send<LinkDetail>(
      'PATCH',
      `/freight/links/${link.id}`,
      {
        version: link.version,
        reason: 'Published track length',
        distanceKm: 12.5,
        distanceSource: 'https://example.org/track',
      },
      carrier,
    );
    expect(status).toBe(200);
    expect(body.link).toMatchObject({
      distanceKm: 12.5,
      distanceEstimated: false,
      distanceSourceUrl: 'https://example.org/track',
      version: link.version + 1,
      editedByStaff: true,
    });
    expect(body.link.updatedBy?.id).toBe(carrier.user.id);
    const [latest] = body.revisions;
    expect(latest).toMatchObject({ version: link.version + 1, reason: 'Published track length', created: false });
    expect(latest?.changes.map((change) => change.field).sort()).toEqual([
      'distanceEstimated',
      'distanceKm',
      'distanceSource',
    ]);
    expect(latest?.changes.find((change) => change.field === 'distanceKm')).toEqual({
      field: 'distanceKm',
      before: 14,
      after: 12.5,
    });
    const audits = await platform.connection.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'network.link.update'), eq(auditLog.entityId, link.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.actorId).toBe(carrier.user.id);
  });

  it('refuses an edit made on a stale version and changes nothing', async () => {
    const link = await findLink('brest', 'malaszewicze', 'rail');
    const first = await send(
      'PATCH',
      `/freight/links/${link.id}`,
      { version: link.version, reason: 'Newer report', note: 'first' },
      secretariat,
    );
    expect(first.status).toBe(200);
    const stale = await send(
      'PATCH',
      `/freight/links/${link.id}`,
      { version: link.version, reason: 'Older view', note: 'second' },
      carrier,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('conflict');
    expect(stale.body.detail).toMatch(/version/);
    const after = await get<LinkDetail>(`/freight/links/${link.id}`);
    expect(after.body.link.note).toBe('first');
    expect(after.body.revisions).toHaveLength(2);
  });

  it('lets only the Secretariat, admins and carriers edit', async () => {
    const link = await findLink('zhengzhou', 'xian', 'rail');
    const body = { version: link.version, reason: 'Try it', note: 'x' };
    expect((await send('PATCH', `/freight/links/${link.id}`, body)).status).toBe(401);
    for (const role of ['shipper', 'forwarder'] as const) {
      const user = await signIn(platform.app, { role });
      const response = await send('PATCH', `/freight/links/${link.id}`, body, user);
      expect(response.status).toBe(403);
    }
    const admin = await signIn(platform.app, { role: 'admin' });
    expect((await send('PATCH', `/freight/links/${link.id}`, body, admin)).status).toBe(200);
  });

  it('names the problem with bad input and changes nothing', async () => {
    const link = await findLink('lianyungang', 'zhengzhou', 'rail');
    const base = { version: link.version, reason: 'Fix it' };
    const negative = await send('PATCH', `/freight/links/${link.id}`, { ...base, distanceKm: -5 }, carrier);
    expect(negative.status).toBe(400);
    expect(negative.body.detail).toMatch(/distanceKm/);
    const badStatus = await send('PATCH', `/freight/links/${link.id}`, { ...base, status: 'closed' }, carrier);
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.detail).toMatch(/status/);
    const noReason = await send('PATCH', `/freight/links/${link.id}`, { version: link.version, note: 'x' }, carrier);
    expect(noReason.status).toBe(400);
    expect(noReason.body.detail).toMatch(/reason/);
    const nothing = await send('PATCH', `/freight/links/${link.id}`, { ...base, distanceKm: link.distanceKm }, carrier);
    expect(nothing.status).toBe(400);
    expect(nothing.body.detail).toMatch(/changes nothing/);
    const unchanged = await get<LinkDetail>(`/freight/links/${link.id}`);
    expect(unchanged.body.link.version).toBe(link.version);
  });
});

describe('adding a link', () => {
  const newLink = {
    reason: 'New road spur',
    fromNodeId: 'almaty',
    toNodeId: 'khorgos_gateway',
    mode: 'road',
    distanceKm: 330,
    distanceSource: 'estimated: great-circle 275 km × detour factor 1.2 (road)',
    status: 'operational',
  };

  it('adds a link with its first revision and answers 201', async () => {
    const { status, body } = await send<LinkDetail>('POST', '/freight/links', newLink, secretariat);
    expect(status).toBe(201);
    expect(body.link).toMatchObject({ mode: 'road', distanceEstimated: true, version: 1, editedByStaff: true });
    expect(body.link.greatCircleKm).toBeGreaterThan(0);
    expect(body.revisions).toHaveLength(1);
    expect(body.revisions[0]).toMatchObject({ created: true, reason: 'New road spur' });
  });

  it('refuses the same link again in either direction, a loop, an unknown node', async () => {
    const again = await send(
      'POST',
      '/freight/links',
      { ...newLink, fromNodeId: 'khorgos_gateway', toNodeId: 'almaty' },
      carrier,
    );
    expect(again.status).toBe(409);
    const loop = await send('POST', '/freight/links', { ...newLink, toNodeId: 'almaty' }, carrier);
    expect(loop.status).toBe(400);
    expect(loop.body.detail).toMatch(/two different nodes/);
    const unknown = await send('POST', '/freight/links', { ...newLink, toNodeId: 'atlantis' }, carrier);
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toBe('Unknown node "atlantis".');
    const badMode = await send('POST', '/freight/links', { ...newLink, mode: 'pipeline' }, carrier);
    expect(badMode.status).toBe(400);
    const shipper = await signIn(platform.app, { role: 'shipper' });
    expect((await send('POST', '/freight/links', { ...newLink, toNodeId: 'urumqi' }, shipper)).status).toBe(403);
  });
});

describe('editing a node', () => {
  it('checks coordinates, keeps the history and shows it on the node', async () => {
    const before = await get<NodeDetail>('/freight/nodes/dostyk');
    const { status, body } = await send<NodeDetail>(
      'PATCH',
      '/freight/nodes/dostyk',
      {
        version: before.body.node.version,
        reason: 'Checked against the station plan',
        latitude: 45.2512,
        longitude: 82.4801,
        coordinatesApproximate: false,
        coordinatesNote: 'station building',
      },
      secretariat,
    );
    expect(status).toBe(200);
    expect(body.node).toMatchObject({
      latitude: 45.2512,
      coordinatesApproximate: false,
      version: before.body.node.version + 1,
    });
    expect(body.revisions[0]?.reason).toBe('Checked against the station plan');
    expect(body.revisions.at(-1)?.created).toBe(true);
    const outOfRange = await send(
      'PATCH',
      '/freight/nodes/dostyk',
      { version: body.node.version, reason: 'Oops', latitude: 123 },
      secretariat,
    );
    expect(outOfRange.status).toBe(400);
    const badGauge = await send(
      'PATCH',
      '/freight/nodes/dostyk',
      { version: body.node.version, reason: 'Oops', gauge: '1000' },
      secretariat,
    );
    expect(badGauge.status).toBe(400);
    expect(badGauge.body.detail).toMatch(/gauge/);
    const forwarder = await signIn(platform.app, { role: 'forwarder' });
    expect(
      (
        await send(
          'PATCH',
          '/freight/nodes/dostyk',
          { version: body.node.version, reason: 'Mine', note: 'x' },
          forwarder,
        )
      ).status,
    ).toBe(403);
    expect(
      (await send('PATCH', '/freight/nodes/atlantis', { version: 1, reason: 'Where', note: 'x' }, carrier)).status,
    ).toBe(404);
  });
});

describe('seeding the network', () => {
  it('changes nothing when run again', async () => {
    const { db } = platform.connection;
    const count = async () => {
      const [revisions] = await db.select({ n: sql<number>`count(*)::int` }).from(networkRevisions);
      const [audits] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(auditLog)
        .where(like(auditLog.action, 'network.seed'));
      return { revisions: revisions?.n, audits: audits?.n };
    };
    const before = await count();
    await seedNetwork(platform.connection);
    expect(await count()).toEqual(before);
  });

  it('brings untouched records up to date with the dataset but keeps what staff edited', async () => {
    const { db } = platform.connection;
    const dataset = await readNetworkDataset();
    const changed = {
      ...dataset,
      nodes: dataset.nodes.map((node) =>
        node.id === 'urumqi' || node.id === 'dostyk' ? { ...node, coord_note: 'checked 2027' } : node,
      ),
    };
    const counts = await loadNetworkDataset({ db, dataset: changed });
    // Kept: Dostyk and the three dataset links edited above (the link added above is not in the dataset).
    expect(counts).toEqual({
      nodesAdded: 0,
      nodesUpdated: 1,
      linksAdded: 0,
      linksUpdated: 0,
      servicesAdded: 0,
      servicesUpdated: 0,
      keptStaffEdits: 4,
    });
    const [urumqi] = await db.select().from(nodes).where(eq(nodes.id, 'urumqi'));
    expect(urumqi).toMatchObject({ coordinatesNote: 'checked 2027', version: 2, updatedBy: null });
    const [dostyk] = await db.select().from(nodes).where(eq(nodes.id, 'dostyk'));
    expect(dostyk?.coordinatesNote).toBe('station building');
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'network.seed'))
      .orderBy(sql`${auditLog.seq} desc`)
      .limit(1);
    expect(audit?.after).toMatchObject({ nodesUpdated: 1, keptStaffEdits: 4 });
    const [edited] = await db
      .select()
      .from(edges)
      .where(and(eq(edges.fromNodeId, 'alashankou'), eq(edges.toNodeId, 'dostyk')));
    expect(edited?.distanceKm).toBe(12.5);
  });

  it('replaces an estimated distance with the sourced one the dataset now gives', async () => {
    const { db } = platform.connection;
    const dataset = await readNetworkDataset();
    const lanxin = (from: string, to: string) =>
      (from === 'lanzhou' && to === 'urumqi') || (from === 'urumqi' && to === 'lanzhou');
    const earlier = {
      ...dataset,
      edges: dataset.edges.map((edge) =>
        lanxin(edge.from, edge.to)
          ? { ...edge, distance_km: 2032, source: 'estimated: great-circle 1625 km × detour factor 1.25 (rail)' }
          : edge,
      ),
    };
    await loadNetworkDataset({ db, dataset: earlier });
    const stored = async () =>
      (await db.select().from(edges).where(eq(edges.mode, 'rail'))).find((row) => lanxin(row.fromNodeId, row.toNodeId));
    const before = await stored();
    expect(before).toMatchObject({ distanceKm: 2032, distanceEstimated: true, updatedBy: null });

    const counts = await loadNetworkDataset({ db, dataset });
    expect(counts.linksUpdated).toBe(1);
    const after = await stored();
    expect(after).toMatchObject({ distanceKm: 1904, distanceEstimated: false, greatCircleKm: 1625 });
    expect(after?.distanceSource).toMatch(/^https:/);
    expect(after?.version).toBe((before?.version ?? 0) + 1);
    const [revision] = await db
      .select()
      .from(networkRevisions)
      .where(
        and(
          eq(networkRevisions.entityKind, 'edge'),
          eq(networkRevisions.entityId, String(after?.id)),
          eq(networkRevisions.version, after?.version ?? 0),
        ),
      );
    expect(revision?.before).toMatchObject({ distanceKm: 2032, distanceEstimated: true });
    expect(revision?.after).toMatchObject({ distanceKm: 1904, distanceEstimated: false });
  });
});
