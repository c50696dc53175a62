import { describe, expect, it } from 'vitest';
import { applyFieldEdit, decideSigning, editableFields, issuingCapacity } from './document-rules.ts';

const base = {
  number: 'SCO-2026-000042-L1-SMGS-1',
  signedCapacities: [] as ('consignor' | 'carrier')[],
  isBookingParty: false,
  isLegCarrier: false,
};

describe('who signs', () => {
  it('has the consignor issue rail and road notes and the carrier issue waybills', () => {
    expect(issuingCapacity('smgs_note')).toBe('consignor');
    expect(issuingCapacity('ecmr')).toBe('consignor');
    expect(issuingCapacity('etir')).toBe('consignor');
    expect(issuingCapacity('sea_waybill')).toBe('carrier');
    expect(issuingCapacity('air_waybill')).toBe('carrier');
  });

  it('lets the booking party issue a rail note and the carrier accept it afterwards', () => {
    const draft = { ...base, kind: 'smgs_note' as const, status: 'draft' as const };
    expect(decideSigning({ ...draft, capacity: 'consignor', isBookingParty: true })).toEqual({
      allowed: true,
      issues: true,
    });
    expect(decideSigning({ ...draft, capacity: 'carrier', isLegCarrier: true })).toMatchObject({
      allowed: false,
      code: 'conflict',
    });
    const signed = { ...draft, status: 'signed' as const, signedCapacities: ['consignor' as const] };
    expect(decideSigning({ ...signed, capacity: 'carrier', isLegCarrier: true })).toEqual({
      allowed: true,
      issues: false,
    });
    expect(decideSigning({ ...signed, capacity: 'consignor', isBookingParty: true })).toMatchObject({
      code: 'conflict',
    });
  });

  it('refuses the wrong party with forbidden and the wrong capacity with a validation error', () => {
    const draft = { ...base, kind: 'smgs_note' as const, status: 'draft' as const };
    expect(decideSigning({ ...draft, capacity: 'consignor', isLegCarrier: true })).toMatchObject({ code: 'forbidden' });
    const waybill = { ...base, kind: 'sea_waybill' as const, status: 'draft' as const };
    expect(decideSigning({ ...waybill, capacity: 'carrier', isBookingParty: true })).toMatchObject({
      code: 'forbidden',
    });
    expect(decideSigning({ ...waybill, capacity: 'carrier', isLegCarrier: true })).toEqual({
      allowed: true,
      issues: true,
    });
    expect(decideSigning({ ...waybill, capacity: 'consignor', isBookingParty: true })).toMatchObject({
      code: 'validation_failed',
    });
    const etir = { ...base, kind: 'etir' as const, status: 'signed' as const };
    expect(decideSigning({ ...etir, capacity: 'carrier', isLegCarrier: true })).toMatchObject({
      code: 'validation_failed',
    });
  });

  it('never signs a superseded document', () => {
    const superseded = { ...base, kind: 'ecmr' as const, status: 'superseded' as const };
    expect(decideSigning({ ...superseded, capacity: 'carrier', isLegCarrier: true })).toMatchObject({
      code: 'conflict',
    });
  });
});

describe('editing drafts', () => {
  const ecmrFields = {
    sender: { name: 'A', address: 'B', countryCode: 'CN' },
    consignee: { name: 'C', address: 'D', countryCode: 'KZ' },
    placeOfTakingOver: { nodeId: 'x', name: { zh: 'x', ru: 'x', en: 'x' }, countryCode: 'CN' },
    dateOfTakingOver: '2026-12-01T00:00:00.000Z',
    placeOfDelivery: { nodeId: 'y', name: { zh: 'y', ru: 'y', en: 'y' }, countryCode: 'KZ' },
    carrier: { name: 'Road Co', legSequence: 2 },
    successiveCarriers: [],
    goods: [{ hsCode: '847130', description: 'Laptops', packages: 10, packageKind: 'cartons', grossKg: 500 }],
    packagesTotal: 10,
    marksAndNumbers: null,
    grossWeightKg: 500,
    containers: [],
    dangerousGoods: null,
    temperatureC: null,
    vehicle: { tractorPlate: null, trailerPlate: null },
    senderInstructions: null,
    shipmentReference: 'SCO-2026-000042',
  };
  const edit = (overrides: Partial<Parameters<typeof applyFieldEdit>[0]>) =>
    applyFieldEdit({
      kind: 'ecmr',
      number: 'SCO-2026-000042-L2-ECMR-1',
      status: 'draft',
      current: ecmrFields,
      changes: {},
      isBookingParty: false,
      isLegCarrier: false,
      ...overrides,
    });

  it('lets the carrier fill its vehicle and nothing else', () => {
    const filled = edit({
      isLegCarrier: true,
      changes: { vehicle: { tractorPlate: '01 KZ 123', trailerPlate: null } },
    });
    expect(filled.allowed && filled.fields.vehicle).toEqual({ tractorPlate: '01 KZ 123', trailerPlate: null });
    expect(edit({ isLegCarrier: true, changes: { marksAndNumbers: 'X' } })).toMatchObject({ code: 'forbidden' });
    expect(editableFields({ kind: 'ecmr', status: 'draft', isBookingParty: false, isLegCarrier: true })).toEqual([
      'vehicle',
    ]);
  });

  it('lets the booking party edit content but not the route, carriers or reference', () => {
    expect(edit({ isBookingParty: true, changes: { marksAndNumbers: 'JX 1-10' } }).allowed).toBe(true);
    expect(edit({ isBookingParty: true, changes: { placeOfDelivery: null } })).toMatchObject({
      code: 'validation_failed',
    });
    expect(edit({ isBookingParty: true, changes: { wagons: 3 } })).toMatchObject({ code: 'validation_failed' });
    expect(edit({ isBookingParty: true, changes: { grossWeightKg: -1 } })).toMatchObject({ code: 'validation_failed' });
    expect(editableFields({ kind: 'ecmr', status: 'draft', isBookingParty: true, isLegCarrier: false })).not.toContain(
      'carrier',
    );
  });

  it('refuses any edit of a signed document with a conflict, and strangers with forbidden', () => {
    const signed = edit({ isBookingParty: true, status: 'signed', changes: { marksAndNumbers: 'X' } });
    expect(signed).toMatchObject({ allowed: false, code: 'conflict' });
    expect(!signed.allowed && signed.message).toContain('cannot be edited');
    expect(edit({ changes: { marksAndNumbers: 'X' } })).toMatchObject({ code: 'forbidden' });
    expect(editableFields({ kind: 'ecmr', status: 'signed', isBookingParty: true, isLegCarrier: true })).toEqual([]);
  });
});
