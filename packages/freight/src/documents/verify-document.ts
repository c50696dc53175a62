import { asc, eq } from 'drizzle-orm';
import { canonicalJson } from '../../../core/src/audit/canonical-json.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { documentSignatures, documents, shipmentLegs, shipments, signingKeys } from '../tables.ts';
import type { DocumentStatus, SignerCapacity } from '../vocabulary.ts';
import type { DocumentVerification } from './contracts.ts';
import { verifyPayloadSignature } from './ed25519.ts';
import { parseSignedPayload, payloadDigestOf } from './signed-payload.ts';

/**
 * Checks a document end to end: the stored digest is the SHA-256 of the stored payload, the payload still says what
 * the document row says (number, kind, version, shipment, leg, fields), and every signature verifies with its key.
 * No access check: the caller has checked that the reader may see the shipment (or holds an authority link).
 */
export async function verifyDocument(options: { db: Db; documentId: string }): Promise<DocumentVerification> {
  const [row] = await options.db
    .select({ document: documents, reference: shipments.reference, legSequence: shipmentLegs.sequence })
    .from(documents)
    .innerJoin(shipments, eq(shipments.id, documents.shipmentId))
    .innerJoin(shipmentLegs, eq(shipmentLegs.id, documents.legId))
    .where(eq(documents.id, options.documentId));
  if (!row) throw new DomainError('not_found', `No document ${options.documentId}.`);
  const { document } = row;

  const signatureRows = await options.db
    .select({ signature: documentSignatures, key: signingKeys })
    .from(documentSignatures)
    .innerJoin(signingKeys, eq(signingKeys.id, documentSignatures.keyId))
    .where(eq(documentSignatures.documentId, document.id))
    .orderBy(asc(documentSignatures.signedAt));

  const payload = document.signedPayload;
  const signatures = signatureRows.map(({ signature, key }) => ({
    signatureId: signature.id,
    signerName: signature.signerName,
    capacity: signature.capacity as SignerCapacity,
    keyId: key.id,
    keyCreatedAt: key.createdAt.toISOString(),
    algorithm: signature.algorithm,
    signedAt: signature.signedAt.toISOString(),
    valid:
      payload !== null &&
      signature.algorithm === 'Ed25519' &&
      verifyPayloadSignature({ payload, signature: signature.signature, publicKeyPem: key.publicKey }),
  }));

  const computedDigest = payload === null ? null : payloadDigestOf(payload);
  const content = payload === null ? null : parseSignedPayload(payload);
  const payloadMatchesDocument =
    content !== null &&
    content.number === document.number &&
    content.kind === document.kind &&
    content.version === document.version &&
    content.shipmentReference === row.reference &&
    content.leg === row.legSequence &&
    canonicalJson(content.fields) === canonicalJson(document.fields);

  const problem =
    payload === null || signatures.length === 0
      ? 'The document has not been signed.'
      : computedDigest !== document.payloadDigest
        ? 'The stored digest is not the SHA-256 of the signed payload.'
        : !payloadMatchesDocument
          ? 'The signed payload no longer matches the document as stored.'
          : signatures.some((signature) => !signature.valid)
            ? 'A signature does not verify against the signed payload.'
            : null;

  return {
    documentId: document.id,
    number: document.number,
    status: document.status as DocumentStatus,
    valid: problem === null,
    digest: document.payloadDigest,
    computedDigest,
    payloadMatchesDocument,
    signatures,
    problem,
  };
}
