import { and, eq, or, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { shipmentLegs, shipments } from '../tables.ts';

/** Who may read a shipment: whoever booked it, its shipper, a carrier of one of its legs, and Secretariat staff. */
export function shipmentReadableBy(actor: Actor) {
  if (actor.role === 'secretariat' || actor.role === 'admin') return sql`true`;
  if (!actor.userId) return sql`false`;
  return or(
    eq(shipments.bookedBy, actor.userId),
    eq(shipments.shipperUserId, actor.userId),
    sql`exists (select 1 from ${shipmentLegs} where ${shipmentLegs.shipmentId} = ${shipments.id} and ${shipmentLegs.carrierUserId} = ${actor.userId})`,
  );
}

/** The shipment row if the actor may read it; otherwise not_found, so that ids of others' shipments leak nothing. */
export async function loadReadableShipment(options: { db: Db; actor: Actor; id: string }) {
  const [row] = await options.db
    .select()
    .from(shipments)
    .where(and(eq(shipments.id, options.id), shipmentReadableBy(options.actor)));
  if (!row) throw new DomainError('not_found', `No shipment ${options.id} you may see.`);
  return row;
}

/** Only the account that booked a shipment manages it (documents, authority links). */
export function assertManagesShipment(options: { actor: Actor; shipment: { bookedBy: string } }) {
  if (options.shipment.bookedBy !== options.actor.userId) {
    throw new DomainError('forbidden', 'Only the party that booked this shipment can do this.');
  }
}
