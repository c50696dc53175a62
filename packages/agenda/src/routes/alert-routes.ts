import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { setInitiativeOwnership } from '../alerts/set-initiative-ownership.ts';
import { follow, listSubscriptions, unfollow } from '../alerts/subscriptions.ts';
import {
  initiativeDetailSchema,
  initiativeOwnershipInputSchema,
  subscriptionInputSchema,
  subscriptionSchema,
} from '../contracts.ts';
import { getInitiative } from '../read/initiative-detail.ts';

const idParams = z.object({ id: z.string().min(1).max(100) });
const security = [{ session: [], csrf: [] }];
const curators = ['secretariat', 'admin'] as const;
const subscriptionList = z.object({ items: z.array(subscriptionSchema) }).meta({ id: 'SubscriptionList' });

/** Owners and deadlines of initiatives (Secretariat), and what each signed-in user follows. */
export function registerAlertRoutes(app: ApiApp, { db }: ModuleContext) {
  app.patch(
    '/initiatives/:id/ownership',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Record the lead state, lead body and due date of an initiative (Secretariat)',
        description: 'Fields left out stay as they are; null clears one.',
        security,
        params: idParams,
        body: initiativeOwnershipInputSchema,
        response: { 200: initiativeDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request, curators);
      await setInitiativeOwnership({ db, actor, initiativeId: request.params.id, input: request.body });
      return getInitiative({ db, actor, id: request.params.id });
    },
  );

  app.get(
    '/subscriptions',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'What I follow',
        security: [{ session: [] }],
        response: { 200: subscriptionList, 401: problemResponses.write[401] },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      reply.header('cache-control', 'no-store');
      return { items: await listSubscriptions({ db, actor }) };
    },
  );

  app.put(
    '/subscriptions',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Follow an initiative, a topic or a country',
        description: 'Following something already followed changes nothing. Returns everything I follow.',
        security,
        body: subscriptionInputSchema,
        response: { 200: subscriptionList, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await follow({ db, actor, input: request.body });
      return { items: await listSubscriptions({ db, actor }) };
    },
  );

  app.delete(
    '/subscriptions',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Stop following an initiative, a topic or a country',
        description: 'Stopping what is not followed changes nothing. Returns everything I still follow.',
        security,
        body: subscriptionInputSchema,
        response: { 200: subscriptionList, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await unfollow({ db, actor, input: request.body });
      return { items: await listSubscriptions({ db, actor }) };
    },
  );
}
