import { and, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { countries } from '../../../core/src/countries.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { users } from '../../../core/src/tables.ts';
import { buildDocumentFields, type DocumentLeg, documentNumber } from '../documents/document-fields.ts';
import { nodeSummaries } from '../network/network-reads.ts';
import { tonnesPerTeu } from '../planning/emission-factors.ts';
import { planForRequest } from '../planning/plan-request.ts';
import { documents, nodes, shipmentLegs, shipments } from '../tables.ts';
import {
  buildShipmentCargo,
  checkLegCarriers,
  checkPartyCountries,
  type FieldProblem,
  legSchedule,
  nextReferenceSequence,
  pickBookableRoute,
  shipmentReference,
} from './booking-rules.ts';
import type { BookingInput } from './contracts.ts';

/** Arbitrary constant: the advisory lock that serialises reference numbering so two bookings never share one. */
const referenceLockKey = 7_242_047;

function refuse(problems: FieldProblem[]): never {
  throw new DomainError(
    'validation_failed',
    problems.map((problem) => `${problem.path}: ${problem.message}`).join('; '),
    {
      errors: problems,
    },
  );
}

/** Active carrier accounts among the ids, and the names of all of them. */
async function carrierAccounts(db: Db, ids: readonly string[]) {
  // An empty id list would produce invalid SQL.
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(inArray(users.id, [...new Set(ids)]), eq(users.role, 'carrier'), eq(users.disabled, false)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The shipper account the shipment is followed by: the booking shipper itself, or the account named by e-mail. */
async function resolveShipperAccount(db: Db, actor: Actor, shipperEmail: string | null): Promise<string | null> {
  if (actor.role === 'shipper') {
    if (shipperEmail && shipperEmail !== actor.label.toLowerCase()) {
      refuse([
        {
          path: 'shipperEmail',
          message: 'a shipper books for itself: leave the shipper account empty or give your own',
        },
      ]);
    }
    return actor.userId;
  }
  if (!shipperEmail) return null;
  const [account] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, shipperEmail), eq(users.role, 'shipper'), eq(users.disabled, false)));
  if (!account) refuse([{ path: 'shipperEmail', message: `no active shipper account has the e-mail ${shipperEmail}` }]);
  return account.id;
}

/**
 * Books a planned route as a shipment. The route is planned again now and picked by its id, so what is booked is
 * what the network allows today. Creates the shipment, its legs with their schedule and carrier, and a draft of
 * each document the legs need, in one transaction with its audit entry.
 */
export async function bookShipment(options: { db: Db; actor: Actor; input: BookingInput }) {
  const { db, actor, input } = options;
  if (!actor.userId) throw new DomainError('unauthenticated', 'Sign in to book a shipment.');
  const bookedBy = actor.userId;

  const { routes } = await planForRequest({ db, request: input.plan });
  const picked = pickBookableRoute({ routes, routeId: input.routeId, from: input.plan.from, to: input.plan.to });
  if ('problem' in picked) throw new DomainError('conflict', picked.problem, { routeId: input.routeId });
  const { route } = picked;

  const nodeIds = [...new Set(route.legs.flatMap((leg) => leg.viaNodeIds))];
  const [names, carriers, networkCountries] = await Promise.all([
    nodeSummaries({ db, ids: nodeIds }),
    carrierAccounts(
      db,
      input.legCarriers.map((entry) => entry.carrierUserId),
    ),
    db.selectDistinct({ code: nodes.countryCode }).from(nodes),
  ]);
  const { cargo, problems: cargoProblems } = buildShipmentCargo({
    plan: input.plan,
    details: input.cargo,
    goods: input.goods,
    tonnesPerTeu: tonnesPerTeu.value,
  });
  const problems = [
    ...cargoProblems,
    ...checkPartyCountries({
      parties: input.parties,
      knownCountries: new Set([
        ...countries.map((country) => country.code),
        ...networkCountries.map((row) => row.code),
      ]),
    }),
    ...checkLegCarriers({
      legs: route.legs,
      legCarriers: input.legCarriers,
      carrierAccountIds: new Set(carriers.keys()),
    }),
  ];
  if (problems.length > 0) refuse(problems);
  const shipperUserId = await resolveShipperAccount(db, actor, input.shipperEmail);

  const departure = new Date(input.plannedDeparture);
  const plannedArrival = new Date(departure.getTime() + route.totals.hours * 3_600_000);
  const carrierOfLeg = (sequence: number) =>
    input.legCarriers.find((entry) => entry.sequence === sequence)?.carrierUserId as string;
  const documentLegs: DocumentLeg[] = route.legs.map((leg) => ({
    sequence: leg.sequence,
    mode: leg.mode,
    fromNodeId: leg.fromNodeId,
    toNodeId: leg.toNodeId,
    viaNodeIds: leg.viaNodeIds,
    regimes: leg.regimes,
    borderCrossings: leg.borderCrossings,
    carrierName: carriers.get(carrierOfLeg(leg.sequence)) ?? '',
    plannedDeparture: legSchedule({ departure, leg }).plannedDeparture.toISOString(),
  }));

  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${referenceLockKey})`);
    const year = new Date().getUTCFullYear();
    const [last] = await tx
      .select({ reference: shipments.reference })
      .from(shipments)
      .where(like(shipments.reference, `SCO-${year}-%`))
      .orderBy(desc(shipments.reference))
      .limit(1);
    const reference = shipmentReference({ year, sequence: nextReferenceSequence(last?.reference ?? null) });

    const [shipment] = await tx
      .insert(shipments)
      .values({
        reference,
        bookedBy,
        shipperUserId,
        parties: input.parties,
        cargo,
        goods: input.goods,
        containers: input.containers,
        originNodeId: input.plan.from,
        destinationNodeId: input.plan.to,
        plannedRoute: route as unknown as Record<string, unknown>,
        plannedDeparture: departure,
        plannedArrival,
        estimatedArrival: plannedArrival,
      })
      .returning();
    if (!shipment) throw new Error('The shipment insert returned no row.');

    const createdDocuments: { id: string; number: string }[] = [];
    for (const leg of route.legs) {
      const schedule = legSchedule({ departure, leg });
      const [legRow] = await tx
        .insert(shipmentLegs)
        .values({
          shipmentId: shipment.id,
          sequence: leg.sequence,
          mode: leg.mode,
          fromNodeId: leg.fromNodeId,
          toNodeId: leg.toNodeId,
          viaNodeIds: leg.viaNodeIds,
          distanceKm: leg.distanceKm,
          gauge: leg.gauge,
          regimes: leg.regimes,
          carrierUserId: carrierOfLeg(leg.sequence),
          plannedDeparture: schedule.plannedDeparture,
          plannedArrival: schedule.plannedArrival,
        })
        .returning({ id: shipmentLegs.id });
      if (!legRow) throw new Error('The leg insert returned no row.');
      const documentLeg = documentLegs.find((candidate) => candidate.sequence === leg.sequence) as DocumentLeg;
      for (const kind of leg.documentKinds) {
        const number = documentNumber({ shipmentReference: reference, legSequence: leg.sequence, kind, version: 1 });
        const fields = buildDocumentFields({
          kind,
          shipmentReference: reference,
          parties: input.parties,
          cargo,
          goods: input.goods,
          containers: input.containers,
          marks: input.cargo.marks,
          instructions: input.cargo.instructions,
          leg: documentLeg,
          legs: documentLegs,
          nodes: names,
        });
        const [document] = await tx
          .insert(documents)
          .values({ shipmentId: shipment.id, legId: legRow.id, kind, number, fields, createdBy: bookedBy })
          .returning({ id: documents.id, number: documents.number });
        if (document) createdDocuments.push(document);
      }
    }

    await appendAuditEntry(tx, {
      actor,
      action: 'shipment.book',
      entityType: 'freight_shipment',
      entityId: shipment.id,
      after: {
        reference,
        routeId: route.id,
        origin: input.plan.from,
        destination: input.plan.to,
        legs: route.legs.map((leg) => ({
          sequence: leg.sequence,
          mode: leg.mode,
          carrier: carrierOfLeg(leg.sequence),
        })),
        documents: createdDocuments.map((document) => document.number),
        shipperUserId,
      },
    });
    return { id: shipment.id, reference };
  });
}
