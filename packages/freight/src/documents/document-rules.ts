import type { DocumentKind, DocumentStatus, SignerCapacity } from '../vocabulary.ts';
import { carrierFieldKeys, documentFieldsSchemas, fixedFieldKeys } from './document-fields.ts';

/**
 * Who issues each kind: the consignor (the booking party, for the shipper) issues rail notes, the eCMR and the eTIR
 * declaration; the carrier issues the sea and air waybills.
 */
export function issuingCapacity(kind: DocumentKind): SignerCapacity {
  return kind === 'sea_waybill' || kind === 'air_waybill' ? 'carrier' : 'consignor';
}

/** Kinds on which the carrier adds its acceptance after the consignor has issued the note (CIM/SMGS, CMR). */
export function acceptsCarrierSignature(kind: DocumentKind): boolean {
  return kind === 'cim_note' || kind === 'smgs_note' || kind === 'cim_smgs_note' || kind === 'ecmr';
}

export type SigningDecision =
  | { allowed: true; issues: boolean }
  | { allowed: false; code: 'forbidden' | 'conflict' | 'validation_failed'; message: string };

/**
 * Whether a party may sign a document in a capacity now. `issues` is true for the issuing signature, which fixes
 * the payload and turns the draft into a signed document; a carrier's acceptance signs that same payload.
 */
export function decideSigning(options: {
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  capacity: SignerCapacity;
  signedCapacities: readonly SignerCapacity[];
  isBookingParty: boolean;
  isLegCarrier: boolean;
}): SigningDecision {
  const { kind, number, status, capacity } = options;
  const issuer = issuingCapacity(kind);
  if (capacity === 'consignor' && issuer !== 'consignor') {
    return {
      allowed: false,
      code: 'validation_failed',
      message: `capacity: a ${kind} is issued by its carrier, not signed by the consignor.`,
    };
  }
  if (capacity === 'carrier' && issuer !== 'carrier' && !acceptsCarrierSignature(kind)) {
    return { allowed: false, code: 'validation_failed', message: `capacity: a carrier does not sign a ${kind}.` };
  }
  if (capacity === 'consignor' && !options.isBookingParty) {
    return {
      allowed: false,
      code: 'forbidden',
      message: `Only the party that booked the shipment signs ${number} as consignor.`,
    };
  }
  if (capacity === 'carrier' && !options.isLegCarrier) {
    return { allowed: false, code: 'forbidden', message: `Only the carrier of this leg signs ${number} as carrier.` };
  }
  if (status === 'superseded') {
    return {
      allowed: false,
      code: 'conflict',
      message: `${number} has been superseded; sign its newest version instead.`,
    };
  }
  if (options.signedCapacities.includes(capacity)) {
    return { allowed: false, code: 'conflict', message: `${number} already carries the ${capacity}'s signature.` };
  }
  if (capacity === issuer) {
    if (status !== 'draft') return { allowed: false, code: 'conflict', message: `${number} is already issued.` };
    return { allowed: true, issues: true };
  }
  if (status === 'draft') {
    return {
      allowed: false,
      code: 'conflict',
      message: `${number} is a draft: the consignor signs it first, then the carrier accepts it.`,
    };
  }
  return { allowed: true, issues: false };
}

/** The fields a viewer may change on a draft: everything but the fixed ones for the booking party, its own for the carrier. */
export function editableFields(options: {
  kind: DocumentKind;
  status: DocumentStatus;
  isBookingParty: boolean;
  isLegCarrier: boolean;
}): string[] {
  if (options.status !== 'draft') return [];
  if (options.isBookingParty) {
    return Object.keys(documentFieldsSchemas[options.kind].shape).filter((key) => !fixedFieldKeys.includes(key));
  }
  return options.isLegCarrier ? [...carrierFieldKeys[options.kind]] : [];
}

export type FieldEditDecision =
  | { allowed: true; fields: Record<string, unknown> }
  | {
      allowed: false;
      code: 'forbidden' | 'conflict' | 'validation_failed';
      message: string;
      errors?: { path: string; message: string }[];
    };

/**
 * Applies an edit to a draft's fields. The booking party edits everything but the fields that identify the route
 * and carriers; the leg's carrier fills only its own fields (vehicle, vessel and voyage, flight). A signed or
 * superseded document is never edited.
 */
export function applyFieldEdit(options: {
  kind: DocumentKind;
  number: string;
  status: DocumentStatus;
  current: Record<string, unknown>;
  changes: Record<string, unknown>;
  isBookingParty: boolean;
  isLegCarrier: boolean;
}): FieldEditDecision {
  const { kind, number, changes } = options;
  const carrierKeys = carrierFieldKeys[kind];
  if (!options.isBookingParty && !(options.isLegCarrier && carrierKeys.length > 0)) {
    return { allowed: false, code: 'forbidden', message: `You may not edit ${number}.` };
  }
  if (options.status !== 'draft') {
    return {
      allowed: false,
      code: 'conflict',
      message: `${number} is ${options.status}: a signed document cannot be edited. Supersede it with a new version to correct it.`,
    };
  }
  const schema = documentFieldsSchemas[kind];
  const errors: { path: string; message: string }[] = [];
  for (const key of Object.keys(changes)) {
    if (!(key in schema.shape)) errors.push({ path: `fields.${key}`, message: `a ${kind} has no field ${key}` });
    else if (fixedFieldKeys.includes(key)) {
      errors.push({
        path: `fields.${key}`,
        message: 'fixed by the booking: the route and carriers are not edited on a document',
      });
    } else if (!options.isBookingParty && !carrierKeys.includes(key)) {
      errors.push({ path: `fields.${key}`, message: `the carrier fills only ${carrierKeys.join(', ')}` });
    }
  }
  if (errors.length > 0) {
    const forbidden = !options.isBookingParty && errors.every((error) => error.message.startsWith('the carrier fills'));
    return {
      allowed: false,
      code: forbidden ? 'forbidden' : 'validation_failed',
      message: errors.map((error) => `${error.path}: ${error.message}`).join('; '),
      errors,
    };
  }
  const parsed = schema.safeParse({ ...options.current, ...changes });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      path: ['fields', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
    return {
      allowed: false,
      code: 'validation_failed',
      message: issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '),
      errors: issues,
    };
  }
  return { allowed: true, fields: parsed.data as Record<string, unknown> };
}
