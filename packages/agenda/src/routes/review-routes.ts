import { z } from 'zod';
import { problemResponses, problemSchema } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { compareQuerySchema, comparisonSchema } from '../compare/compare-contracts.ts';
import { readComparison } from '../compare/compare-reads.ts';
import { listOf } from '../contracts.ts';
import { addAlias, listAliases, mergeEntities, removeAlias } from '../entities/entity-commands.ts';
import { correctDraft, createDraft, publishDraft, rejectDraft } from '../review/draft-commands.ts';
import { listDrafts, readDraft } from '../review/draft-reads.ts';
import {
  draftCorrectionInputSchema,
  draftCreatedSchema,
  draftDecisionInputSchema,
  draftDetailSchema,
  draftInputSchema,
  draftListQuerySchema,
  draftSummarySchema,
  entityAliasInputSchema,
  entityAliasListQuerySchema,
  entityAliasSchema,
  entityKindSchema,
  entityMergeInputSchema,
  entityMergeResultSchema,
} from '../review/review-contracts.ts';

const draftParams = z.object({ id: z.uuid('must be a draft id (UUID)') });
const security = [{ session: [], csrf: [] }];
const reviewers = ['secretariat', 'admin'] as const;
const rejected = { 422: problemSchema.describe('The text is not an SCO text the platform can read') };

/**
 * Review before publishing (drafts), the entity dictionary, and comparing texts. Drafts and the dictionary are
 * the Secretariat's; comparing published texts is public.
 */
export function registerReviewRoutes(app: ApiApp, { db }: ModuleContext) {
  app.post(
    '/drafts',
    {
      schema: {
        tags: ['review'],
        summary: 'Put a text (Chinese, Russian or English) up for review',
        description:
          'Parses the text and keeps the result as a draft; nothing is public until a reviewer publishes it. The same text again answers `unchanged` with the existing draft.',
        security,
        body: draftInputSchema,
        response: { 201: draftCreatedSchema, 200: draftCreatedSchema, ...problemResponses.write, ...rejected },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, reviewers);
      const created = await createDraft({
        db,
        text: request.body.text,
        fileName: request.body.fileName ?? null,
        provenance: request.body.provenance,
        sourceNote: request.body.sourceNote ?? null,
        actor,
      });
      return reply.status(created.outcome === 'created' ? 201 : 200).send(created);
    },
  );

  app.get(
    '/drafts',
    {
      schema: {
        tags: ['review'],
        summary: 'Texts under review, pending first',
        security,
        querystring: draftListQuerySchema,
        response: { 200: listOf(draftSummarySchema), ...problemResponses.write },
      },
    },
    (request) => {
      requireActor(request, reviewers);
      return listDrafts({ db, ...request.query });
    },
  );

  app.get(
    '/drafts/:id',
    {
      schema: {
        tags: ['review'],
        summary: 'A text under review with every extracted fact and how its names resolve',
        security,
        params: draftParams,
        response: { 200: draftDetailSchema, ...problemResponses.write },
      },
    },
    (request) => {
      requireActor(request, reviewers);
      return readDraft({ db, id: request.params.id });
    },
  );

  app.post(
    '/drafts/:id/corrections',
    {
      schema: {
        tags: ['review'],
        summary: 'Correct extracted facts (all corrections apply, or none)',
        security,
        params: draftParams,
        body: draftCorrectionInputSchema,
        response: { 200: draftDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request, reviewers);
      await correctDraft({ db, id: request.params.id, corrections: request.body.corrections, actor });
      return readDraft({ db, id: request.params.id });
    },
  );

  app.post(
    '/drafts/:id/publish',
    {
      schema: {
        tags: ['review'],
        summary: 'Publish a reviewed text',
        security,
        params: draftParams,
        body: draftDecisionInputSchema,
        response: {
          200: z.object({ meetingId: z.string(), outcome: z.enum(['created', 'updated', 'unchanged']) }),
          ...problemResponses.write,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request, reviewers);
      const result = await publishDraft({ db, id: request.params.id, note: request.body.note ?? null, actor });
      return { meetingId: result.meetingId, outcome: result.outcome };
    },
  );

  app.post(
    '/drafts/:id/reject',
    {
      schema: {
        tags: ['review'],
        summary: 'Reject a text under review',
        security,
        params: draftParams,
        body: draftDecisionInputSchema,
        response: { 200: draftDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request, reviewers);
      await rejectDraft({ db, id: request.params.id, note: request.body.note ?? null, actor });
      return readDraft({ db, id: request.params.id });
    },
  );

  app.get(
    '/entities/aliases',
    {
      schema: {
        tags: ['entities'],
        summary: 'The entity dictionary: names and the records they stand for',
        security,
        querystring: entityAliasListQuerySchema,
        response: { 200: listOf(entityAliasSchema), ...problemResponses.write },
      },
    },
    (request) => {
      requireActor(request, reviewers);
      return listAliases({ db, ...request.query });
    },
  );

  app.post(
    '/entities/aliases',
    {
      schema: {
        tags: ['entities'],
        summary: 'Say that a name stands for a record',
        security,
        body: entityAliasInputSchema,
        response: { 201: entityAliasSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, reviewers);
      const row = await addAlias({ db, ...request.body, actor });
      return reply.status(201).send({
        kind: request.body.kind,
        alias: row.alias,
        aliasKey: row.aliasKey,
        language: request.body.language,
        entityId: row.entityId,
        origin: 'secretariat' as const,
        createdAt: row.createdAt.toISOString(),
      });
    },
  );

  app.delete(
    '/entities/aliases/:kind/:aliasKey',
    {
      schema: {
        tags: ['entities'],
        summary: 'Remove a name from the dictionary',
        security,
        params: z.object({ kind: entityKindSchema, aliasKey: z.string().min(1).max(500) }),
        response: { 204: z.null().describe('Removed.'), ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, reviewers);
      await removeAlias({ db, kind: request.params.kind, aliasKey: request.params.aliasKey, actor });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/entities/merge',
    {
      schema: {
        tags: ['entities'],
        summary: 'Merge two records that are one document or initiative',
        security,
        body: entityMergeInputSchema,
        response: { 200: entityMergeResultSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, reviewers);
      return mergeEntities({ db, ...request.body, actor });
    },
  );

  app.get(
    '/compare',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Compare two texts: new, dropped, upgraded and downgraded items by topic',
        querystring: compareQuerySchema,
        response: { 200: comparisonSchema, ...problemResponses.read },
      },
    },
    (request) => readComparison({ db, from: request.query.from, to: request.query.to }),
  );
}
