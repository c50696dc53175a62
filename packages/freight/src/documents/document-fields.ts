import { z } from 'zod';
import type { PlannedBorderCrossing } from '../planning/route-types.ts';
import type { GoodsLine, ShipmentCargo, ShipmentParties, ShipmentParty, TrilingualName } from '../tables.ts';
import type { DocumentKind, LegalRegime, TransportMode } from '../vocabulary.ts';

/**
 * The fields each document carries, built from the shipment at booking. Field names follow the boxes of the real
 * forms: the CIM/SMGS consignment note (CIT/OSJD common note), the CMR note (eCMR protocol, 2008), the eTIR
 * declaration (UNECE eTIR reference model) and a non-negotiable sea waybill (CMI Uniform Rules for Sea Waybills).
 * Values the carrier or customs fill later (vehicle, vessel, seals, carnet) start empty.
 */

const partyFieldSchema = z.object({
  name: z.string().trim().min(1, 'name the party').max(200),
  address: z.string().trim().min(1, 'give the address').max(500),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code'),
});
export type PartyField = z.infer<typeof partyFieldSchema>;

const placeFieldSchema = z.object({
  nodeId: z.string(),
  name: z.object({ zh: z.string(), ru: z.string(), en: z.string() }),
  countryCode: z.string(),
});
export type PlaceField = z.infer<typeof placeFieldSchema>;

const goodsFieldSchema = z.object({
  hsCode: z.string(),
  description: z.string().trim().min(1).max(500),
  packages: z.number().int().positive(),
  packageKind: z.string().trim().min(1).max(100),
  grossKg: z.number().positive(),
});

const dangerousFieldSchema = z.object({ unNumber: z.string(), hazardClass: z.string() }).nullable();
const carrierFieldSchema = z.object({ name: z.string(), legSequence: z.number().int() });
const note = (max: number) => z.string().trim().max(max).nullable();

const borderFieldSchema = z.object({
  station: placeFieldSchema,
  pairStation: placeFieldSchema.nullable(),
  gaugeChange: z.boolean(),
});

/** Rail consignment notes: CIM, SMGS, and the common CIM/SMGS note. */
export const railNoteFieldsSchema = z.object({
  regime: z.enum(['cim', 'smgs', 'cim_smgs']),
  consignor: partyFieldSchema,
  consignee: partyFieldSchema,
  stationOfDeparture: placeFieldSchema,
  stationOfDestination: placeFieldSchema,
  borderStations: z.array(borderFieldSchema),
  /** Where the consignment moves between gauges (bogie exchange or transshipment). */
  transferStations: z.array(placeFieldSchema),
  route: z.array(placeFieldSchema),
  goods: z.array(goodsFieldSchema),
  grossMassKg: z.number().positive(),
  packagesTotal: z.number().int().nonnegative(),
  containers: z.array(z.string()),
  dangerousGoods: dangerousFieldSchema,
  temperatureC: z.number().nullable(),
  carrier: carrierFieldSchema,
  successiveCarriers: z.array(carrierFieldSchema),
  consignorDeclarations: note(2000),
  chargesPaidBy: note(500),
  customsRemarks: note(2000),
  shipmentReference: z.string(),
});

export const ecmrFieldsSchema = z.object({
  sender: partyFieldSchema,
  consignee: partyFieldSchema,
  placeOfTakingOver: placeFieldSchema,
  dateOfTakingOver: z.iso.datetime(),
  placeOfDelivery: placeFieldSchema,
  carrier: carrierFieldSchema,
  successiveCarriers: z.array(carrierFieldSchema),
  goods: z.array(goodsFieldSchema),
  packagesTotal: z.number().int().nonnegative(),
  marksAndNumbers: note(500),
  grossWeightKg: z.number().positive(),
  containers: z.array(z.string()),
  dangerousGoods: dangerousFieldSchema,
  temperatureC: z.number().nullable(),
  /** Filled by the carrier before taking over. */
  vehicle: z.object({ tractorPlate: note(20), trailerPlate: note(20) }),
  senderInstructions: note(2000),
  shipmentReference: z.string(),
});

export const etirFieldsSchema = z.object({
  /** TIR carnet or eTIR guarantee reference, given by the guaranteeing association. */
  guaranteeReference: note(50),
  holder: partyFieldSchema,
  consignee: partyFieldSchema,
  customsOfficeOfDeparture: placeFieldSchema,
  customsOfficeOfDestination: placeFieldSchema,
  customsOfficesEnRoute: z.array(placeFieldSchema),
  itineraryCountries: z.array(z.string()),
  goods: z.array(goodsFieldSchema),
  grossWeightKg: z.number().positive(),
  packagesTotal: z.number().int().nonnegative(),
  containers: z.array(z.string()),
  /** Customs seal numbers, affixed at departure. */
  seals: z.array(z.string().trim().min(1).max(50)).max(100),
  dangerousGoods: dangerousFieldSchema,
  shipmentReference: z.string(),
});

export const seaWaybillFieldsSchema = z.object({
  shipper: partyFieldSchema,
  consignee: partyFieldSchema,
  notifyParty: partyFieldSchema.nullable(),
  carrier: carrierFieldSchema,
  /** Filled by the carrier. */
  vessel: note(100),
  voyage: note(50),
  portOfLoading: placeFieldSchema,
  portOfDischarge: placeFieldSchema,
  containers: z.array(z.string()),
  goods: z.array(goodsFieldSchema),
  grossWeightKg: z.number().positive(),
  packagesTotal: z.number().int().nonnegative(),
  dangerousGoods: dangerousFieldSchema,
  temperatureC: z.number().nullable(),
  /** A sea waybill is not a document of title: the goods go to the named consignee. */
  negotiable: z.literal(false),
  shipmentReference: z.string(),
});

export const airWaybillFieldsSchema = z.object({
  shipper: partyFieldSchema,
  consignee: partyFieldSchema,
  carrier: carrierFieldSchema,
  /** Filled by the carrier. */
  flight: note(20),
  airportOfDeparture: placeFieldSchema,
  airportOfDestination: placeFieldSchema,
  goods: z.array(goodsFieldSchema),
  grossWeightKg: z.number().positive(),
  packagesTotal: z.number().int().nonnegative(),
  dangerousGoods: dangerousFieldSchema,
  handlingInformation: note(1000),
  negotiable: z.literal(false),
  shipmentReference: z.string(),
});

/** The schema of each kind's fields: validates edits and documents the shape. */
export const documentFieldsSchemas = {
  cim_note: railNoteFieldsSchema,
  smgs_note: railNoteFieldsSchema,
  cim_smgs_note: railNoteFieldsSchema,
  ecmr: ecmrFieldsSchema,
  etir: etirFieldsSchema,
  sea_waybill: seaWaybillFieldsSchema,
  air_waybill: airWaybillFieldsSchema,
} as const satisfies Record<DocumentKind, z.ZodObject>;

/**
 * Fields no edit may change: they identify the shipment, its route and carriers, which a document must not
 * contradict. A different route or carrier is a different booking.
 */
export const fixedFieldKeys: readonly string[] = [
  'regime',
  'shipmentReference',
  'carrier',
  'successiveCarriers',
  'stationOfDeparture',
  'stationOfDestination',
  'borderStations',
  'transferStations',
  'route',
  'placeOfTakingOver',
  'placeOfDelivery',
  'customsOfficeOfDeparture',
  'customsOfficeOfDestination',
  'customsOfficesEnRoute',
  'itineraryCountries',
  'portOfLoading',
  'portOfDischarge',
  'airportOfDeparture',
  'airportOfDestination',
  'negotiable',
];

/** Fields the leg's carrier fills on a draft (its vehicle, vessel, flight); everything else is the booking party's. */
export const carrierFieldKeys: Readonly<Record<DocumentKind, readonly string[]>> = {
  cim_note: [],
  smgs_note: [],
  cim_smgs_note: [],
  ecmr: ['vehicle'],
  etir: [],
  sea_waybill: ['vessel', 'voyage'],
  air_waybill: ['flight'],
};

/** A leg as the field builders need it. */
export interface DocumentLeg {
  sequence: number;
  mode: TransportMode;
  fromNodeId: string;
  toNodeId: string;
  viaNodeIds: readonly string[];
  regimes: readonly LegalRegime[];
  borderCrossings: readonly PlannedBorderCrossing[];
  carrierName: string;
  plannedDeparture: string;
}

export interface DocumentFieldsInput {
  kind: DocumentKind;
  shipmentReference: string;
  parties: ShipmentParties;
  cargo: ShipmentCargo;
  goods: readonly GoodsLine[];
  containers: readonly string[];
  marks: string | null;
  instructions: string | null;
  leg: DocumentLeg;
  /** Every leg of the shipment in order, for successive carriers. */
  legs: readonly DocumentLeg[];
  /** Names of the nodes the legs pass; a node missing here shows by its id. */
  nodes: ReadonlyMap<string, { name: TrilingualName; countryCode: string }>;
}

const partyField = (party: ShipmentParty): PartyField => ({
  name: party.name,
  address: party.address,
  countryCode: party.countryCode,
});

function placeField(nodes: DocumentFieldsInput['nodes'], nodeId: string): PlaceField {
  const node = nodes.get(nodeId);
  return {
    nodeId,
    name: node ? { ...node.name } : { zh: nodeId, ru: nodeId, en: nodeId },
    countryCode: node?.countryCode ?? '',
  };
}

const goodsFields = (goods: readonly GoodsLine[]) =>
  goods.map((line) => ({
    hsCode: line.hsCode,
    description: line.description,
    packages: line.packages,
    packageKind: line.packageKind,
    grossKg: line.grossKg,
  }));

/**
 * Gross mass on the document: the declared goods lines' sum, or the consignment's gross tonnes when that is larger
 * (containers' tare and unlisted packing count towards the consignment's mass).
 */
export function grossMassKg(input: { cargo: ShipmentCargo; goods: readonly GoodsLine[] }): number {
  const goodsKg = input.goods.reduce((sum, line) => sum + line.grossKg, 0);
  return Math.max(goodsKg, Math.round(input.cargo.grossTonnes * 1000));
}

const packagesTotal = (goods: readonly GoodsLine[]) => goods.reduce((sum, line) => sum + line.packages, 0);

const dangerousGoods = (cargo: ShipmentCargo) =>
  cargo.kind === 'dangerous' && cargo.unNumber && cargo.hazardClass
    ? { unNumber: cargo.unNumber, hazardClass: cargo.hazardClass }
    : null;

const carrierOf = (leg: DocumentLeg) => ({ name: leg.carrierName, legSequence: leg.sequence });

/** Carriers of the legs that follow this one without a change of mode, each named once, excluding this leg's carrier. */
function successiveCarriers(input: DocumentFieldsInput) {
  const after: DocumentLeg[] = [];
  for (const leg of input.legs.filter((candidate) => candidate.sequence > input.leg.sequence)) {
    if (leg.mode !== input.leg.mode) break;
    after.push(leg);
  }
  const seen = new Set([input.leg.carrierName]);
  return after.filter((leg) => !seen.has(leg.carrierName) && seen.add(leg.carrierName)).map(carrierOf);
}

function railRegime(kind: DocumentKind): 'cim' | 'smgs' | 'cim_smgs' {
  return kind === 'cim_note' ? 'cim' : kind === 'smgs_note' ? 'smgs' : 'cim_smgs';
}

function consignorDeclarations(input: DocumentFieldsInput): string | null {
  const lines: string[] = [];
  const dangerous = dangerousGoods(input.cargo);
  if (dangerous) lines.push(`Dangerous goods ${dangerous.unNumber}, class ${dangerous.hazardClass}.`);
  if (input.cargo.kind === 'reefer' && input.cargo.temperatureC !== null) {
    lines.push(`Keep at ${input.cargo.temperatureC} °C.`);
  }
  if (input.instructions) lines.push(input.instructions);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** The countries a leg passes, in order, each once. */
function itineraryCountries(input: DocumentFieldsInput): string[] {
  const countries: string[] = [];
  for (const nodeId of input.leg.viaNodeIds) {
    const country = input.nodes.get(nodeId)?.countryCode;
    if (country && countries[countries.length - 1] !== country) countries.push(country);
  }
  return countries;
}

/** The fields a document of the given kind carries for one leg, derived from the shipment. */
export function buildDocumentFields(input: DocumentFieldsInput): Record<string, unknown> {
  const { kind, leg, nodes, parties, cargo, goods } = input;
  const common = {
    goods: goodsFields(goods),
    packagesTotal: packagesTotal(goods),
    dangerousGoods: dangerousGoods(cargo),
    shipmentReference: input.shipmentReference,
  };
  const temperatureC = cargo.kind === 'reefer' ? cargo.temperatureC : null;
  switch (kind) {
    case 'cim_note':
    case 'smgs_note':
    case 'cim_smgs_note':
      return {
        ...common,
        regime: railRegime(kind),
        consignor: partyField(parties.shipper),
        consignee: partyField(parties.consignee),
        stationOfDeparture: placeField(nodes, leg.fromNodeId),
        stationOfDestination: placeField(nodes, leg.toNodeId),
        borderStations: leg.borderCrossings.map((crossing) => ({
          station: placeField(nodes, crossing.nodeId),
          pairStation: crossing.pairNodeId ? placeField(nodes, crossing.pairNodeId) : null,
          gaugeChange: crossing.gaugeChange,
        })),
        transferStations: leg.borderCrossings
          .filter((crossing) => crossing.gaugeChange)
          .map((crossing) => placeField(nodes, crossing.pairNodeId ?? crossing.nodeId)),
        route: leg.viaNodeIds.map((nodeId) => placeField(nodes, nodeId)),
        grossMassKg: grossMassKg(input),
        containers: [...input.containers],
        temperatureC,
        carrier: carrierOf(leg),
        successiveCarriers: successiveCarriers(input),
        consignorDeclarations: consignorDeclarations(input),
        chargesPaidBy: null,
        customsRemarks: null,
      };
    case 'ecmr':
      return {
        ...common,
        sender: partyField(parties.shipper),
        consignee: partyField(parties.consignee),
        placeOfTakingOver: placeField(nodes, leg.fromNodeId),
        dateOfTakingOver: leg.plannedDeparture,
        placeOfDelivery: placeField(nodes, leg.toNodeId),
        carrier: carrierOf(leg),
        successiveCarriers: successiveCarriers(input),
        marksAndNumbers: input.marks,
        grossWeightKg: grossMassKg(input),
        containers: [...input.containers],
        temperatureC,
        vehicle: { tractorPlate: null, trailerPlate: null },
        senderInstructions: consignorDeclarations(input),
      };
    case 'etir':
      return {
        ...common,
        guaranteeReference: null,
        holder: partyField(parties.forwarder ?? parties.shipper),
        consignee: partyField(parties.consignee),
        customsOfficeOfDeparture: placeField(nodes, leg.fromNodeId),
        customsOfficeOfDestination: placeField(nodes, leg.toNodeId),
        customsOfficesEnRoute: leg.borderCrossings.flatMap((crossing) =>
          crossing.pairNodeId
            ? [placeField(nodes, crossing.nodeId), placeField(nodes, crossing.pairNodeId)]
            : [placeField(nodes, crossing.nodeId)],
        ),
        itineraryCountries: itineraryCountries(input),
        grossWeightKg: grossMassKg(input),
        containers: [...input.containers],
        seals: [],
      };
    case 'sea_waybill':
      return {
        ...common,
        shipper: partyField(parties.shipper),
        consignee: partyField(parties.consignee),
        notifyParty: parties.notifyParty ? partyField(parties.notifyParty) : null,
        carrier: carrierOf(leg),
        vessel: null,
        voyage: null,
        portOfLoading: placeField(nodes, leg.fromNodeId),
        portOfDischarge: placeField(nodes, leg.toNodeId),
        containers: [...input.containers],
        grossWeightKg: grossMassKg(input),
        temperatureC,
        negotiable: false,
      };
    case 'air_waybill':
      return {
        ...common,
        shipper: partyField(parties.shipper),
        consignee: partyField(parties.consignee),
        carrier: carrierOf(leg),
        flight: null,
        airportOfDeparture: placeField(nodes, leg.fromNodeId),
        airportOfDestination: placeField(nodes, leg.toNodeId),
        grossWeightKg: grossMassKg(input),
        handlingInformation: consignorDeclarations(input),
        negotiable: false,
      };
  }
}

/** Short code of a kind in document numbers. */
const kindCodes: Record<DocumentKind, string> = {
  cim_note: 'CIM',
  smgs_note: 'SMGS',
  cim_smgs_note: 'CIMSMGS',
  ecmr: 'ECMR',
  etir: 'ETIR',
  sea_waybill: 'SWB',
  air_waybill: 'AWB',
};

/** Document number: shipment reference, leg, kind and version, e.g. `SCO-2026-000042-L2-SMGS-1`. */
export function documentNumber(options: {
  shipmentReference: string;
  legSequence: number;
  kind: DocumentKind;
  version: number;
}): string {
  return `${options.shipmentReference}-L${options.legSequence}-${kindCodes[options.kind]}-${options.version}`;
}
