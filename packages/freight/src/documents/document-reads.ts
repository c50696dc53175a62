import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { documentSignatures, documents, shipmentLegs } from '../tables.ts';
import type { DocumentKind, DocumentStatus, SignerCapacity } from '../vocabulary.ts';
import type { DocumentSummary } from './contracts.ts';

type DocumentRow = typeof documents.$inferSelect;

async function signaturesByDocument(db: Db, documentIds: string[]) {
  const byDocument = new Map<string, DocumentSummary['signatures']>();
  // An empty id list would produce invalid SQL.
  if (documentIds.length === 0) return byDocument;
  const rows = await db
    .select()
    .from(documentSignatures)
    .where(inArray(documentSignatures.documentId, documentIds))
    .orderBy(asc(documentSignatures.signedAt));
  for (const row of rows) {
    const list = byDocument.get(row.documentId) ?? [];
    list.push({
      id: row.id,
      signerName: row.signerName,
      capacity: row.capacity as SignerCapacity,
      keyId: row.keyId,
      algorithm: row.algorithm,
      signedAt: row.signedAt.toISOString(),
    });
    byDocument.set(row.documentId, list);
  }
  return byDocument;
}

function presentSummary(
  row: DocumentRow,
  legSequence: number,
  signatures: DocumentSummary['signatures'],
): DocumentSummary {
  return {
    id: row.id,
    shipmentId: row.shipmentId,
    legId: row.legId,
    legSequence,
    kind: row.kind as DocumentKind,
    number: row.number,
    version: row.version,
    status: row.status as DocumentStatus,
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
    payloadDigest: row.payloadDigest,
    createdAt: row.createdAt.toISOString(),
    signatures,
  };
}

/**
 * Every document of a shipment, every version included, ordered by leg, kind and version — as the API presents them.
 * No access check: the caller has checked that the reader may see the shipment (or holds an authority link).
 */
export async function listShipmentDocuments(options: { db: Db; shipmentId: string }): Promise<DocumentSummary[]> {
  const rows = await options.db
    .select({ document: documents, legSequence: shipmentLegs.sequence })
    .from(documents)
    .innerJoin(shipmentLegs, eq(shipmentLegs.id, documents.legId))
    .where(eq(documents.shipmentId, options.shipmentId))
    .orderBy(asc(shipmentLegs.sequence), asc(documents.kind), asc(documents.version));
  const signatures = await signaturesByDocument(
    options.db,
    rows.map((row) => row.document.id),
  );
  return rows.map((row) => presentSummary(row.document, row.legSequence, signatures.get(row.document.id) ?? []));
}

/** One document row with its leg's sequence and its presented summary; not_found when it does not exist. */
export async function loadDocument(options: { db: Db; documentId: string }) {
  const [row] = await options.db
    .select({ document: documents, legSequence: shipmentLegs.sequence })
    .from(documents)
    .innerJoin(shipmentLegs, eq(shipmentLegs.id, documents.legId))
    .where(eq(documents.id, options.documentId));
  if (!row) throw new DomainError('not_found', `No document ${options.documentId}.`);
  const signatures = await signaturesByDocument(options.db, [row.document.id]);
  return {
    row: row.document,
    summary: presentSummary(row.document, row.legSequence, signatures.get(row.document.id) ?? []),
  };
}

/** Every version of the document's kind on the same leg, oldest first. */
export async function loadDocumentHistory(options: { db: Db; legId: string; kind: string }) {
  const rows = await options.db
    .select({ id: documents.id, number: documents.number, version: documents.version, status: documents.status })
    .from(documents)
    .where(and(eq(documents.legId, options.legId), eq(documents.kind, options.kind)))
    .orderBy(asc(documents.version));
  return rows.map((row) => ({ ...row, status: row.status as DocumentStatus }));
}
