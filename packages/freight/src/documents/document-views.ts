import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { documentSignatures, signingKeys } from '../tables.ts';
import type { DocumentKind, SignerCapacity } from '../vocabulary.ts';
import type { DocumentDetail } from './contracts.ts';
import { loadDocumentForActor } from './document-commands.ts';
import { loadDocumentHistory } from './document-reads.ts';
import { decideSigning, editableFields } from './document-rules.ts';
import { verifyPayloadSignature } from './ed25519.ts';
import { payloadDigestOf } from './signed-payload.ts';

/** A document with its fields, history and what the viewer may do; not_found unless the viewer may read its shipment. */
export async function getDocumentDetail(options: {
  db: Db;
  actor: Actor;
  documentId: string;
}): Promise<DocumentDetail> {
  const { db, actor } = options;
  const loaded = await loadDocumentForActor({ db, actor, documentId: options.documentId });
  const { row, summary } = loaded;
  const kind = row.kind as DocumentKind;
  const history = await loadDocumentHistory({ db, legId: row.legId, kind });
  const signAs = (['consignor', 'carrier'] as const).filter(
    (capacity) =>
      decideSigning({
        kind,
        number: row.number,
        status: summary.status,
        capacity,
        signedCapacities: summary.signatures.map((signature) => signature.capacity),
        isBookingParty: loaded.isBookingParty,
        isLegCarrier: loaded.isLegCarrier,
      }).allowed,
  );
  const newest = history[history.length - 1];
  const editFields = editableFields({
    kind,
    status: summary.status,
    isBookingParty: loaded.isBookingParty,
    isLegCarrier: loaded.isLegCarrier,
  });
  return {
    ...summary,
    shipmentReference: loaded.shipment.reference,
    fields: row.fields,
    history,
    can: {
      edit: editFields.length > 0,
      editFields,
      signAs,
      supersede: loaded.isBookingParty && summary.status === 'signed' && newest?.id === row.id,
    },
  };
}

/** The exact signed bytes and every signature with its public key, to verify without the platform. */
export async function getSignedBundle(options: { db: Db; actor: Actor; documentId: string }) {
  const loaded = await loadDocumentForActor(options);
  const { row } = loaded;
  if (row.signedPayload === null || row.payloadDigest === null) {
    throw new DomainError('conflict', `${row.number} is a draft: there is nothing signed to download yet.`);
  }
  const signatures = await options.db
    .select({ signature: documentSignatures, publicKeyPem: signingKeys.publicKey })
    .from(documentSignatures)
    .innerJoin(signingKeys, eq(signingKeys.id, documentSignatures.keyId))
    .where(eq(documentSignatures.documentId, row.id))
    .orderBy(asc(documentSignatures.signedAt));
  return {
    documentId: row.id,
    number: row.number,
    algorithm: 'Ed25519' as const,
    payload: row.signedPayload,
    payloadDigest: row.payloadDigest,
    signatures: signatures.map(({ signature, publicKeyPem }) => ({
      signerName: signature.signerName,
      capacity: signature.capacity as SignerCapacity,
      keyId: signature.keyId,
      publicKeyPem,
      signature: signature.signature,
      signedAt: signature.signedAt.toISOString(),
    })),
  };
}

async function loadPublicKey(db: Db, keyId: string) {
  const [key] = await db
    .select({
      id: signingKeys.id,
      publicKeyPem: signingKeys.publicKey,
      ownerName: users.displayName,
      createdAt: signingKeys.createdAt,
      retiredAt: signingKeys.retiredAt,
    })
    .from(signingKeys)
    .leftJoin(users, eq(users.id, signingKeys.userId))
    .where(eq(signingKeys.id, keyId));
  if (!key) throw new DomainError('not_found', `No signing key ${keyId}.`);
  return key;
}

/** A published signing key (public half only), for anyone to verify signatures with. */
export async function getPublicKey(options: { db: Db; keyId: string }) {
  const key = await loadPublicKey(options.db, options.keyId);
  return {
    id: key.id,
    algorithm: 'Ed25519' as const,
    publicKeyPem: key.publicKeyPem,
    ownerName: key.ownerName,
    createdAt: key.createdAt.toISOString(),
    retiredAt: key.retiredAt?.toISOString() ?? null,
  };
}

/** Checks a payload and base64 signature against a key the platform published; anyone may ask. */
export async function verifySignature(options: { db: Db; payload: string; signature: string; keyId: string }) {
  const key = await loadPublicKey(options.db, options.keyId);
  return {
    valid: verifyPayloadSignature({
      payload: options.payload,
      signature: options.signature,
      publicKeyPem: key.publicKeyPem,
    }),
    keyId: key.id,
    signerName: key.ownerName,
    keyCreatedAt: key.createdAt.toISOString(),
    keyRetiredAt: key.retiredAt?.toISOString() ?? null,
    payloadDigest: payloadDigestOf(options.payload),
  };
}
