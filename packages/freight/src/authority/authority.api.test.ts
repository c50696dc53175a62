import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { authorityAccesses, authorityLinks, documents, shipments } from '../tables.ts';
import { insertTestDocument } from '../testing/test-documents.ts';
import { insertTrackedShipment, type TrackedShipment } from '../testing/tracked-shipment.ts';
import { hashAuthorityToken } from './authority-token.ts';

let platform: TestPlatform;
let forwarder: SignedIn;
let shipper: SignedIn;
let carrier: SignedIn;
let otherForwarder: SignedIn;
let secretariat: SignedIn;
let shipment: TrackedShipment;
let otherShipment: TrackedShipment;
let signedV1: { id: string; number: string };
let signedV2: { id: string; number: string };
let draft: { id: string; number: string };
let otherShipmentDocument: { id: string; number: string };

const inspectorAddress = '198.51.100.23';
const inspectorAgent = 'CustomsTablet/2.1 (Dostyk post)';

beforeAll(async () => {
  platform = await createTestPlatform();
  [forwarder, shipper, carrier, otherForwarder, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'forwarder' }),
    signIn(platform.app, { role: 'shipper' }),
    signIn(platform.app, { role: 'carrier' }),
    signIn(platform.app, { role: 'forwarder' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  const { db } = platform.connection;
  shipment = await insertTrackedShipment({
    db,
    bookedBy: forwarder.user.id,
    shipperUserId: shipper.user.id,
    carrierUserIds: [carrier.user.id, carrier.user.id, carrier.user.id],
  });
  // Dangerous goods in a container: what a customs officer looks for first.
  await db
    .update(shipments)
    .set({
      cargo: {
        kind: 'dangerous',
        unit: 'teu',
        quantity: 2,
        grossTonnes: 30,
        unNumber: '1263',
        hazardClass: '3',
        temperatureC: null,
      },
      containers: ['CSQU3054383'],
    })
    .where(eq(shipments.id, shipment.id));
  otherShipment = await insertTrackedShipment({
    db,
    bookedBy: otherForwarder.user.id,
    carrierUserIds: [carrier.user.id, carrier.user.id, carrier.user.id],
  });
  const consignor = { userId: forwarder.user.id, name: 'Test Forwarder', capacity: 'consignor' as const };
  signedV1 = await insertTestDocument({ db, shipment, createdBy: forwarder.user.id, signer: consignor });
  signedV2 = await insertTestDocument({
    db,
    shipment,
    createdBy: forwarder.user.id,
    signer: consignor,
    version: 2,
    supersedesId: signedV1.id,
    fields: { consignor: 'Fixture Shipper Co.', stationOfDeparture: 'Origin', wagons: 3 },
  });
  draft = await insertTestDocument({ db, shipment, legSequence: 2, createdBy: forwarder.user.id });
  otherShipmentDocument = await insertTestDocument({
    db,
    shipment: otherShipment,
    createdBy: otherForwarder.user.id,
    signer: { userId: otherForwarder.user.id, name: 'Other Forwarder', capacity: 'consignor' },
  });
});
afterAll(() => platform?.close());

async function createLink(options: { as?: SignedIn; shipmentId?: string; payload?: unknown } = {}) {
  return platform.app.inject({
    method: 'POST',
    url: `/api/v1/freight/shipments/${options.shipmentId ?? shipment.id}/authority-links`,
    headers: (options.as ?? forwarder).headers,
    payload: options.payload ?? { label: 'Customs, Dostyk' },
  });
}

async function createToken(label = 'Customs, Dostyk'): Promise<{ token: string; linkId: string }> {
  const response = await createLink({ payload: { label } });
  expect(response.statusCode).toBe(201);
  const body = response.json() as { path: string; link: { id: string } };
  return { token: body.path.split('/').at(-1) ?? '', linkId: body.link.id };
}

const inspect = (path: string) =>
  platform.app.inject({
    method: 'GET',
    url: `/api/v1/freight/inspect/${path}`,
    remoteAddress: inspectorAddress,
    headers: { 'user-agent': inspectorAgent },
  });

const accessesOf = (linkId: string) =>
  platform.connection.db.select().from(authorityAccesses).where(eq(authorityAccesses.linkId, linkId));

describe('making an authority link', () => {
  it('gives the booking party the link and its QR code once, and stores only the hash of the token', async () => {
    const response = await createLink({ payload: { label: '  Customs, Dostyk  ', expiresInDays: 7 } });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    const token = body.path.replace('/freight/inspect/', '');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.url).toMatch(new RegExp(`^https?://[^/]+/freight/inspect/${token}$`));
    expect(body.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(body.link).toMatchObject({ label: 'Customs, Dostyk', state: 'active', accessCount: 0, revokedAt: null });
    const days = (Date.parse(body.link.expiresAt) - Date.parse(body.link.createdAt)) / 86_400_000;
    expect(days).toBe(7);

    const rows = await platform.connection.db.select().from(authorityLinks).where(eq(authorityLinks.id, body.link.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).toBe(hashAuthorityToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);

    const audit = await platform.connection.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, body.link.id), eq(auditLog.action, 'authority_link.create')));
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(token);

    const list = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links`,
      headers: forwarder.headers,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(token);
    expect(list.json().items.map((link: { id: string }) => link.id)).toContain(body.link.id);
  });

  it('lasts the default number of days when no expiry is given', async () => {
    const response = await createLink();
    const { link } = response.json();
    expect((Date.parse(link.expiresAt) - Date.parse(link.createdAt)) / 86_400_000).toBe(30);
  });

  it('is refused to everyone but the booking party', async () => {
    const anonymous = await platform.app.inject({
      method: 'POST',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links`,
      payload: { label: 'Customs' },
    });
    expect(anonymous.statusCode).toBe(401);
    expect((await createLink({ as: carrier })).statusCode).toBe(403);
    expect((await createLink({ as: secretariat })).statusCode).toBe(403);
    const byShipper = await createLink({ as: shipper });
    expect(byShipper.statusCode).toBe(403);
    expect(byShipper.json().code).toBe('forbidden');
    const byOtherForwarder = await createLink({ as: otherForwarder });
    expect(byOtherForwarder.statusCode).toBe(404);
    expect(byOtherForwarder.json().code).toBe('not_found');
    const links = await platform.connection.db
      .select()
      .from(authorityLinks)
      .where(eq(authorityLinks.createdBy, shipper.user.id));
    expect(links).toHaveLength(0);
  });

  it('needs a label and an expiry of 1 to 90 days', async () => {
    for (const payload of [
      { label: '' },
      { label: 'Customs', expiresInDays: 0 },
      { label: 'Customs', expiresInDays: 91 },
    ]) {
      const response = await createLink({ payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().code).toBe('validation_failed');
    }
  });
});

describe('opening a shipment through its link', () => {
  it('shows the shipment and its issued documents without an account, and logs each access with its kind', async () => {
    const { token, linkId } = await createToken('Border police, Khorgos');
    const opened = await inspect(token);
    expect(opened.statusCode).toBe(200);
    const inspection = opened.json();
    expect(inspection.link.label).toBe('Border police, Khorgos');
    expect(inspection.shipment).toMatchObject({
      reference: shipment.reference,
      status: 'booked',
      containers: ['CSQU3054383'],
      cargo: { kind: 'dangerous', unNumber: '1263' },
      goods: [{ hsCode: '847130' }],
      parties: { shipper: { name: 'Fixture Shipper Co.' }, consignee: { name: 'Fixture Consignee LLC' } },
      route: { gaugeChanges: 1, countries: ['CN', 'KZ', 'RU'] },
    });
    const legs = inspection.shipment.legs as {
      sequence: number;
      gauge: string | null;
      borderPoints: { id: string }[];
    }[];
    expect(legs.map((leg) => [leg.sequence, leg.gauge])).toEqual([
      [1, '1435'],
      [2, '1520'],
      [3, null],
    ]);
    expect(legs.map((leg) => leg.borderPoints.map((node) => node.id))).toEqual([
      [shipment.nodeIds.gaugeA],
      [shipment.nodeIds.gaugeB],
      [shipment.nodeIds.roadBorder],
    ]);
    expect(opened.body).not.toContain('bookedBy');
    expect(opened.body).not.toContain('costUsd');
    const byId = new Map(
      inspection.documents.map((document: { id: string; status: string }) => [document.id, document]),
    );
    expect(byId.get(signedV2.id)).toMatchObject({ status: 'signed', supersedesId: signedV1.id });
    expect(byId.get(signedV1.id)).toMatchObject({ status: 'superseded', supersededById: signedV2.id });
    expect(byId.has(draft.id)).toBe(false);

    const document = await inspect(`${token}/documents/${signedV2.id}`);
    expect(document.statusCode).toBe(200);
    expect(document.json()).toMatchObject({
      number: signedV2.number,
      shipmentReference: shipment.reference,
      fields: { wagons: 3 },
      history: [
        { id: signedV1.id, status: 'superseded' },
        { id: signedV2.id, status: 'signed' },
      ],
    });
    expect(document.json()).not.toHaveProperty('can');

    const verification = await inspect(`${token}/documents/${signedV2.id}/verification`);
    expect(verification.statusCode).toBe(200);
    expect(verification.json()).toMatchObject({ valid: true, problem: null });
    expect(verification.json().signatures[0]).toMatchObject({ valid: true, capacity: 'consignor' });

    const log = (await accessesOf(linkId)).sort((a, b) => a.accessedAt.getTime() - b.accessedAt.getTime());
    expect(log.map((row) => [row.kind, row.documentId])).toEqual([
      ['shipment', null],
      ['document', signedV2.id],
      ['verification', signedV2.id],
    ]);
    for (const row of log) {
      expect(row.shipmentId).toBe(shipment.id);
      expect(row.clientHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.clientHash).not.toContain(inspectorAddress);
      expect(row.userAgent).toBe(inspectorAgent);
    }
    expect(new Set(log.map((row) => row.clientHash)).size).toBe(1);

    const links = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links`,
      headers: forwarder.headers,
    });
    const link = links.json().items.find((item: { id: string }) => item.id === linkId);
    expect(link).toMatchObject({ accessCount: 3, state: 'active' });
    expect(link.lastAccessAt).not.toBeNull();
  });

  it("does not open drafts or another shipment's documents, and logs nothing for them", async () => {
    const { token, linkId } = await createToken();
    expect((await inspect(`${token}/documents/${draft.id}`)).statusCode).toBe(404);
    expect((await inspect(`${token}/documents/${otherShipmentDocument.id}`)).statusCode).toBe(404);
    expect((await inspect(`${token}/documents/${otherShipmentDocument.id}/verification`)).statusCode).toBe(404);
    expect(await accessesOf(linkId)).toHaveLength(0);
  });

  it('answers expired, revoked, unknown and malformed tokens with the same 404 and logs nothing', async () => {
    const expired = await createToken('Customs, Brest');
    await platform.connection.db
      .update(authorityLinks)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authorityLinks.id, expired.linkId));

    const revoked = await createToken('Customs, Małaszewicze');
    const revoke = await platform.app.inject({
      method: 'POST',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links/${revoked.linkId}/revoke`,
      headers: forwarder.headers,
      payload: {},
    });
    expect(revoke.statusCode).toBe(200);
    expect(revoke.json()).toMatchObject({ id: revoked.linkId, state: 'revoked' });
    expect(revoke.json().revokedAt).not.toBeNull();

    const unknown = 'A'.repeat(43);
    const answers = [];
    for (const token of [expired.token, revoked.token, unknown, 'not-a-token']) {
      for (const path of [
        token,
        `${token}/documents/${signedV2.id}`,
        `${token}/documents/${signedV2.id}/verification`,
      ]) {
        const response = await inspect(path);
        expect(response.statusCode).toBe(404);
        answers.push(JSON.stringify({ code: response.json().code, detail: response.json().detail }));
      }
    }
    expect(new Set(answers).size).toBe(1);
    expect(await accessesOf(expired.linkId)).toHaveLength(0);
    expect(await accessesOf(revoked.linkId)).toHaveLength(0);

    const links = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links`,
      headers: forwarder.headers,
    });
    const states = new Map(links.json().items.map((item: { id: string; state: string }) => [item.id, item.state]));
    expect(states.get(expired.linkId)).toBe('expired');
    expect(states.get(revoked.linkId)).toBe('revoked');
  });

  it('revokes once, only by the booking party, and only links of the shipment named', async () => {
    const { linkId } = await createToken('Customs, Altynkol');
    const revokeAs = (as: SignedIn, shipmentId = shipment.id) =>
      platform.app.inject({
        method: 'POST',
        url: `/api/v1/freight/shipments/${shipmentId}/authority-links/${linkId}/revoke`,
        headers: as.headers,
        payload: {},
      });
    expect((await revokeAs(shipper)).statusCode).toBe(403);
    expect((await revokeAs(carrier)).statusCode).toBe(403);
    expect((await revokeAs(otherForwarder)).statusCode).toBe(404);
    expect((await revokeAs(otherForwarder, otherShipment.id)).statusCode).toBe(404);
    expect((await revokeAs(forwarder)).statusCode).toBe(200);
    const again = await revokeAs(forwarder);
    expect(again.statusCode).toBe(409);
    const audit = await platform.connection.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, linkId), eq(auditLog.action, 'authority_link.revoke')));
    expect(audit).toHaveLength(1);
  });

  it('turns the verification invalid once the stored payload is tampered with', async () => {
    const { token } = await createToken('Customs, Dostyk (verification)');
    const { db } = platform.connection;
    const [row] = await db.select().from(documents).where(eq(documents.id, signedV2.id));
    const payload = row?.signedPayload ?? '';
    expect(payload).toContain('"wagons":3');
    await db
      .update(documents)
      .set({ signedPayload: payload.replace('"wagons":3', '"wagons":4') })
      .where(eq(documents.id, signedV2.id));
    try {
      const verification = await inspect(`${token}/documents/${signedV2.id}/verification`);
      expect(verification.statusCode).toBe(200);
      expect(verification.json().valid).toBe(false);
      expect(verification.json().problem).not.toBeNull();
      expect(verification.json().signatures[0].valid).toBe(false);
    } finally {
      await db.update(documents).set({ signedPayload: payload }).where(eq(documents.id, signedV2.id));
    }
  });
});

describe('the access log', () => {
  const log = (as?: SignedIn, shipmentId = shipment.id) =>
    platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipmentId}/authority-accesses?limit=50`,
      headers: as?.headers ?? {},
    });

  it('is shown to the booking party, the shipper and the Secretariat, newest first', async () => {
    const { token } = await createToken('Customs, Nur Zholy');
    await inspect(token);
    for (const reader of [forwarder, shipper, secretariat]) {
      const response = await log(reader);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.total).toBeGreaterThanOrEqual(1);
      expect(body.items[0]).toMatchObject({ kind: 'shipment', linkLabel: 'Customs, Nur Zholy', documentId: null });
      const times = body.items.map((item: { accessedAt: string }) => Date.parse(item.accessedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(response.body).not.toContain(inspectorAddress);
    }
    const documentAccess = (await log(forwarder))
      .json()
      .items.find((item: { kind: string }) => item.kind === 'document');
    expect(documentAccess?.documentNumber).toBe(signedV2.number);
  });

  it('is refused to carriers, other forwarders and the anonymous', async () => {
    expect((await log(carrier)).statusCode).toBe(403);
    expect((await log(otherForwarder)).statusCode).toBe(404);
    expect((await log()).statusCode).toBe(401);
    const links = await platform.app.inject({
      method: 'GET',
      url: `/api/v1/freight/shipments/${shipment.id}/authority-links`,
      headers: carrier.headers,
    });
    expect(links.statusCode).toBe(403);
  });
});
