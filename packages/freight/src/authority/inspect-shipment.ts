import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { DocumentVerification } from '../documents/contracts.ts';
import { listShipmentDocuments, loadDocument, loadDocumentHistory } from '../documents/document-reads.ts';
import { verifyDocument } from '../documents/verify-document.ts';
import { nodeSummaries } from '../network/network-reads.ts';
import type { ShipmentDetail } from '../shipments/contracts.ts';
import { getShipmentSummary } from '../shipments/shipment-reads.ts';
import { authorityAccesses, authorityLinks, shipments } from '../tables.ts';
import type { AuthorityAccessKind } from '../vocabulary.ts';
import {
  authorityLinkState,
  clientHashOf,
  hashAuthorityToken,
  loggedUserAgent,
  looksLikeAuthorityToken,
} from './authority-token.ts';
import type { InspectedDocument, InspectedShipment, Inspection } from './contracts.ts';

/**
 * The secret client hashes are keyed with: SCO_VIEW_KEY_SECRET, the one the investment module keys its anonymous
 * view counts with, so an installation configures one secret for both. Without it a random one per process is used:
 * hashes then stay comparable only until the server restarts, and no two installations share them.
 */
const clientHashSecret = process.env.SCO_VIEW_KEY_SECRET ?? randomBytes(32).toString('hex');

/** Where a request comes from, as the access log records it. */
export interface InspectingClient {
  address: string;
  userAgent: string | undefined;
}

interface InspectOptions {
  db: Db;
  token: string;
  client: InspectingClient;
  now?: Date;
}

type OpenedLink = typeof authorityLinks.$inferSelect;

/**
 * The link a token opens, if it is active. Unknown, malformed, expired and revoked tokens all get the same answer,
 * so that nobody can learn whether a token ever existed.
 */
async function openAuthorityLink(options: { db: Db; token: string; now: Date }): Promise<OpenedLink> {
  const refused = new DomainError('not_found', 'This link opens nothing: it is unknown, has expired or was revoked.');
  if (!looksLikeAuthorityToken(options.token)) throw refused;
  const [link] = await options.db
    .select()
    .from(authorityLinks)
    .where(eq(authorityLinks.tokenHash, hashAuthorityToken(options.token)));
  if (!link || authorityLinkState({ link, now: options.now }) !== 'active') throw refused;
  return link;
}

/**
 * Logs one access through a link. The access log is the record of these reads, so they leave no audit entry
 * (one per page view would flood the audit log); the link's creation and revocation are audited.
 */
async function recordAuthorityAccess(options: {
  db: Db;
  link: OpenedLink;
  kind: AuthorityAccessKind;
  documentId: string | null;
  client: InspectingClient;
  now: Date;
}): Promise<void> {
  const { db, link, kind, documentId, client, now } = options;
  await db.insert(authorityAccesses).values({
    linkId: link.id,
    shipmentId: link.shipmentId,
    kind,
    documentId,
    accessedAt: now,
    clientHash: clientHashOf({ address: client.address, secret: clientHashSecret }),
    userAgent: loggedUserAgent(client.userAgent),
  });
}

/** Drafts are the booking party's work in progress: an authority sees only documents that were issued (signed). */
const isIssued = (document: { status: string }) => document.status !== 'draft';

/** The shipment presented for authorities: what its documents say, with the border points of each leg named. */
async function presentInspectedShipment(db: Db, shipment: ShipmentDetail): Promise<InspectedShipment> {
  const viaIds = [...new Set(shipment.legs.flatMap((leg) => [...leg.viaNodeIds, leg.to.id]))];
  const nodes = await nodeSummaries({ db, ids: viaIds });
  return {
    reference: shipment.reference,
    status: shipment.status,
    demo: shipment.demo,
    origin: shipment.origin,
    destination: shipment.destination,
    parties: shipment.parties,
    cargo: shipment.cargo,
    goods: shipment.goods,
    containers: shipment.containers,
    plannedDeparture: shipment.plannedDeparture,
    plannedArrival: shipment.plannedArrival,
    estimatedArrival: shipment.estimatedArrival,
    legs: shipment.legs.map((leg) => {
      const passed = leg.viaNodeIds.filter((id) => id !== leg.from.id);
      const borderPoints = [...new Set(passed)].flatMap((id) => {
        const node = nodes.get(id);
        return node && node.kind === 'border' ? [{ id: node.id, name: node.name, countryCode: node.countryCode }] : [];
      });
      return {
        id: leg.id,
        sequence: leg.sequence,
        mode: leg.mode,
        from: leg.from,
        to: leg.to,
        distanceKm: leg.distanceKm,
        gauge: leg.gauge,
        regimes: leg.regimes,
        carrierName: leg.carrier.name,
        status: leg.status,
        plannedDeparture: leg.plannedDeparture,
        plannedArrival: leg.plannedArrival,
        borderPoints,
      };
    }),
    route: {
      gaugeChanges: shipment.route.gaugeChanges,
      countries: shipment.route.countries,
      regimes: shipment.route.regimes,
    },
  };
}

/** Opens a shipment through an authority link: its summary and its issued documents. Logged as `shipment`. */
export async function inspectShipment(options: InspectOptions): Promise<Inspection> {
  const { db, token, client } = options;
  const now = options.now ?? new Date();
  const link = await openAuthorityLink({ db, token, now });
  const shipment = await getShipmentSummary({ db, id: link.shipmentId });
  const documents = (await listShipmentDocuments({ db, shipmentId: link.shipmentId })).filter(isIssued);
  const inspection = {
    link: { label: link.label, expiresAt: link.expiresAt.toISOString() },
    shipment: await presentInspectedShipment(db, shipment),
    documents,
  };
  await recordAuthorityAccess({ db, link, kind: 'shipment', documentId: null, client, now });
  return inspection;
}

/** An issued document of the link's shipment; not_found for drafts and other shipments' documents. */
async function loadInspectedDocument(db: Db, link: OpenedLink, documentId: string) {
  const notHere = new DomainError('not_found', `No issued document ${documentId} on this shipment.`);
  const document = await loadDocument({ db, documentId }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === 'not_found') throw notHere;
    throw error;
  });
  if (document.row.shipmentId !== link.shipmentId || !isIssued(document.row)) throw notHere;
  return document;
}

/** Opens one document through an authority link, with its fields and versions. Logged as `document`. */
export async function inspectDocument(options: InspectOptions & { documentId: string }): Promise<InspectedDocument> {
  const { db, token, client, documentId } = options;
  const now = options.now ?? new Date();
  const link = await openAuthorityLink({ db, token, now });
  const document = await loadInspectedDocument(db, link, documentId);
  const history = await loadDocumentHistory({ db, legId: document.row.legId, kind: document.row.kind });
  const [shipment] = await db
    .select({ reference: shipments.reference })
    .from(shipments)
    .where(eq(shipments.id, link.shipmentId));
  if (!shipment)
    throw new DomainError('not_found', 'This link opens nothing: it is unknown, has expired or was revoked.');
  const inspected: InspectedDocument = {
    ...document.summary,
    shipmentReference: shipment.reference,
    fields: document.row.fields,
    history: history.filter(isIssued),
  };
  await recordAuthorityAccess({ db, link, kind: 'document', documentId, client, now });
  return inspected;
}

/** Verifies one document's signatures through an authority link. Logged as `verification`. */
export async function inspectDocumentVerification(
  options: InspectOptions & { documentId: string },
): Promise<DocumentVerification> {
  const { db, token, client, documentId } = options;
  const now = options.now ?? new Date();
  const link = await openAuthorityLink({ db, token, now });
  await loadInspectedDocument(db, link, documentId);
  const verification = await verifyDocument({ db, documentId });
  await recordAuthorityAccess({ db, link, kind: 'verification', documentId, client, now });
  return verification;
}
