import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { auditLog } from '../../../core/src/tables.ts';
import { planForRequest } from '../planning/plan-request.ts';
import type { PlannedRoute } from '../planning/route-types.ts';
import { documentSignatures, documents, shipmentLegs, shipments, signingKeys } from '../tables.ts';

let platform: TestPlatform;
let forwarder: SignedIn;
let otherForwarder: SignedIn;
let shipper: SignedIn;
let otherShipper: SignedIn;
let railCarrier: SignedIn;
let otherCarrier: SignedIn;
let secretariat: SignedIn;
let route: PlannedRoute;

const plan = { from: 'lianyungang', to: 'duisburg', unit: 'teu' as const, quantity: 2, kind: 'general' as const };

beforeAll(async () => {
  platform = await createTestPlatform();
  [forwarder, otherForwarder, shipper, otherShipper, railCarrier, otherCarrier, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'forwarder' }),
    signIn(platform.app, { role: 'forwarder' }),
    signIn(platform.app, { role: 'shipper' }),
    signIn(platform.app, { role: 'shipper' }),
    signIn(platform.app, { role: 'carrier' }),
    signIn(platform.app, { role: 'carrier' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  const { routes } = await planForRequest({
    db: platform.connection.db,
    request: { ...plan, includeScenarios: false },
  });
  const bookable = routes.find((candidate) => !candidate.scenario);
  if (!bookable) throw new Error('The seeded network plans no bookable Lianyungang–Duisburg route.');
  // The tests below need a carrier per leg to differ and a document that is not the first leg's.
  if (bookable.legs.length < 2)
    throw new Error('The Lianyungang–Duisburg route is expected to change gauge (several legs).');
  route = bookable;
});
afterAll(() => platform?.close());

const party = (name: string, countryCode: string, contact: string | null = null) => ({
  name,
  address: `${name} street 1`,
  countryCode,
  contact,
});

const bookingInput = (overrides: Record<string, unknown> = {}) => ({
  plan,
  routeId: route.id,
  plannedDeparture: '2026-12-01T08:00:00Z',
  parties: {
    shipper: party('Jiangsu Export Co.', 'CN', '+86 518 0000 0000'),
    consignee: party('Rhein Import GmbH', 'DE', 'import@rhein.example'),
    forwarder: party('Silk Forwarding LLP', 'KZ', 'ops@silk.example'),
    notifyParty: null,
  },
  shipperEmail: shipper.user.email,
  cargo: { grossTonnes: 24 },
  goods: [
    { hsCode: '847130', description: 'Portable computers', grossKg: 18_000, packages: 600, packageKind: 'cartons' },
  ],
  containers: ['CSQU3054383', 'MSCU6639870'],
  legCarriers: route.legs.map((leg) => ({ sequence: leg.sequence, carrierUserId: railCarrier.user.id })),
  ...overrides,
});

async function book(as: SignedIn, overrides: Record<string, unknown> = {}) {
  return platform.app.inject({
    method: 'POST',
    url: '/api/v1/freight/shipments',
    headers: as.headers,
    payload: bookingInput(overrides),
  });
}

interface BookedShipment {
  id: string;
  reference: string;
  legs: { id: string; sequence: number; carrier: { id: string }; plannedDeparture: string; plannedArrival: string }[];
  documents: { id: string; kind: string; number: string; status: string; legSequence: number }[];
  parties: Record<string, { contact: string | null } | null>;
  viewer: { manages: boolean; carriesLegIds: string[] };
}

async function bookOk(as: SignedIn = forwarder, overrides: Record<string, unknown> = {}): Promise<BookedShipment> {
  const response = await book(as, overrides);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as BookedShipment;
}

async function rowCounts() {
  const { db } = platform.connection;
  const [[s], [l], [d], [a]] = await Promise.all([
    db.select({ n: count() }).from(shipments),
    db.select({ n: count() }).from(shipmentLegs),
    db.select({ n: count() }).from(documents),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { shipments: s?.n, legs: l?.n, documents: d?.n, audit: a?.n };
}

const get = (as: SignedIn | null, url: string) =>
  platform.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: as?.headers ?? {} });
const post = (as: SignedIn | null, url: string, payload?: Record<string, unknown>) =>
  payload === undefined
    ? platform.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: as?.headers ?? {} })
    : platform.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: as?.headers ?? {}, payload });

describe('booking on the seeded network', () => {
  it('books Lianyungang → Duisburg with legs, schedule and a draft document per leg', async () => {
    const before = await rowCounts();
    const booked = await bookOk();
    expect(booked.reference).toMatch(/^SCO-\d{4}-\d{6}$/);
    expect(booked.legs).toHaveLength(route.legs.length);
    expect(booked.legs[0]?.plannedDeparture).toBe('2026-12-01T08:00:00.000Z');
    const lastLeg = route.legs[route.legs.length - 1];
    const expectedArrival = new Date(Date.parse('2026-12-01T08:00:00Z') + (lastLeg?.endOffsetHours ?? 0) * 3_600_000);
    expect(booked.legs[booked.legs.length - 1]?.plannedArrival).toBe(expectedArrival.toISOString());
    const expectedKinds = route.legs.flatMap((leg) => leg.documentKinds.map((kind) => `${leg.sequence}:${kind}`));
    expect(booked.documents.map((document) => `${document.legSequence}:${document.kind}`).sort()).toEqual(
      expectedKinds.sort(),
    );
    expect(booked.documents.every((document) => document.status === 'draft')).toBe(true);
    expect(booked.viewer.manages).toBe(true);
    const after = await rowCounts();
    expect(after.shipments).toBe((before.shipments ?? 0) + 1);
    expect(after.documents).toBe((before.documents ?? 0) + expectedKinds.length);
    const [entry] = await platform.connection.db.select().from(auditLog).where(eq(auditLog.entityId, booked.id));
    expect(entry?.action).toBe('shipment.book');
  });

  it('fills the rail note from the shipment: consignor, stations, goods, containers, carrier', async () => {
    const booked = await bookOk();
    const rail = booked.documents.find((document) => document.kind.endsWith('_note'));
    expect(rail).toBeDefined();
    const response = await get(forwarder, `/freight/documents/${rail?.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as { fields: Record<string, unknown>; number: string };
    expect(body.number).toBe(`${booked.reference}-L${rail?.legSequence}-${rail?.number.split('-').at(-2)}-1`);
    expect(body.fields.consignor).toEqual({
      name: 'Jiangsu Export Co.',
      address: 'Jiangsu Export Co. street 1',
      countryCode: 'CN',
    });
    expect(body.fields.containers).toEqual(['CSQU3054383', 'MSCU6639870']);
    expect(body.fields.grossMassKg).toBe(24_000);
    expect((body.fields.goods as { hsCode: string }[])[0]?.hsCode).toBe('847130');
    expect((body.fields.carrier as { name: string }).name).toBeTruthy();
  });

  it('numbers references one after another', async () => {
    const first = await bookOk();
    const second = await bookOk();
    expect(Number(second.reference.slice(-6))).toBe(Number(first.reference.slice(-6)) + 1);
  });

  it('lets a shipper book for itself and be its own shipper account', async () => {
    const booked = await bookOk(otherShipper, { shipperEmail: null });
    const listed = await get(otherShipper, '/freight/shipments');
    expect((listed.json() as { items: { id: string }[] }).items.map((item) => item.id)).toContain(booked.id);
  });

  it('lists carrier accounts to forwarders and refuses carriers', async () => {
    const response = await get(forwarder, '/freight/carriers');
    expect(response.statusCode).toBe(200);
    const ids = (response.json() as { items: { id: string }[] }).items.map((item) => item.id);
    expect(ids).toContain(railCarrier.user.id);
    expect((await get(railCarrier, '/freight/carriers')).statusCode).toBe(403);
  });
});

describe('refused bookings change nothing', () => {
  const refused = async (as: SignedIn, overrides: Record<string, unknown>, status: number) => {
    const before = await rowCounts();
    const response = await book(as, overrides);
    expect(response.statusCode, response.body).toBe(status);
    expect(await rowCounts()).toEqual(before);
    return response.json() as { code: string; detail: string };
  };

  it('names the expected check digit of a malformed container number', async () => {
    const problem = await refused(forwarder, { containers: ['CSQU3054384'] }, 400);
    expect(problem.code).toBe('validation_failed');
    expect(problem.detail).toContain('ISO 6346 gives 3');
  });

  it('refuses duplicate containers, bad HS codes and dangerous goods without a UN number', async () => {
    expect((await refused(forwarder, { containers: ['CSQU3054383', 'CSQU3054383'] }, 400)).detail).toContain('twice');
    expect(
      (
        await refused(
          forwarder,
          { goods: [{ hsCode: '770100', description: 'x', grossKg: 1, packages: 1, packageKind: 'box' }] },
          400,
        )
      ).detail,
    ).toContain('chapter 77');
    const dangerous = await refused(forwarder, { plan: { ...plan, kind: 'dangerous' } }, 400);
    expect(dangerous.detail).toContain('UN number');
  });

  it('refuses an unknown node and cargo over the limits', async () => {
    const unknown = await refused(forwarder, { plan: { ...plan, from: 'atlantis' } }, 404);
    expect(unknown.detail).toContain('atlantis');
    const tooMuch = await refused(forwarder, { plan: { ...plan, quantity: 501 } }, 400);
    expect(tooMuch.detail).toContain('500');
    expect((await refused(forwarder, { cargo: { grossTonnes: 25_000 } }, 400)).code).toBe('validation_failed');
  });

  it('refuses a route id that is not planned now, naming it', async () => {
    const problem = await refused(forwarder, { routeId: 'no-such-route' }, 409);
    expect(problem.detail).toContain('no-such-route');
  });

  it('refuses a leg without a carrier and an account that is not a carrier', async () => {
    const firstOnly = [{ sequence: 1, carrierUserId: railCarrier.user.id }];
    expect((await refused(forwarder, { legCarriers: firstOnly }, 400)).detail).toContain('leg 2 has no carrier');
    const notCarrier = route.legs.map((leg) => ({ sequence: leg.sequence, carrierUserId: shipper.user.id }));
    expect((await refused(forwarder, { legCarriers: notCarrier }, 400)).detail).toContain(
      'not an active carrier account',
    );
  });

  it('refuses an unknown shipper e-mail and roles that do not book', async () => {
    expect((await refused(forwarder, { shipperEmail: 'nobody@example.org' }, 400)).detail).toContain(
      'nobody@example.org',
    );
    await refused(railCarrier, {}, 403);
    const anonymous = await platform.app.inject({
      method: 'POST',
      url: '/api/v1/freight/shipments',
      payload: bookingInput(),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('who reads a shipment', () => {
  let booked: BookedShipment;
  beforeAll(async () => {
    booked = await bookOk(forwarder, {
      legCarriers: route.legs.map((leg) => ({
        sequence: leg.sequence,
        carrierUserId: leg.sequence === 1 ? railCarrier.user.id : otherCarrier.user.id,
      })),
    });
  });

  it('the shipper sees its shipments only', async () => {
    const mine = (await get(shipper, '/freight/shipments')).json() as { items: { id: string }[] };
    expect(mine.items.map((item) => item.id)).toContain(booked.id);
    const theirs = (await get(otherShipper, '/freight/shipments')).json() as { items: { id: string }[] };
    expect(theirs.items.map((item) => item.id)).not.toContain(booked.id);
    expect((await get(otherShipper, `/freight/shipments/${booked.id}`)).statusCode).toBe(404);
  });

  it('another forwarder gets 404', async () => {
    expect((await get(otherForwarder, `/freight/shipments/${booked.id}`)).statusCode).toBe(404);
    const documentId = booked.documents[0]?.id;
    expect((await get(otherForwarder, `/freight/documents/${documentId}`)).statusCode).toBe(404);
  });

  it('a carrier sees shipments where it carries a leg, with contacts only where its legs need them', async () => {
    const response = await get(railCarrier, `/freight/shipments/${booked.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as BookedShipment;
    expect(body.viewer.carriesLegIds).toEqual([booked.legs[0]?.id]);
    expect(body.parties.shipper?.contact).toBe('+86 518 0000 0000');
    expect(body.parties.consignee?.contact).toBeNull();
    const listed = (await get(railCarrier, '/freight/shipments')).json() as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toContain(booked.id);
  });

  it('the Secretariat reads all; the booking party sees every contact', async () => {
    expect((await get(secretariat, `/freight/shipments/${booked.id}`)).statusCode).toBe(200);
    const own = (await get(forwarder, `/freight/shipments/${booked.id}`)).json() as BookedShipment;
    expect(own.parties.consignee?.contact).toBe('import@rhein.example');
  });
});

describe('signing, immutability, supersede and verification', () => {
  let booked: BookedShipment;
  let note: { id: string; number: string; kind: string };
  beforeAll(async () => {
    booked = await bookOk();
    const found = booked.documents.find(
      (document) => document.kind !== 'sea_waybill' && document.kind !== 'air_waybill',
    );
    if (!found) throw new Error('The route has no consignor-issued document.');
    note = found;
  });

  it('edits a draft and refuses fields fixed by the booking', async () => {
    const edit = await platform.app.inject({
      method: 'PATCH',
      url: `/api/v1/freight/documents/${note.id}`,
      headers: forwarder.headers,
      payload: { fields: { containers: ['CSQU3054383'] } },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect((edit.json() as { fields: { containers: string[] } }).fields.containers).toEqual(['CSQU3054383']);
    const fixed = await platform.app.inject({
      method: 'PATCH',
      url: `/api/v1/freight/documents/${note.id}`,
      headers: forwarder.headers,
      payload: { fields: { shipmentReference: 'SCO-1999-000001' } },
    });
    expect(fixed.statusCode).toBe(400);
  });

  it('refuses a signature by the wrong party with 403', async () => {
    const response = await post(railCarrier, `/freight/documents/${note.id}/sign`, { capacity: 'consignor' });
    expect(response.statusCode).toBe(403);
    const carrierFirst = await post(railCarrier, `/freight/documents/${note.id}/sign`, { capacity: 'carrier' });
    expect(carrierFirst.statusCode).toBe(409);
  });

  it('signs as consignor with a key created on first use, then refuses edits with 409', async () => {
    const signed = await post(forwarder, `/freight/documents/${note.id}/sign`, { capacity: 'consignor' });
    expect(signed.statusCode, signed.body).toBe(200);
    const body = signed.json() as { status: string; signatures: { keyId: string }[]; payloadDigest: string };
    expect(body.status).toBe('signed');
    expect(body.signatures).toHaveLength(1);
    expect(body.payloadDigest).toMatch(/^[0-9a-f]{64}$/);
    const keys = await platform.connection.db
      .select()
      .from(signingKeys)
      .where(eq(signingKeys.userId, forwarder.user.id));
    expect(keys).toHaveLength(1);

    const edit = await platform.app.inject({
      method: 'PATCH',
      url: `/api/v1/freight/documents/${note.id}`,
      headers: forwarder.headers,
      payload: { fields: { customsRemarks: 'late change' } },
    });
    expect(edit.statusCode).toBe(409);
    expect((edit.json() as { detail: string }).detail).toContain('cannot be edited');

    const accepted = await post(railCarrier, `/freight/documents/${note.id}/sign`, { capacity: 'carrier' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect((accepted.json() as { signatures: unknown[] }).signatures).toHaveLength(2);
  });

  it('verifies the document, the public way and offline', async () => {
    const verification = await get(shipper, `/freight/documents/${note.id}/verification`);
    expect(verification.statusCode).toBe(200);
    const result = verification.json() as { valid: boolean; signatures: { valid: boolean }[]; digest: string };
    expect(result.valid).toBe(true);
    expect(result.signatures.every((signature) => signature.valid)).toBe(true);

    const bundleResponse = await get(forwarder, `/freight/documents/${note.id}/signed.json`);
    expect(bundleResponse.statusCode).toBe(200);
    expect(bundleResponse.headers['content-disposition']).toContain('.signed.json');
    const bundle = bundleResponse.json() as {
      payload: string;
      signatures: { keyId: string; signature: string; publicKeyPem: string }[];
    };
    const [first] = bundle.signatures;
    if (!first) throw new Error('no signature in the bundle');
    const check = await post(null, '/freight/signatures/verify', {
      payload: bundle.payload,
      signature: first.signature,
      keyId: first.keyId,
    });
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ valid: true, keyId: first.keyId });
    const forged = await post(null, '/freight/signatures/verify', {
      payload: bundle.payload.replace('Jiangsu', 'Jiangxi'),
      signature: first.signature,
      keyId: first.keyId,
    });
    expect(forged.json()).toMatchObject({ valid: false });
    const key = await get(null, `/freight/keys/${first.keyId}`);
    expect(key.statusCode).toBe(200);
    expect((key.json() as { publicKeyPem: string }).publicKeyPem).toBe(first.publicKeyPem);
    expect(first.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });

  it('supersedes: a new draft version, the old one in force until the new one is signed', async () => {
    const refusedByCarrier = await post(railCarrier, `/freight/documents/${note.id}/supersede`);
    expect(refusedByCarrier.statusCode).toBe(403);
    const created = await post(forwarder, `/freight/documents/${note.id}/supersede`);
    expect(created.statusCode, created.body).toBe(201);
    const next = created.json() as {
      id: string;
      version: number;
      status: string;
      supersedesId: string;
      number: string;
    };
    expect(next).toMatchObject({ version: 2, status: 'draft', supersedesId: note.id });
    expect(next.number.endsWith('-2')).toBe(true);
    expect((await post(forwarder, `/freight/documents/${note.id}/supersede`)).statusCode).toBe(409);

    const old = (await get(forwarder, `/freight/documents/${note.id}`)).json() as { status: string };
    expect(old.status).toBe('signed');
    const signed = await post(forwarder, `/freight/documents/${next.id}/sign`, { capacity: 'consignor' });
    expect(signed.statusCode).toBe(200);
    const after = (await get(forwarder, `/freight/documents/${note.id}`)).json() as {
      status: string;
      supersededById: string;
      history: { version: number }[];
    };
    expect(after).toMatchObject({ status: 'superseded', supersededById: next.id });
    expect(after.history.map((entry) => entry.version)).toEqual([1, 2]);
    expect((await post(forwarder, `/freight/documents/${note.id}/sign`, { capacity: 'consignor' })).statusCode).toBe(
      409,
    );
  });

  it('fails verification after the stored fields or payload are tampered with', async () => {
    const target = booked.documents.find((document) => document.id !== note.id && document.kind === note.kind);
    if (!target) throw new Error('The route has a single document.');
    const signed = await post(forwarder, `/freight/documents/${target.id}/sign`, { capacity: 'consignor' });
    expect(signed.statusCode).toBe(200);
    expect(
      ((await get(forwarder, `/freight/documents/${target.id}/verification`)).json() as { valid: boolean }).valid,
    ).toBe(true);
    const { db } = platform.connection;
    await db
      .update(documents)
      .set({ fields: sql`jsonb_set(${documents.fields}, '{grossMassKg}', '1')` })
      .where(eq(documents.id, target.id));
    const fieldsTampered = (await get(forwarder, `/freight/documents/${target.id}/verification`)).json() as {
      valid: boolean;
      payloadMatchesDocument: boolean;
    };
    expect(fieldsTampered).toMatchObject({ valid: false, payloadMatchesDocument: false });

    const [row] = await db.select().from(documents).where(eq(documents.id, target.id));
    const forgedPayload = (row?.signedPayload ?? '').replace('"grossMassKg":24000', '"grossMassKg":1');
    await db.update(documents).set({ signedPayload: forgedPayload }).where(eq(documents.id, target.id));
    const payloadTampered = (await get(forwarder, `/freight/documents/${target.id}/verification`)).json() as {
      valid: boolean;
      problem: string;
    };
    expect(payloadTampered.valid).toBe(false);
    expect(payloadTampered.problem).toContain('digest');
  });

  it('answers 404 for unknown documents and keys, and 401 without a session', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await get(forwarder, `/freight/documents/${missing}`)).statusCode).toBe(404);
    expect((await get(null, `/freight/keys/${missing}`)).statusCode).toBe(404);
    expect((await get(null, `/freight/documents/${note.id}`)).statusCode).toBe(401);
    const signatures = await platform.connection.db
      .select({ n: count() })
      .from(documentSignatures)
      .where(eq(documentSignatures.documentId, note.id));
    expect(signatures[0]?.n).toBe(2);
  });
});

describe('a ferry leg: the carrier issues the sea waybill', () => {
  it('lets the leg carrier fill the vessel and sign; the booking party may not sign it', async () => {
    const ferryPlan = { from: 'aktau', to: 'baku_alat', unit: 'teu' as const, quantity: 1, kind: 'general' as const };
    const { routes } = await planForRequest({
      db: platform.connection.db,
      request: { ...ferryPlan, includeScenarios: false },
    });
    const ferry = routes.find((candidate) => candidate.legs.some((leg) => leg.documentKinds.includes('sea_waybill')));
    if (!ferry) throw new Error('The seeded network plans no Aktau–Alat ferry route.');
    const booked = await bookOk(forwarder, {
      plan: ferryPlan,
      routeId: ferry.id,
      parties: {
        shipper: party('Mangystau Trade LLP', 'KZ'),
        consignee: party('Alat Logistics', 'AZ', '+994 12 000 00 00'),
        forwarder: null,
        notifyParty: party('Baku Notify LLC', 'AZ', 'notify@baku.example'),
      },
      legCarriers: ferry.legs.map((leg) => ({ sequence: leg.sequence, carrierUserId: otherCarrier.user.id })),
    });
    const waybill = booked.documents.find((document) => document.kind === 'sea_waybill');
    if (!waybill) throw new Error('No sea waybill was drafted.');

    const carrierView = (await get(otherCarrier, `/freight/shipments/${booked.id}`)).json() as BookedShipment;
    expect(carrierView.parties.notifyParty?.contact).toBe('notify@baku.example');

    const byBooker = await post(forwarder, `/freight/documents/${waybill.id}/sign`, { capacity: 'carrier' });
    expect(byBooker.statusCode).toBe(403);
    const vessel = await platform.app.inject({
      method: 'PATCH',
      url: `/api/v1/freight/documents/${waybill.id}`,
      headers: otherCarrier.headers,
      payload: { fields: { vessel: 'Professor Gul', voyage: '2612' } },
    });
    expect(vessel.statusCode, vessel.body).toBe(200);
    const notTheirs = await platform.app.inject({
      method: 'PATCH',
      url: `/api/v1/freight/documents/${waybill.id}`,
      headers: otherCarrier.headers,
      payload: { fields: { notifyParty: null } },
    });
    expect(notTheirs.statusCode).toBe(403);
    const signed = await post(otherCarrier, `/freight/documents/${waybill.id}/sign`, { capacity: 'carrier' });
    expect(signed.statusCode, signed.body).toBe(200);
    const detail = signed.json() as { status: string; fields: { vessel: string; negotiable: boolean } };
    expect(detail).toMatchObject({ status: 'signed', fields: { vessel: 'Professor Gul', negotiable: false } });
    const verification = (await get(forwarder, `/freight/documents/${waybill.id}/verification`)).json() as {
      valid: boolean;
    };
    expect(verification.valid).toBe(true);
  });
});
