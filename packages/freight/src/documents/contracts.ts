import { z } from 'zod';
import { documentKinds, documentStatuses, signerCapacities } from '../vocabulary.ts';

/** One signature on a document, as shown to readers (the signature bytes are in the signed JSON download). */
export const documentSignatureSchema = z
  .object({
    id: z.uuid(),
    signerName: z.string(),
    capacity: z.enum(signerCapacities),
    keyId: z.uuid(),
    algorithm: z.string(),
    signedAt: z.iso.datetime(),
  })
  .meta({ id: 'FreightDocumentSignature' });

/** A document as listed on its shipment: no fields, enough to find, sign and follow it. */
export const documentSummarySchema = z
  .object({
    id: z.uuid(),
    shipmentId: z.uuid(),
    legId: z.uuid(),
    legSequence: z.number().int(),
    kind: z.enum(documentKinds),
    number: z.string(),
    version: z.number().int(),
    status: z.enum(documentStatuses),
    supersedesId: z.uuid().nullable(),
    supersededById: z.uuid().nullable(),
    payloadDigest: z.string().nullable(),
    createdAt: z.iso.datetime(),
    signatures: z.array(documentSignatureSchema),
  })
  .meta({ id: 'FreightDocumentSummary' });
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/** A document with the fields it carries, its shipment's reference and the versions before and after it. */
export const documentDetailSchema = documentSummarySchema
  .extend({
    shipmentReference: z.string(),
    fields: z.record(z.string(), z.unknown()),
    /** Every version of this document (same leg and kind), oldest first. */
    history: z.array(
      z.object({ id: z.uuid(), number: z.string(), version: z.number().int(), status: z.enum(documentStatuses) }),
    ),
    /** What the viewer may do now. */
    can: z.object({
      edit: z.boolean(),
      /** The fields the viewer may change while the document is a draft. */
      editFields: z.array(z.string()),
      signAs: z.array(z.enum(signerCapacities)),
      supersede: z.boolean(),
    }),
  })
  .meta({ id: 'FreightDocument' });
export type DocumentDetail = z.infer<typeof documentDetailSchema>;

/** The outcome of checking one signature of a document. */
export const signatureCheckSchema = z.object({
  signatureId: z.uuid(),
  signerName: z.string(),
  capacity: z.enum(signerCapacities),
  keyId: z.uuid(),
  keyCreatedAt: z.iso.datetime(),
  algorithm: z.string(),
  signedAt: z.iso.datetime(),
  valid: z.boolean(),
});

/** Whether a document's stored payload, digest and signatures hold together and match its fields. */
export const documentVerificationSchema = z
  .object({
    documentId: z.uuid(),
    number: z.string(),
    status: z.enum(documentStatuses),
    valid: z.boolean(),
    /** SHA-256 (hex) of the signed payload, as stored; null for an unsigned draft. */
    digest: z.string().nullable(),
    /** SHA-256 recomputed from the stored payload now. */
    computedDigest: z.string().nullable(),
    /** The stored payload still says what the document's current fields say. */
    payloadMatchesDocument: z.boolean(),
    signatures: z.array(signatureCheckSchema),
    /** Why the document does not verify, in plain words; null when valid. */
    problem: z.string().nullable(),
  })
  .meta({ id: 'FreightDocumentVerification' });
export type DocumentVerification = z.infer<typeof documentVerificationSchema>;

/** The offline-verifiable bundle: the exact signed bytes and each signature with its public key. */
export const signedDocumentBundleSchema = z
  .object({
    documentId: z.uuid(),
    number: z.string(),
    algorithm: z.literal('Ed25519'),
    /** The exact UTF-8 string signed (canonical JSON: keys sorted, no whitespace). */
    payload: z.string(),
    payloadDigest: z.string(),
    signatures: z.array(
      z.object({
        signerName: z.string(),
        capacity: z.enum(signerCapacities),
        keyId: z.uuid(),
        publicKeyPem: z.string(),
        signature: z.string(),
        signedAt: z.iso.datetime(),
      }),
    ),
  })
  .meta({ id: 'FreightSignedDocument' });

export const signatureVerifyInputSchema = z.object({
  payload: z.string().min(1, 'paste the signed payload').max(1_000_000),
  signature: z.string().trim().min(1, 'paste the signature (base64)').max(200),
  keyId: z.uuid('must be a key id (UUID)'),
});

export const signatureVerifyResultSchema = z
  .object({
    valid: z.boolean(),
    keyId: z.uuid(),
    signerName: z.string().nullable(),
    keyCreatedAt: z.iso.datetime(),
    keyRetiredAt: z.iso.datetime().nullable(),
    payloadDigest: z.string(),
  })
  .meta({ id: 'FreightSignatureVerification' });

export const publicKeySchema = z
  .object({
    id: z.uuid(),
    algorithm: z.literal('Ed25519'),
    publicKeyPem: z.string(),
    ownerName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    retiredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'FreightPublicKey' });

export const documentSignInputSchema = z.object({ capacity: z.enum(signerCapacities) });
