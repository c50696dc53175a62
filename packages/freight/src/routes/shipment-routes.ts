import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { users } from '../../../core/src/tables.ts';
import { bookShipment } from '../shipments/book-shipment.ts';
import {
  bookingInputSchema,
  carrierAccountSchema,
  shipmentListItemSchema,
  shipmentListQuerySchema,
  shipmentResponseSchema,
} from '../shipments/contracts.ts';
import { getShipment, listShipments } from '../shipments/shipment-reads.ts';

const tags = ['freight-shipments'];
const security = [{ session: [], csrf: [] }];
const idParams = z.object({ id: z.uuid('must be a shipment id (UUID)') });
const bookers = ['forwarder', 'shipper'] as const;

/** Booking shipments and reading them: whoever booked, the shipper, carriers of a leg, the Secretariat. */
export function registerShipmentRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/freight/carriers',
    {
      schema: {
        tags,
        summary: 'Carrier accounts a booking can name for its legs (forwarders, shippers, Secretariat)',
        security,
        response: { 200: z.object({ items: z.array(carrierAccountSchema) }), ...problemResponses.write },
      },
    },
    async (request) => {
      requireActor(request, [...bookers, 'secretariat', 'admin']);
      const items = await db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(and(eq(users.role, 'carrier'), eq(users.disabled, false)))
        .orderBy(asc(users.displayName));
      return { items };
    },
  );

  app.get(
    '/freight/shipments',
    {
      schema: {
        tags,
        summary: 'Shipments the caller may read, newest first',
        description:
          'The booking party and the shipper see their shipments, a carrier those where it carries a leg, the Secretariat all.',
        security,
        querystring: shipmentListQuerySchema,
        response: { 200: z.object({ items: z.array(shipmentListItemSchema) }), ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: await listShipments({ db, actor, query: request.query }) };
    },
  );

  app.get(
    '/freight/shipments/:id',
    {
      schema: {
        tags,
        summary: 'One shipment: parties, cargo, legs, documents, planned route and arrival estimate',
        description:
          "A carrier sees parties' contacts only where its legs need them (taking over, delivery, the notify party of a sea leg).",
        security,
        params: idParams,
        response: { 200: shipmentResponseSchema, ...problemResponses.write },
      },
    },
    (request) => getShipment({ db, actor: requireActor(request), id: request.params.id }),
  );

  app.post(
    '/freight/shipments',
    {
      schema: {
        tags,
        summary: 'Book a planned route as a shipment (forwarder or shipper)',
        description:
          'The route is planned again from `plan` and picked by `routeId`; a route no longer planned, or a scenario route, is refused with 409. Creates the legs and a draft document per leg in its regime.',
        security,
        body: bookingInputSchema,
        response: { 201: shipmentResponseSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, bookers);
      const booked = await bookShipment({ db, actor, input: request.body });
      return reply.status(201).send(await getShipment({ db, actor, id: booked.id }));
    },
  );
}
