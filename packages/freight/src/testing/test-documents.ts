import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { generateSigningKeyPair, signPayload } from '../documents/ed25519.ts';
import { buildSignedPayload, payloadDigestOf } from '../documents/signed-payload.ts';
import { documentSignatures, documents, signingKeys } from '../tables.ts';
import type { DocumentKind, DocumentStatus, SignerCapacity } from '../vocabulary.ts';

/** The shipment a test document belongs to, e.g. one made by `insertTrackedShipment`. */
export interface DocumentShipment {
  id: string;
  reference: string;
  /** Leg ids by sequence: `legIds[0]` is leg 1. */
  legIds: readonly string[];
}

/**
 * A consignment note on a leg of a test shipment, written straight into the tables. With a signer it is signed as the
 * platform's signing does it (a fresh Ed25519 key of the signer, the canonical payload, its digest, one signature);
 * without one it is a draft.
 */
export async function insertTestDocument(options: {
  db: Db;
  shipment: DocumentShipment;
  legSequence?: number;
  createdBy: string;
  signer?: { userId: string; name: string; capacity: SignerCapacity } | null;
  kind?: DocumentKind;
  version?: number;
  status?: DocumentStatus;
  fields?: Record<string, unknown>;
  /** The version this one replaces; it is marked superseded, as superseding does. */
  supersedesId?: string | null;
}): Promise<{ id: string; number: string }> {
  const { db, shipment, createdBy } = options;
  const legSequence = options.legSequence ?? 1;
  const legId = shipment.legIds[legSequence - 1];
  if (!legId) throw new Error(`insertTestDocument: the shipment has no leg ${legSequence}`);
  const kind = options.kind ?? 'smgs_note';
  const version = options.version ?? 1;
  const signer = options.signer ?? null;
  const status = options.status ?? (signer ? 'signed' : 'draft');
  const fields = options.fields ?? { consignor: 'Fixture Shipper Co.', stationOfDeparture: 'Origin', wagons: 2 };
  const number = `${shipment.reference}-L${legSequence}-${kind.toUpperCase()}-${version}`;
  const issuedAt = new Date('2026-03-01T10:00:00Z');
  const payload = signer
    ? buildSignedPayload({
        number,
        kind,
        version,
        shipmentReference: shipment.reference,
        leg: legSequence,
        fields,
        issuedAt: issuedAt.toISOString(),
      })
    : null;
  const [document] = await db
    .insert(documents)
    .values({
      shipmentId: shipment.id,
      legId,
      kind,
      number,
      version,
      status,
      fields,
      supersedesId: options.supersedesId ?? null,
      signedPayload: payload,
      payloadDigest: payload ? payloadDigestOf(payload) : null,
      createdBy,
    })
    .returning({ id: documents.id });
  if (!document) throw new Error('insertTestDocument: no document row');
  if (options.supersedesId) {
    await db
      .update(documents)
      .set({ status: 'superseded', supersededById: document.id })
      .where(eq(documents.id, options.supersedesId));
  }
  if (signer && payload) {
    const keyPair = generateSigningKeyPair();
    const [key] = await db
      .insert(signingKeys)
      .values({ userId: signer.userId, publicKey: keyPair.publicKeyPem, privateKey: keyPair.privateKeyPem })
      .returning({ id: signingKeys.id });
    if (!key) throw new Error('insertTestDocument: no key row');
    await db.insert(documentSignatures).values({
      documentId: document.id,
      signerUserId: signer.userId,
      signerName: signer.name,
      capacity: signer.capacity,
      keyId: key.id,
      signature: signPayload({ payload, privateKeyPem: keyPair.privateKeyPem }),
      signedAt: issuedAt,
    });
  }
  return { id: document.id, number };
}
