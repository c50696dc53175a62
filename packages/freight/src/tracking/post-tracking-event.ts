import { and, asc, eq } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { isUniqueViolation } from '../../../core/src/auth/users.repository.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import type { NotificationTitle } from '../../../core/src/notifications/notification-email.ts';
import { notifyUsers } from '../../../core/src/notifications/notify-users.ts';
import type { ObservedDwell, PlannedRoute } from '../planning/route-types.ts';
import { shipmentReadableBy } from '../shipments/shipment-access.ts';
import { shipmentLegs, shipments, trackingEvents } from '../tables.ts';
import type { LegStatus, ShipmentStatus, TrackingEventKind } from '../vocabulary.ts';
import type { RecordedEvent, TrackingEventInput } from './contracts.ts';
import { estimateArrival } from './estimate-arrival.ts';
import { trackingEventDigest } from './event-digest.ts';
import { loadHopDistances } from './hop-distances.ts';
import { recentObservedDwell } from './observed-dwell.ts';
import { legPlansOf } from './route-progress.ts';
import { checkTrackingEvent, trackingEffectsOf } from './tracking-rules.ts';

/**
 * Records a carrier's status event for a leg it carries, under the carrier's idempotency key, and in the same
 * transaction moves the leg and shipment statuses on, re-estimates the arrival, writes the audit entry and tells the
 * booking party and the shipper of an exception or a delivery.
 *
 * A post whose key the carrier already used is refused and changes nothing: `conflict` (409) with the original
 * event's id when it is the same event (a retry), `idempotency_key_reused` (422) when the key came with a different
 * event.
 * Two identical posts racing each other meet the unique index on (recorded_by, idempotency_key): one is recorded, the
 * other gets the same 409.
 */
export async function postTrackingEvent(options: {
  db: Db;
  actor: Actor;
  shipmentId: string;
  legId: string;
  idempotencyKey: string;
  input: TrackingEventInput;
  /** The clock; tests and the benchmark pass their own. */
  now?: Date;
  /** Dwell figures to re-estimate with; by default the platform's own, at most a minute old. */
  observedDwell?: ObservedDwell;
}): Promise<RecordedEvent> {
  const { db, actor, shipmentId, legId, idempotencyKey, input } = options;
  const carrierUserId = actor.userId;
  if (!carrierUserId) throw new DomainError('forbidden', 'Only a carrier account posts tracking events.');
  const now = options.now ?? new Date();
  const event = {
    shipmentId,
    legId,
    kind: input.kind,
    occurredAt: new Date(input.occurredAt),
    nodeId: input.nodeId ?? null,
    note: input.note ?? null,
  };
  const requestDigest = trackingEventDigest(event);

  await assertCarriesLeg({ db, actor, carrierUserId, shipmentId, legId });
  await refuseUsedKey({ db, carrierUserId, idempotencyKey, requestDigest });
  const observedDwell = options.observedDwell ?? (await recentObservedDwell({ db }));

  try {
    return await db.transaction(async (tx) => {
      // One event of a shipment at a time: the rules and the new statuses read the events recorded before this one.
      const [shipment] = await tx.select().from(shipments).where(eq(shipments.id, shipmentId)).for('update');
      if (!shipment) throw new DomainError('not_found', `No shipment ${shipmentId} you may see.`);
      await refuseUsedKey({ db: tx, carrierUserId, idempotencyKey, requestDigest });
      const legs = await tx
        .select()
        .from(shipmentLegs)
        .where(eq(shipmentLegs.shipmentId, shipmentId))
        .orderBy(asc(shipmentLegs.sequence));
      const recorded = await tx
        .select({
          id: trackingEvents.id,
          legId: trackingEvents.legId,
          kind: trackingEvents.kind,
          nodeId: trackingEvents.nodeId,
          occurredAt: trackingEvents.occurredAt,
        })
        .from(trackingEvents)
        .where(eq(trackingEvents.shipmentId, shipmentId));
      const priorEvents = recorded.map((row) => ({ ...row, kind: row.kind as TrackingEventKind }));
      checkTrackingEvent({
        event,
        legs,
        events: priorEvents,
        bookedAt: shipment.createdAt,
        shipmentStatus: shipment.status as ShipmentStatus,
        now,
      });
      const leg = legs.find((candidate) => candidate.id === legId) as (typeof legs)[number];
      const lastLeg = legs.at(-1) as (typeof legs)[number];

      const [inserted] = await tx
        .insert(trackingEvents)
        .values({ ...event, recordedBy: carrierUserId, idempotencyKey, requestDigest })
        .returning({ id: trackingEvents.id, recordedAt: trackingEvents.recordedAt });
      const created = inserted as { id: string; recordedAt: Date };

      const effects = trackingEffectsOf({
        kind: event.kind,
        legStatus: leg.status as LegStatus,
        isLastLeg: leg.id === lastLeg.id,
        shipmentStatus: shipment.status as ShipmentStatus,
      });
      if (effects.legStatus) {
        await tx.update(shipmentLegs).set({ status: effects.legStatus }).where(eq(shipmentLegs.id, leg.id));
      }
      const sequenceOf = new Map(legs.map((candidate) => [candidate.id, candidate.sequence]));
      const estimate = estimateArrival({
        plannedLegs: legPlansOf({
          legs,
          plannedLegs: plannedLegsOf(shipment.plannedRoute),
          hopDistances: await loadHopDistances({ db: tx, legs }),
        }),
        events: [...priorEvents, { ...event, id: created.id }].map((row) => ({
          ...row,
          legSequence: sequenceOf.get(row.legId) ?? -1,
        })),
        observedDwell,
        now,
      });
      const shipmentStatus = effects.shipmentStatus ?? (shipment.status as ShipmentStatus);
      await tx
        .update(shipments)
        .set({
          status: shipmentStatus,
          estimatedArrival: estimate.estimatedArrival,
          estimateUpdatedAt: now,
          updatedAt: now,
        })
        .where(eq(shipments.id, shipmentId));

      const legStatus = effects.legStatus ?? (leg.status as LegStatus);
      const title = noticeTitle({
        kind: event.kind,
        reference: shipment.reference,
        legSequence: leg.sequence,
        final: leg.id === lastLeg.id,
      });
      if (title) {
        await notifyUsers(tx, {
          userIds: [shipment.bookedBy, ...(shipment.shipperUserId ? [shipment.shipperUserId] : [])],
          kind: event.kind === 'exception' ? 'freight.tracking_exception' : 'freight.delivered',
          title,
          link: `/freight/shipments/${shipmentId}`,
        });
      }
      // Last, because the audit chain's lock serialises every audited write of the platform until commit.
      await appendAuditEntry(tx, {
        actor,
        action: 'freight_tracking_event.record',
        entityType: 'freight_tracking_event',
        entityId: created.id,
        after: {
          ...event,
          idempotencyKey,
          legSequence: leg.sequence,
          legStatus,
          shipmentStatus,
          estimatedArrival: estimate.estimatedArrival,
          estimateBasis: estimate.basis,
        },
      });
      return {
        id: created.id,
        shipmentId,
        legId,
        legSequence: leg.sequence,
        kind: event.kind,
        nodeId: event.nodeId,
        occurredAt: event.occurredAt.toISOString(),
        recordedAt: created.recordedAt.toISOString(),
        note: event.note,
        legStatus,
        shipmentStatus,
        estimatedArrival: estimate.estimatedArrival.toISOString(),
      };
    });
  } catch (error) {
    // A concurrent post with the same key committed first: answer as a replay (or key reuse) would be answered.
    if (isUniqueViolation(error)) {
      await refuseUsedKey({ db, carrierUserId, idempotencyKey, requestDigest });
    }
    throw error;
  }
}

/** The legs of the planned route stored on the shipment; an unreadable plan gives none (planned times still hold). */
export function plannedLegsOf(plannedRoute: Record<string, unknown>): PlannedRoute['legs'] {
  const legs = (plannedRoute as Partial<PlannedRoute>).legs;
  return Array.isArray(legs) ? legs.filter((leg) => Array.isArray(leg?.borderCrossings)) : [];
}

/**
 * The leg must exist on a shipment the carrier may see (otherwise not found, so that ids leak nothing) and be one
 * the carrier carries (otherwise forbidden, naming the rule).
 */
async function assertCarriesLeg(options: {
  db: Db;
  actor: Actor;
  carrierUserId: string;
  shipmentId: string;
  legId: string;
}) {
  const { db, actor, carrierUserId, shipmentId, legId } = options;
  const [leg] = await db
    .select({ sequence: shipmentLegs.sequence, carrierUserId: shipmentLegs.carrierUserId })
    .from(shipmentLegs)
    .innerJoin(shipments, eq(shipments.id, shipmentLegs.shipmentId))
    .where(and(eq(shipmentLegs.id, legId), eq(shipmentLegs.shipmentId, shipmentId), shipmentReadableBy(actor)));
  if (!leg) throw new DomainError('not_found', `No leg ${legId} of shipment ${shipmentId} you may see.`);
  if (leg.carrierUserId !== carrierUserId) {
    throw new DomainError(
      'forbidden',
      `Only the carrier of leg ${leg.sequence} may post its events; you carry other legs of this shipment.`,
      { rule: 'carrier_of_leg' },
    );
  }
}

/** Refuses a key the carrier already used: a replay of the same event, or the key reused for another one. */
async function refuseUsedKey(options: {
  db: Db;
  carrierUserId: string;
  idempotencyKey: string;
  requestDigest: string;
}) {
  const [existing] = await options.db
    .select({ id: trackingEvents.id, requestDigest: trackingEvents.requestDigest })
    .from(trackingEvents)
    .where(
      and(
        eq(trackingEvents.recordedBy, options.carrierUserId),
        eq(trackingEvents.idempotencyKey, options.idempotencyKey),
      ),
    );
  if (!existing) return;
  if (existing.requestDigest === options.requestDigest) {
    throw new DomainError('conflict', 'This event was already recorded under this Idempotency-Key; nothing changed.', {
      eventId: existing.id,
      idempotencyKey: options.idempotencyKey,
    });
  }
  throw new DomainError(
    'idempotency_key_reused',
    'Idempotency-Key reused: you already posted a different event under this key; nothing changed. Use a new key for a new event.',
    { eventId: existing.id, idempotencyKey: options.idempotencyKey },
  );
}

function noticeTitle(options: {
  kind: TrackingEventKind;
  reference: string;
  legSequence: number;
  final: boolean;
}): NotificationTitle | null {
  const { kind, reference, legSequence } = options;
  if (kind === 'exception') {
    return {
      zh: `货运 ${reference}：承运人报告了第 ${legSequence} 段的异常`,
      ru: `Перевозка ${reference}: перевозчик сообщил об отклонении на участке ${legSequence}`,
      en: `Shipment ${reference}: the carrier reported an exception on leg ${legSequence}`,
    };
  }
  if (kind !== 'delivered') return null;
  return options.final
    ? {
        zh: `货运 ${reference} 已送达目的地`,
        ru: `Перевозка ${reference} доставлена в пункт назначения`,
        en: `Shipment ${reference} was delivered at destination`,
      }
    : {
        zh: `货运 ${reference}：第 ${legSequence} 段已交付`,
        ru: `Перевозка ${reference}: участок ${legSequence} доставлен`,
        en: `Shipment ${reference}: leg ${legSequence} was delivered`,
      };
}
