import { describe, expect, it } from 'vitest';
import type { PlannedBorderCrossing } from '../planning/route-types.ts';
import type { ShipmentCargo, ShipmentParties } from '../tables.ts';
import {
  buildDocumentFields,
  type DocumentFieldsInput,
  type DocumentLeg,
  documentFieldsSchemas,
  documentNumber,
  grossMassKg,
} from './document-fields.ts';

const name = (en: string) => ({ zh: `${en}-zh`, ru: `${en}-ru`, en });
const nodes = new Map([
  ['lianyungang', { name: name('Lianyungang'), countryCode: 'CN' }],
  ['alashankou', { name: name('Alashankou'), countryCode: 'CN' }],
  ['dostyk', { name: name('Dostyk'), countryCode: 'KZ' }],
  ['brest', { name: name('Brest'), countryCode: 'BY' }],
  ['malaszewicze', { name: name('Małaszewicze'), countryCode: 'PL' }],
  ['duisburg', { name: name('Duisburg'), countryCode: 'DE' }],
  ['baku', { name: name('Baku'), countryCode: 'AZ' }],
  ['aktau', { name: name('Aktau'), countryCode: 'KZ' }],
]);

const parties: ShipmentParties = {
  shipper: {
    name: 'Jiangsu Export Co.',
    address: '1 Harbour Rd, Lianyungang',
    countryCode: 'CN',
    contact: '+86 518 0000',
  },
  consignee: { name: 'Rhein Import GmbH', address: 'Hafenstr. 1, Duisburg', countryCode: 'DE', contact: null },
  forwarder: { name: 'Silk Forwarding LLP', address: 'Almaty', countryCode: 'KZ', contact: null },
  notifyParty: { name: 'Notify Ltd', address: 'Baku', countryCode: 'AZ', contact: null },
};

const cargo: ShipmentCargo = {
  kind: 'dangerous',
  unit: 'teu',
  quantity: 2,
  grossTonnes: 20,
  unNumber: 'UN1203',
  hazardClass: '3',
  temperatureC: null,
};

const goods = [
  { hsCode: '271012', description: 'Motor spirit', grossKg: 12_000, packages: 40, packageKind: 'drums' },
  { hsCode: '847130', description: 'Laptops', grossKg: 3_000, packages: 100, packageKind: 'cartons' },
];

const alashankou: PlannedBorderCrossing = {
  nodeId: 'alashankou',
  pairNodeId: 'dostyk',
  countries: ['CN', 'KZ'],
  gaugeChange: true,
  dwellHours: 24,
  dwellBasis: 'dataset',
  dwellSource: null,
};

const railLeg: DocumentLeg = {
  sequence: 1,
  mode: 'rail',
  fromNodeId: 'lianyungang',
  toNodeId: 'brest',
  viaNodeIds: ['lianyungang', 'alashankou', 'dostyk', 'brest'],
  regimes: ['smgs'],
  borderCrossings: [alashankou],
  carrierName: 'China Railway Container',
  plannedDeparture: '2026-12-01T00:00:00.000Z',
};
const secondRailLeg: DocumentLeg = {
  ...railLeg,
  sequence: 2,
  fromNodeId: 'brest',
  toNodeId: 'duisburg',
  viaNodeIds: ['brest', 'malaszewicze', 'duisburg'],
  regimes: ['cim_smgs'],
  borderCrossings: [],
  carrierName: 'PKP Cargo',
};
const seaLeg: DocumentLeg = {
  sequence: 3,
  mode: 'sea',
  fromNodeId: 'aktau',
  toNodeId: 'baku',
  viaNodeIds: ['aktau', 'baku'],
  regimes: ['sea'],
  borderCrossings: [],
  carrierName: 'ASCO Ferries',
  plannedDeparture: '2026-12-10T00:00:00.000Z',
};

const input = (overrides: Partial<DocumentFieldsInput>): DocumentFieldsInput => ({
  kind: 'smgs_note',
  shipmentReference: 'SCO-2026-000042',
  parties,
  cargo,
  goods,
  containers: ['CSQU3054383', 'MSCU6639870'],
  marks: 'JX/DU 1-140',
  instructions: 'Do not hump.',
  leg: railLeg,
  legs: [railLeg, secondRailLeg, seaLeg],
  nodes,
  ...overrides,
});

describe('rail consignment note fields', () => {
  const fields = documentFieldsSchemas.smgs_note.parse(buildDocumentFields(input({})));

  it('names consignor, consignee and the stations of the leg', () => {
    expect(fields.regime).toBe('smgs');
    expect(fields.consignor).toEqual({
      name: 'Jiangsu Export Co.',
      address: '1 Harbour Rd, Lianyungang',
      countryCode: 'CN',
    });
    expect(fields.consignee.name).toBe('Rhein Import GmbH');
    expect(fields.stationOfDeparture.name.en).toBe('Lianyungang');
    expect(fields.stationOfDestination.name.en).toBe('Brest');
    expect(fields.route.map((place: { nodeId: string }) => place.nodeId)).toEqual(railLeg.viaNodeIds);
  });

  it('lists the border pair and the gauge transfer station', () => {
    expect(fields.borderStations).toHaveLength(1);
    expect(fields.borderStations[0]?.station.nodeId).toBe('alashankou');
    expect(fields.borderStations[0]?.pairStation?.nodeId).toBe('dostyk');
    expect(fields.transferStations.map((place: { nodeId: string }) => place.nodeId)).toEqual(['dostyk']);
  });

  it('carries goods with HS codes, gross mass, packages, containers and the dangerous-goods declaration', () => {
    expect(fields.goods[0]?.hsCode).toBe('271012');
    // 20 t declared for the consignment is more than the 15 t of goods lines.
    expect(fields.grossMassKg).toBe(20_000);
    expect(fields.packagesTotal).toBe(140);
    expect(fields.containers).toEqual(['CSQU3054383', 'MSCU6639870']);
    expect(fields.dangerousGoods).toEqual({ unNumber: 'UN1203', hazardClass: '3' });
    expect(fields.consignorDeclarations).toBe('Dangerous goods UN1203, class 3.\nDo not hump.');
  });

  it('names the successive carrier of the following rail leg, not the ferry', () => {
    expect(fields.carrier).toEqual({ name: 'China Railway Container', legSequence: 1 });
    expect(fields.successiveCarriers).toEqual([{ name: 'PKP Cargo', legSequence: 2 }]);
  });

  it('matches its schema', () => {
    expect(documentFieldsSchemas.smgs_note.safeParse(fields).success).toBe(true);
  });
});

describe('other documents', () => {
  it('eCMR leaves the vehicle for the carrier and keeps marks and the date of taking over', () => {
    const fields = documentFieldsSchemas.ecmr.parse(buildDocumentFields(input({ kind: 'ecmr' })));
    expect(fields.sender.name).toBe('Jiangsu Export Co.');
    expect(fields.dateOfTakingOver).toBe('2026-12-01T00:00:00.000Z');
    expect(fields.placeOfDelivery.nodeId).toBe('brest');
    expect(fields.vehicle).toEqual({ tractorPlate: null, trailerPlate: null });
    expect(fields.marksAndNumbers).toBe('JX/DU 1-140');
    expect(documentFieldsSchemas.ecmr.safeParse(fields).success).toBe(true);
  });

  it('eTIR names the holder, customs offices en route and the itinerary countries', () => {
    const fields = documentFieldsSchemas.etir.parse(buildDocumentFields(input({ kind: 'etir' })));
    expect(fields.holder.name).toBe('Silk Forwarding LLP');
    expect(fields.customsOfficesEnRoute.map((place: { nodeId: string }) => place.nodeId)).toEqual([
      'alashankou',
      'dostyk',
    ]);
    expect(fields.itineraryCountries).toEqual(['CN', 'KZ', 'BY']);
    expect(fields.seals).toEqual([]);
    expect(fields.guaranteeReference).toBeNull();
    expect(documentFieldsSchemas.etir.safeParse(fields).success).toBe(true);
  });

  it('the sea waybill is non-negotiable, names the notify party and ports, and leaves vessel and voyage open', () => {
    const fields = documentFieldsSchemas.sea_waybill.parse(
      buildDocumentFields(input({ kind: 'sea_waybill', leg: seaLeg })),
    );
    expect(fields.negotiable).toBe(false);
    expect(fields.notifyParty?.name).toBe('Notify Ltd');
    expect(fields.portOfLoading.name.en).toBe('Aktau');
    expect(fields.portOfDischarge.name.en).toBe('Baku');
    expect(fields.vessel).toBeNull();
    expect(fields.carrier).toEqual({ name: 'ASCO Ferries', legSequence: 3 });
    expect(documentFieldsSchemas.sea_waybill.safeParse(fields).success).toBe(true);
  });

  it('a reefer note carries its set temperature', () => {
    const reefer = { ...cargo, kind: 'reefer' as const, unNumber: null, hazardClass: null, temperatureC: -18 };
    const fields = documentFieldsSchemas.smgs_note.parse(
      buildDocumentFields(input({ cargo: reefer, instructions: null })),
    );
    expect(fields.temperatureC).toBe(-18);
    expect(fields.dangerousGoods).toBeNull();
    expect(fields.consignorDeclarations).toBe('Keep at -18 °C.');
  });
});

describe('numbers and masses', () => {
  it('numbers documents by reference, leg, kind and version', () => {
    expect(
      documentNumber({ shipmentReference: 'SCO-2026-000042', legSequence: 2, kind: 'smgs_note', version: 1 }),
    ).toBe('SCO-2026-000042-L2-SMGS-1');
    expect(
      documentNumber({ shipmentReference: 'SCO-2026-000042', legSequence: 3, kind: 'sea_waybill', version: 2 }),
    ).toBe('SCO-2026-000042-L3-SWB-2');
  });

  it('uses the goods lines when they weigh more than the declared consignment', () => {
    expect(grossMassKg({ cargo: { ...cargo, grossTonnes: 1 }, goods })).toBe(15_000);
  });
});
