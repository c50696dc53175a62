import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  profileInputSchema,
  profileListQuerySchema,
  profileListSchema,
  profileRenewInputSchema,
  profileSchema,
} from '../profiles/contracts.ts';
import { createProfile, renewProfile, updateProfile, withdrawProfile } from '../profiles/profile-commands.ts';
import { getProfile, listProfiles } from '../profiles/profile-reads.ts';

const tags = ['investment-profiles'];
const security = [{ session: [], csrf: [] }];
const idParams = z.object({ id: z.uuid('must be a profile id (UUID)') });

/** Investor and partnering profiles: public reads of listed profiles; a business publishes and manages its own. */
export function registerProfileRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/profiles',
    {
      schema: {
        tags,
        summary: 'Investor and partnering profiles',
        description:
          "Published, unexpired profiles; with mine=true the caller's own in every status. Contacts are shown only to the owner, the Secretariat, the focal point of the profile's country and a counterpart both sides agreed with.",
        querystring: profileListQuerySchema,
        response: { 200: profileListSchema, ...problemResponses.read, 401: problemResponses.write[401] },
      },
    },
    (request) => listProfiles({ db, actor: request.actor, query: request.query }),
  );

  app.get(
    '/investment/profiles/:id',
    {
      schema: {
        tags,
        summary: 'One profile',
        description:
          'A profile that is not listed (withdrawn, expired) is found only by its owner and the Secretariat.',
        params: idParams,
        response: { 200: profileSchema, ...problemResponses.read },
      },
    },
    (request) => getProfile({ db, actor: request.actor, id: request.params.id }),
  );

  app.post(
    '/investment/profiles',
    {
      schema: {
        tags,
        summary: 'Publish a profile (business)',
        description:
          'Listed at once until `expiresOn` (default 12 months ahead; at most 12 months). Investor profiles need an investor type and a ticket range (min ≤ max); partnering profiles a partnering type.',
        security,
        body: profileInputSchema,
        response: { 201: profileSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ['business']);
      return reply.status(201).send(await createProfile({ db, actor, input: request.body }));
    },
  );

  app.put(
    '/investment/profiles/:id',
    {
      schema: {
        tags,
        summary: 'Edit a profile (its owner, the Secretariat)',
        security,
        params: idParams,
        body: profileInputSchema,
        response: { 200: profileSchema, ...problemResponses.write },
      },
    },
    (request) => updateProfile({ db, actor: requireActor(request), id: request.params.id, input: request.body }),
  );

  app.post(
    '/investment/profiles/:id/renew',
    {
      schema: {
        tags,
        summary: 'Renew a published or expired profile (its owner, the Secretariat)',
        security,
        params: idParams,
        body: profileRenewInputSchema,
        response: { 200: profileSchema, ...problemResponses.write },
      },
    },
    (request) =>
      renewProfile({ db, actor: requireActor(request), id: request.params.id, expiresOn: request.body.expiresOn }),
  );

  app.post(
    '/investment/profiles/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a profile for good (its owner, the Secretariat)',
        security,
        params: idParams,
        response: { 200: profileSchema, ...problemResponses.write },
      },
    },
    (request) => withdrawProfile({ db, actor: requireActor(request), id: request.params.id }),
  );
}
