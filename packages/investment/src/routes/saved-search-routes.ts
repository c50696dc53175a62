import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  savedSearchInputSchema,
  savedSearchListSchema,
  savedSearchParamsSchema,
  savedSearchPatchSchema,
  savedSearchSchema,
} from '../saved-searches/contracts.ts';
import {
  deleteSavedSearch,
  listSavedSearches,
  saveSearch,
  updateSavedSearch,
} from '../saved-searches/saved-search-commands.ts';

const tags = ['investment-saved-searches'];
const security = [{ session: [], csrf: [] }];

/**
 * A signed-in user's saved searches of the project and profile lists, with alerts when a new listing matches.
 * Each user sees and changes only their own; another user's search is "not found".
 */
export function registerSavedSearchRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/saved-searches',
    {
      schema: {
        tags,
        summary: "The caller's saved searches, newest first",
        security,
        response: { 200: savedSearchListSchema, ...problemResponses.write },
      },
    },
    (request) => listSavedSearches({ db, actor: requireActor(request) }),
  );

  app.post(
    '/investment/saved-searches',
    {
      schema: {
        tags,
        summary: 'Save the filters of the project or profile list under a name',
        description: 'The filters are checked as the list checks them; an unknown or invalid filter is a 400.',
        security,
        body: savedSearchInputSchema,
        response: { 201: savedSearchSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const saved = await saveSearch({ db, actor: requireActor(request), input: request.body });
      return reply.status(201).send(saved);
    },
  );

  app.patch(
    '/investment/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'Rename a saved search or turn its alerts on or off',
        security,
        params: savedSearchParamsSchema,
        body: savedSearchPatchSchema,
        response: { 200: savedSearchSchema, ...problemResponses.write },
      },
    },
    (request) => updateSavedSearch({ db, actor: requireActor(request), id: request.params.id, patch: request.body }),
  );

  app.delete(
    '/investment/saved-searches/:id',
    {
      schema: {
        tags,
        summary: 'Delete a saved search',
        security,
        params: savedSearchParamsSchema,
        response: { 204: z.null().describe('Deleted'), ...problemResponses.write },
      },
    },
    async (request, reply) => {
      await deleteSavedSearch({ db, actor: requireActor(request), id: request.params.id });
      return reply.status(204).send(null);
    },
  );
}
