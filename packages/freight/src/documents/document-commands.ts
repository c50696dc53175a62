import { and, eq, isNull } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { loadReadableShipment } from '../shipments/shipment-access.ts';
import { documentSignatures, documents, shipmentLegs, signingKeys } from '../tables.ts';
import type { DocumentKind, DocumentStatus, SignerCapacity } from '../vocabulary.ts';
import { documentNumber } from './document-fields.ts';
import { loadDocument } from './document-reads.ts';
import { applyFieldEdit, decideSigning } from './document-rules.ts';
import { generateSigningKeyPair, signPayload } from './ed25519.ts';
import { buildSignedPayload, payloadDigestOf } from './signed-payload.ts';

/** The document and its shipment as the actor may see them, and the actor's standing towards it. */
export async function loadDocumentForActor(options: { db: Db; actor: Actor; documentId: string }) {
  const { db, actor } = options;
  const { row, summary } = await loadDocument({ db, documentId: options.documentId });
  // A document of a shipment the actor may not read is "not found", like the shipment itself.
  const shipment = await loadReadableShipment({ db, actor, id: row.shipmentId }).catch(() => {
    throw new DomainError('not_found', `No document ${options.documentId} you may see.`);
  });
  const [leg] = await db
    .select({ carrierUserId: shipmentLegs.carrierUserId })
    .from(shipmentLegs)
    .where(eq(shipmentLegs.id, row.legId));
  return {
    row,
    summary,
    shipment,
    isBookingParty: actor.userId !== null && shipment.bookedBy === actor.userId,
    isLegCarrier: actor.userId !== null && leg?.carrierUserId === actor.userId,
  };
}

function refuse(decision: {
  code: 'forbidden' | 'conflict' | 'validation_failed';
  message: string;
  errors?: unknown;
}): never {
  throw new DomainError(decision.code, decision.message, decision.errors ? { errors: decision.errors } : undefined);
}

/** Edits a draft's fields (booking party: the document's content; leg carrier: its vehicle, vessel or flight). */
export async function editDocumentFields(options: {
  db: Db;
  actor: Actor;
  documentId: string;
  changes: Record<string, unknown>;
}) {
  const { db, actor } = options;
  const loaded = await loadDocumentForActor({ db, actor, documentId: options.documentId });
  const decision = applyFieldEdit({
    kind: loaded.row.kind as DocumentKind,
    number: loaded.row.number,
    status: loaded.row.status as DocumentStatus,
    current: loaded.row.fields,
    changes: options.changes,
    isBookingParty: loaded.isBookingParty,
    isLegCarrier: loaded.isLegCarrier,
  });
  if (!decision.allowed) refuse(decision);
  await db.transaction(async (tx) => {
    // The status condition keeps a concurrent signature from being overtaken by a late edit.
    const updated = await tx
      .update(documents)
      .set({ fields: decision.fields })
      .where(and(eq(documents.id, loaded.row.id), eq(documents.status, 'draft')))
      .returning({ id: documents.id });
    if (updated.length === 0) {
      throw new DomainError(
        'conflict',
        `${loaded.row.number} was signed meanwhile: a signed document cannot be edited.`,
        {
          reason: 'document_signed',
        },
      );
    }
    await appendAuditEntry(tx, {
      actor,
      action: 'document.edit',
      entityType: 'freight_document',
      entityId: loaded.row.id,
      before: Object.fromEntries(Object.keys(options.changes).map((key) => [key, loaded.row.fields[key] ?? null])),
      after: options.changes,
    });
  });
}

/** The signer's active key, created on the first signature. */
async function activeSigningKey(tx: Db, userId: string) {
  const [existing] = await tx
    .select()
    .from(signingKeys)
    .where(and(eq(signingKeys.userId, userId), isNull(signingKeys.retiredAt)));
  if (existing) return existing;
  const pair = generateSigningKeyPair();
  const [created] = await tx
    .insert(signingKeys)
    .values({ userId, publicKey: pair.publicKeyPem, privateKey: pair.privateKeyPem })
    .returning();
  if (!created) throw new Error('The signing key insert returned no row.');
  return created;
}

/**
 * Signs a document in a capacity. The issuing signature fixes the payload (canonical JSON of number, kind, version,
 * shipment reference, leg, fields and the moment of issue) and makes the document immutable; when the document
 * supersedes an earlier version, that version is marked superseded now — until then it stays the one in force.
 * A carrier's acceptance signs the same payload.
 */
export async function signDocument(options: { db: Db; actor: Actor; documentId: string; capacity: SignerCapacity }) {
  const { db, actor, capacity } = options;
  const loaded = await loadDocumentForActor({ db, actor, documentId: options.documentId });
  const { row } = loaded;
  const decision = decideSigning({
    kind: row.kind as DocumentKind,
    number: row.number,
    status: row.status as DocumentStatus,
    capacity,
    signedCapacities: loaded.summary.signatures.map((signature) => signature.capacity),
    isBookingParty: loaded.isBookingParty,
    isLegCarrier: loaded.isLegCarrier,
  });
  if (!decision.allowed) refuse(decision);
  const signerId = actor.userId as string;

  await db.transaction(async (tx) => {
    const [signer] = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, signerId));
    const key = await activeSigningKey(tx, signerId);
    let payload = row.signedPayload;
    if (decision.issues) {
      payload = buildSignedPayload({
        number: row.number,
        kind: row.kind,
        version: row.version,
        shipmentReference: loaded.shipment.reference,
        leg: loaded.summary.legSequence,
        fields: row.fields,
        issuedAt: new Date().toISOString(),
      });
      const issued = await tx
        .update(documents)
        .set({ status: 'signed', signedPayload: payload, payloadDigest: payloadDigestOf(payload) })
        .where(and(eq(documents.id, row.id), eq(documents.status, 'draft')))
        .returning({ id: documents.id });
      if (issued.length === 0) throw new DomainError('conflict', `${row.number} was signed meanwhile.`);
      if (row.supersedesId) {
        await tx
          .update(documents)
          .set({ status: 'superseded', supersededById: row.id })
          .where(eq(documents.id, row.supersedesId));
      }
    }
    if (payload === null) throw new DomainError('conflict', `${row.number} has no signed payload to accept.`);
    const signature = signPayload({ payload, privateKeyPem: key.privateKey });
    const inserted = await tx
      .insert(documentSignatures)
      .values({
        documentId: row.id,
        signerUserId: signerId,
        signerName: signer?.name ?? actor.label,
        capacity,
        keyId: key.id,
        signature,
      })
      .onConflictDoNothing()
      .returning({ id: documentSignatures.id });
    if (inserted.length === 0)
      throw new DomainError('conflict', `${row.number} already carries the ${capacity}'s signature.`);
    await appendAuditEntry(tx, {
      actor,
      action: 'document.sign',
      entityType: 'freight_document',
      entityId: row.id,
      after: {
        number: row.number,
        capacity,
        keyId: key.id,
        payloadDigest: payloadDigestOf(payload),
        supersedes: decision.issues ? row.supersedesId : null,
      },
    });
  });
}

/**
 * Starts a correction of a signed document: a new draft version with the same fields, pointing at the one it will
 * supersede. The signed version stays in force until the new one is signed. One pending correction at a time.
 */
export async function supersedeDocument(options: { db: Db; actor: Actor; documentId: string }) {
  const { db, actor } = options;
  const loaded = await loadDocumentForActor({ db, actor, documentId: options.documentId });
  const { row } = loaded;
  if (!loaded.isBookingParty) {
    throw new DomainError('forbidden', `Only the party that booked the shipment corrects ${row.number}.`);
  }
  if (row.status === 'draft') {
    throw new DomainError('conflict', `${row.number} is a draft: edit it instead of superseding it.`);
  }
  if (row.status === 'superseded') {
    throw new DomainError('conflict', `${row.number} is already superseded; correct its newest version.`);
  }
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .select({ id: documents.id, number: documents.number })
      .from(documents)
      .where(eq(documents.supersedesId, row.id));
    if (pending) {
      throw new DomainError('conflict', `${row.number} already has a correction in progress: ${pending.number}.`, {
        documentId: pending.id,
      });
    }
    const version = row.version + 1;
    const number = documentNumber({
      shipmentReference: loaded.shipment.reference,
      legSequence: loaded.summary.legSequence,
      kind: row.kind as DocumentKind,
      version,
    });
    const [created] = await tx
      .insert(documents)
      .values({
        shipmentId: row.shipmentId,
        legId: row.legId,
        kind: row.kind,
        number,
        version,
        fields: row.fields,
        supersedesId: row.id,
        createdBy: actor.userId as string,
      })
      .returning({ id: documents.id, number: documents.number });
    if (!created) throw new Error('The document insert returned no row.');
    await appendAuditEntry(tx, {
      actor,
      action: 'document.supersede',
      entityType: 'freight_document',
      entityId: created.id,
      after: { number, version, supersedes: row.number },
    });
    return created;
  });
}
