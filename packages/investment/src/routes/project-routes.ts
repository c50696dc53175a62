import type { FastifyError, FastifyReply } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../../core/src/errors.ts';
import { problemResponses, problemSchema } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  documentParamsSchema,
  documentUploadQuerySchema,
  moderationQuerySchema,
  projectDetailSchema,
  projectDocumentListSchema,
  projectDocumentSchema,
  projectInputSchema,
  projectListQuerySchema,
  projectListSchema,
  projectParamsSchema,
  projectReturnInputSchema,
  projectWriteQuerySchema,
} from '../projects/contracts.ts';
import {
  createProject,
  publishProject,
  renewProject,
  returnProject,
  submitProject,
  updateProject,
  withdrawProject,
} from '../projects/project-commands.ts';
import {
  deleteProjectDocument,
  listProjectDocuments,
  readProjectDocument,
  uploadProjectDocument,
} from '../projects/project-documents.ts';
import { getProject, listModerationQueue, listProjects } from '../projects/project-reads.ts';
import { maxDocumentBytes } from '../vocabulary.ts';

const tags = ['investment'];
const security = [{ session: [], csrf: [] }];
const owners = ['business', 'focal_point', 'secretariat', 'admin'] as const;
const moderators = ['focal_point', 'secretariat', 'admin'] as const;
const readResponses = { ...problemResponses.read, 401: problemSchema.describe('Not signed in') };
const uploadResponses = {
  ...problemResponses.write,
  413: problemSchema.describe('Larger than the largest document accepted'),
  415: problemSchema.describe('Not a PDF'),
};

/** Room above the document limit for Fastify's own cut-off, so that our clearer refusal answers first. */
const uploadBodyLimit = maxDocumentBytes + 64 * 1024;

/** `attachment` with an ASCII fallback and the UTF-8 name (RFC 6266), so non-Latin file names survive. */
const attachmentDisposition = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** The project database: listing, moderation, renewal and documents. */
export function registerProjectRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/projects',
    {
      schema: {
        tags,
        summary: 'Projects the caller may read, filtered and paged',
        description:
          'The public sees published, unexpired projects; an owner also sees their own in any status (mine=yes for ' +
          "only those); a focal point also their country's once submitted; the Secretariat all. USD figures use the " +
          "Secretariat's latest rate on or before the project's submission day.",
        querystring: projectListQuerySchema,
        response: { 200: projectListSchema, ...readResponses },
      },
    },
    (request) => listProjects({ db, actor: request.actor, query: request.query }),
  );

  app.get(
    '/investment/projects/:id',
    {
      schema: {
        tags,
        summary: 'One project with its USD figures, documents, history (owner, moderators) and contact (if allowed)',
        params: projectParamsSchema,
        response: { 200: projectDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getProject({ db, actor: request.actor, id: request.params.id }),
  );

  app.post(
    '/investment/projects',
    {
      schema: {
        tags,
        summary: 'Create a project as a draft, or submit it for moderation in the same step (submit=true)',
        security,
        querystring: projectWriteQuerySchema,
        body: projectInputSchema,
        response: { 201: projectDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, owners);
      const project = await createProject({ db, actor, input: request.body, submit: request.query.submit });
      return reply.status(201).send(project);
    },
  );

  app.put(
    '/investment/projects/:id',
    {
      schema: {
        tags,
        summary: "Edit one's own project; an edited published project goes back to moderation",
        security,
        params: projectParamsSchema,
        querystring: projectWriteQuerySchema,
        body: projectInputSchema,
        response: { 200: projectDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      updateProject({
        db,
        actor: requireActor(request, owners),
        id: request.params.id,
        input: request.body,
        submit: request.query.submit,
      }),
  );

  const ownerActions = [
    ['submit', 'Submit a draft or returned project for moderation (owner)', submitProject],
    ['renew', 'Keep a published or expired project listed for another 12 months (owner)', renewProject],
    ['withdraw', 'Withdraw a project from the platform (owner)', withdrawProject],
  ] as const;
  for (const [action, summary, command] of ownerActions) {
    app.post(
      `/investment/projects/:id/${action}`,
      {
        schema: {
          tags,
          summary,
          security,
          params: projectParamsSchema,
          response: { 200: projectDetailSchema, ...problemResponses.write },
        },
      },
      (request) => command({ db, actor: requireActor(request, owners), id: request.params.id }),
    );
  }

  app.post(
    '/investment/projects/:id/publish',
    {
      schema: {
        tags,
        summary: "Publish a submitted project for 12 months (the country's focal point or the Secretariat)",
        security,
        params: projectParamsSchema,
        response: { 200: projectDetailSchema, ...problemResponses.write },
      },
    },
    (request) => publishProject({ db, actor: requireActor(request, moderators), id: request.params.id }),
  );

  app.post(
    '/investment/projects/:id/return',
    {
      schema: {
        tags,
        summary: "Return a submitted project to its owner with a reason (the country's focal point or the Secretariat)",
        security,
        params: projectParamsSchema,
        body: projectReturnInputSchema,
        response: { 200: projectDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      returnProject({
        db,
        actor: requireActor(request, moderators),
        id: request.params.id,
        reason: request.body.reason,
      }),
  );

  app.get(
    '/investment/moderation/projects',
    {
      schema: {
        tags,
        summary: 'Submitted projects waiting for a decision: their country for a focal point, all for the Secretariat',
        security,
        querystring: moderationQuerySchema,
        response: { 200: projectListSchema, ...problemResponses.write },
      },
    },
    (request) => listModerationQueue({ db, actor: requireActor(request, moderators), ...request.query }),
  );

  app.get(
    '/investment/projects/:id/documents',
    {
      schema: {
        tags,
        summary: 'The PDF documents of a project (public once the project is published)',
        params: projectParamsSchema,
        response: { 200: projectDocumentListSchema, ...problemResponses.read },
      },
    },
    (request) => listProjectDocuments({ db, actor: request.actor, projectId: request.params.id }),
  );

  app.get(
    '/investment/projects/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Download one document (application/pdf, as an attachment)',
        params: documentParamsSchema,
        response: {
          200: { description: 'PDF document', content: { 'application/pdf': { schema: z.string() } } },
          ...problemResponses.read,
        },
      },
    },
    async (request, reply) => {
      const document = await readProjectDocument({
        db,
        actor: request.actor,
        projectId: request.params.id,
        documentId: request.params.documentId,
      });
      // The typed reply knows only the schema's string; Fastify sends bytes as they are.
      const raw: FastifyReply = reply;
      raw.header('content-type', 'application/pdf');
      raw.header('content-disposition', attachmentDisposition(document.filename));
      raw.header('x-content-type-options', 'nosniff');
      return raw.send(document.content);
    },
  );

  app.delete(
    '/investment/projects/:id/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'Remove a document (owner or Secretariat)',
        security,
        params: documentParamsSchema,
        response: { 204: z.null().describe('Removed'), ...problemResponses.write },
      },
    },
    async (request, reply) => {
      await deleteProjectDocument({
        db,
        actor: requireActor(request, owners),
        projectId: request.params.id,
        documentId: request.params.documentId,
      });
      return reply.status(204).send(null);
    },
  );

  // The upload takes a raw PDF body; its parser and its larger body limit stay inside this scope.
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/pdf',
      { parseAs: 'buffer', bodyLimit: uploadBodyLimit },
      (_request, body, done) => done(null, body),
    );
    // Fastify's own refusals of the body become the platform's codes; the module's handler presents them.
    scope.setErrorHandler((error: FastifyError) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        throw new DomainError(
          'payload_too_large',
          `A document may be at most ${maxDocumentBytes / (1024 * 1024)} MB.`,
          { maxBytes: maxDocumentBytes },
        );
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        throw new DomainError('unsupported_media_type', 'Send the document as Content-Type: application/pdf.');
      }
      throw error;
    });
    (scope as unknown as ApiApp).post(
      '/investment/projects/:id/documents',
      {
        bodyLimit: uploadBodyLimit,
        schema: {
          tags,
          summary: 'Attach a PDF (raw body, Content-Type: application/pdf) to a project (owner or Secretariat)',
          description: `At most ${maxDocumentBytes} bytes; the body must start with %PDF-.`,
          security,
          params: projectParamsSchema,
          querystring: documentUploadQuerySchema,
          response: { 201: projectDocumentSchema, ...uploadResponses },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request, owners);
        if (!Buffer.isBuffer(request.body)) {
          throw new DomainError('unsupported_media_type', 'Send the document as Content-Type: application/pdf.');
        }
        const document = await uploadProjectDocument({
          db,
          actor,
          projectId: request.params.id,
          filename: request.query.filename,
          content: request.body,
        });
        return reply.status(201).send(document);
      },
    );
  });
}
