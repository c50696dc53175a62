import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  agendaLinksQuerySchema,
  agendaLinksSchema,
  initiativeImplementationsSchema,
  readAgendaLinks,
  readInitiativeImplementations,
} from '../agenda-links.ts';

const tags = ['investment-agenda-links'];

/** Public reads: the agenda records a listing cites, and the listings and deals that carry out an initiative. */
export function registerAgendaLinkRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/agenda-links',
    {
      schema: {
        tags,
        summary: 'Titles and stages of the agenda initiatives and documents a listing cites',
        querystring: agendaLinksQuerySchema,
        response: { 200: agendaLinksSchema, ...problemResponses.read },
      },
    },
    (request) =>
      readAgendaLinks({
        db,
        initiativeIds: request.query.initiativeIds ?? [],
        documentIds: request.query.documentIds ?? [],
      }),
  );

  app.get(
    '/investment/initiatives/:id/implementations',
    {
      schema: {
        tags,
        summary: 'Published projects and profiles that carry out an agenda initiative, and their deals',
        params: z.object({ id: z.string().trim().min(1).max(100) }),
        response: { 200: initiativeImplementationsSchema, ...problemResponses.read },
      },
    },
    (request) => readInitiativeImplementations({ db, initiativeId: request.params.id }),
  );
}
