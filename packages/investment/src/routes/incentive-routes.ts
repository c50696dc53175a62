import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  incentiveInputSchema,
  incentiveListQuerySchema,
  incentiveListSchema,
  incentiveParamsSchema,
  incentiveRetireSchema,
  incentiveSchema,
  incentiveUpdateSchema,
  projectIncentivesSchema,
} from '../incentives/contracts.ts';
import { createIncentive, retireIncentive, updateIncentive } from '../incentives/incentive-commands.ts';
import { getIncentive, listIncentives, listProjectIncentives } from '../incentives/incentive-reads.ts';

const tags = ['investment-incentives'];
const security = [{ session: [], csrf: [] }];
const curators = ['secretariat', 'admin'] as const;
const projectParamsSchema = z.object({ id: z.uuid('must be a project id (UUID)') });

/** The library of preferential policies, and what a project qualifies for. */
export function registerIncentiveRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/incentives',
    {
      schema: {
        tags,
        summary: 'Preferential policies of member states, filtered',
        description:
          'Public. `sector` matches incentives listing that division or its section, and those open to any sector; `validOn` keeps those in force on the day.',
        querystring: incentiveListQuerySchema,
        response: { 200: incentiveListSchema, ...problemResponses.read },
      },
    },
    (request) => listIncentives({ db, query: request.query }),
  );

  app.get(
    '/investment/incentives/:id',
    {
      schema: {
        tags,
        summary: 'One preferential policy with its eligibility, legal basis and source',
        params: incentiveParamsSchema,
        response: { 200: incentiveSchema, ...problemResponses.read },
      },
    },
    (request) => getIncentive({ db, id: request.params.id }),
  );

  app.post(
    '/investment/incentives',
    {
      schema: {
        tags,
        summary: 'Add a preferential policy (Secretariat)',
        description: 'A record that is not demo needs its source address, title and the day it was read.',
        security,
        body: incentiveInputSchema,
        response: { 201: incentiveSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, curators);
      return reply.status(201).send(await createIncentive({ db, actor, input: request.body }));
    },
  );

  app.put(
    '/investment/incentives/:id',
    {
      schema: {
        tags,
        summary: 'Replace a preferential policy’s fields (Secretariat)',
        security,
        params: incentiveParamsSchema,
        body: incentiveUpdateSchema,
        response: { 200: incentiveSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, curators);
      return updateIncentive({ db, actor, id: request.params.id, input: request.body });
    },
  );

  app.post(
    '/investment/incentives/:id/retire',
    {
      schema: {
        tags,
        summary: 'End a preferential policy’s validity (Secretariat); it stays in the library as history',
        security,
        params: incentiveParamsSchema,
        body: incentiveRetireSchema,
        response: { 200: incentiveSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, curators);
      return retireIncentive({ db, actor, id: request.params.id, validTo: request.body.validTo, now: new Date() });
    },
  );

  app.get(
    '/investment/projects/:id/incentives',
    {
      schema: {
        tags,
        summary:
          'Incentives of the project’s country in force today: which it qualifies for and why, which it misses and by what',
        description:
          'Visible to whoever may see the project. A project counts as in a park within `parkRadiusKm` of its map position or in its region. Minimum investments are compared after conversion with the latest recorded rate on or before today.',
        params: projectParamsSchema,
        response: { 200: projectIncentivesSchema, ...problemResponses.read },
      },
    },
    (request) => listProjectIncentives({ db, actor: request.actor, projectId: request.params.id, now: new Date() }),
  );
}
