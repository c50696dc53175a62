import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  initiativeDetailSchema,
  initiativeStageChangeInputSchema,
  listOf,
  reportInputSchema,
  reportListQuerySchema,
  reportReturnInputSchema,
  reportReviewInputSchema,
  reportSchema,
  statementPatchSchema,
  statementSummarySchema,
} from '../contracts.ts';
import { setInitiativeStage } from '../persistence/change-initiative-stage.ts';
import { curateStatement } from '../persistence/curate-statement.ts';
import { getInitiative } from '../read/initiative-detail.ts';
import { getStatement } from '../read/list-statements.ts';
import { acceptReport, returnReport, reviseReport, submitReport } from '../reports/report-commands.ts';
import { getReport, listReports } from '../reports/report-reads.ts';

const idParams = z.object({ id: z.string().min(1).max(100) });
const uuidParams = z.object({ id: z.uuid('must be a report id (UUID)') });
const security = [{ session: [], csrf: [] }];
const curators = ['secretariat', 'admin'] as const;

/** Implementation reports and Secretariat curation. Each route: validate, authenticate, authorize, command, present. */
export function registerWriteRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Implementation reports the caller may read',
        description:
          'The public sees accepted reports; a focal point also sees every report of their country; the Secretariat sees all.',
        querystring: reportListQuerySchema,
        response: { 200: listOf(reportSchema), ...problemResponses.read },
      },
    },
    (request) => listReports({ db, actor: request.actor, query: request.query }),
  );

  app.get(
    '/reports/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'One report',
        params: uuidParams,
        response: { 200: reportSchema, ...problemResponses.read },
      },
    },
    (request) => getReport({ db, actor: request.actor, id: request.params.id }),
  );

  app.post(
    '/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'File an implementation report (focal point, own country only)',
        security,
        body: reportInputSchema,
        response: { 201: reportSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ['focal_point']);
      const report = await submitReport({ db, actor, input: request.body });
      return reply.status(201).send(report);
    },
  );

  app.put(
    '/reports/:id',
    {
      schema: {
        tags: ['reports'],
        summary: 'Correct a submitted or returned report; it goes back to review',
        security,
        params: uuidParams,
        body: reportInputSchema,
        response: { 200: reportSchema, ...problemResponses.write },
      },
    },
    (request) =>
      reviseReport({ db, actor: requireActor(request, ['focal_point']), id: request.params.id, input: request.body }),
  );

  app.post(
    '/reports/:id/accept',
    {
      schema: {
        tags: ['reports'],
        summary: 'Accept a submitted report (Secretariat); may move the initiative along its lifecycle',
        security,
        params: uuidParams,
        body: reportReviewInputSchema,
        response: { 200: reportSchema, ...problemResponses.write },
      },
    },
    (request) =>
      acceptReport({ db, actor: requireActor(request, curators), id: request.params.id, note: request.body.note }),
  );

  app.post(
    '/reports/:id/return',
    {
      schema: {
        tags: ['reports'],
        summary: 'Return a submitted report to its focal point with a note (Secretariat)',
        security,
        params: uuidParams,
        body: reportReturnInputSchema,
        response: { 200: reportSchema, ...problemResponses.write },
      },
    },
    (request) =>
      returnReport({ db, actor: requireActor(request, curators), id: request.params.id, note: request.body.note }),
  );

  app.post(
    '/initiatives/:id/stage',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Change the stage of an initiative by hand, with a note (Secretariat)',
        security,
        params: idParams,
        body: initiativeStageChangeInputSchema,
        response: { 200: initiativeDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request, curators);
      const { stage, changedOn, note } = request.body;
      await setInitiativeStage({ db, actor, initiativeId: request.params.id, to: stage, changedOn, note });
      return getInitiative({ db, actor, id: request.params.id });
    },
  );

  app.patch(
    '/statements/:id',
    {
      schema: {
        tags: ['agenda'],
        summary: 'Correct the stance, topics or unofficial translations of a statement (Secretariat)',
        security,
        params: idParams,
        body: statementPatchSchema,
        response: { 200: statementSummarySchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request, curators);
      await curateStatement({ db, actor, id: request.params.id, patch: request.body });
      return getStatement({ db, id: request.params.id });
    },
  );
}
