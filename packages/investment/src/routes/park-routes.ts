import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  parkDetailSchema,
  parkInputSchema,
  parkListQuerySchema,
  parkListSchema,
  parkParamsSchema,
  parkUpdateSchema,
} from '../parks/contracts.ts';
import { createPark, updatePark } from '../parks/park-commands.ts';
import { getPark, listParks } from '../parks/park-reads.ts';

const tags = ['investment-parks'];
const security = [{ session: [], csrf: [] }];
const curators = ['secretariat', 'admin'] as const;

/** The registry of technology parks and zones. */
export function registerParkRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/parks',
    {
      schema: {
        tags,
        summary: 'Technology parks and zones, filtered',
        description: 'Public. `specialisation` takes an ISIC division, or a section letter for any of its divisions.',
        querystring: parkListQuerySchema,
        response: { 200: parkListSchema, ...problemResponses.read },
      },
    },
    (request) => listParks({ db, query: request.query }),
  );

  app.get(
    '/investment/parks/:id',
    {
      schema: {
        tags,
        summary: 'One park with its residents, contact and linked incentives',
        params: parkParamsSchema,
        response: { 200: parkDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getPark({ db, id: request.params.id }),
  );

  app.post(
    '/investment/parks',
    {
      schema: {
        tags,
        summary: 'Add a park or zone (Secretariat)',
        description: 'A record that is not demo needs its source address, title and the day it was read.',
        security,
        body: parkInputSchema,
        response: { 201: parkDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, curators);
      return reply.status(201).send(await createPark({ db, actor, input: request.body }));
    },
  );

  app.put(
    '/investment/parks/:id',
    {
      schema: {
        tags,
        summary: 'Replace a park’s fields (Secretariat)',
        security,
        params: parkParamsSchema,
        body: parkUpdateSchema,
        response: { 200: parkDetailSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, curators);
      return updatePark({ db, actor, id: request.params.id, input: request.body });
    },
  );
}
