import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  documentDetailSchema,
  documentSignInputSchema,
  documentVerificationSchema,
  publicKeySchema,
  signatureVerifyInputSchema,
  signatureVerifyResultSchema,
  signedDocumentBundleSchema,
} from '../documents/contracts.ts';
import {
  editDocumentFields,
  loadDocumentForActor,
  signDocument,
  supersedeDocument,
} from '../documents/document-commands.ts';
import { getDocumentDetail, getPublicKey, getSignedBundle, verifySignature } from '../documents/document-views.ts';
import { verifyDocument } from '../documents/verify-document.ts';

const tags = ['freight-documents'];
const security = [{ session: [], csrf: [] }];
const idParams = z.object({ id: z.uuid('must be a document id (UUID)') });

/** Consignment notes and waybills: read, edit drafts, sign, supersede, verify. */
export function registerDocumentRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/freight/documents/:id',
    {
      schema: {
        tags,
        summary: 'One document with its fields, signatures, versions and what the caller may do',
        security,
        params: idParams,
        response: { 200: documentDetailSchema, ...problemResponses.write },
      },
    },
    (request) => getDocumentDetail({ db, actor: requireActor(request), documentId: request.params.id }),
  );

  app.patch(
    '/freight/documents/:id',
    {
      schema: {
        tags,
        summary: "Edit a draft's fields (booking party; the leg's carrier fills its vehicle, vessel or flight)",
        description: 'A signed document is never edited (409); supersede it to correct it.',
        security,
        params: idParams,
        body: z.object({ fields: z.record(z.string().max(100), z.unknown()) }),
        response: { 200: documentDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await editDocumentFields({ db, actor, documentId: request.params.id, changes: request.body.fields });
      return getDocumentDetail({ db, actor, documentId: request.params.id });
    },
  );

  app.post(
    '/freight/documents/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign a document (Ed25519) as consignor or carrier',
        description:
          "The booking party issues rail notes, eCMR and eTIR as consignor; the leg's carrier issues sea and air waybills and may accept rail and road notes once issued. The issuing signature makes the document immutable.",
        security,
        params: idParams,
        body: documentSignInputSchema,
        response: { 200: documentDetailSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await signDocument({ db, actor, documentId: request.params.id, capacity: request.body.capacity });
      return getDocumentDetail({ db, actor, documentId: request.params.id });
    },
  );

  app.post(
    '/freight/documents/:id/supersede',
    {
      schema: {
        tags,
        summary: 'Start a correction of a signed document: a new draft version (booking party)',
        description: 'The signed version stays in force and is marked superseded when the new version is signed.',
        security,
        params: idParams,
        response: { 201: documentDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await supersedeDocument({ db, actor, documentId: request.params.id });
      return reply.status(201).send(await getDocumentDetail({ db, actor, documentId: created.id }));
    },
  );

  app.get(
    '/freight/documents/:id/verification',
    {
      schema: {
        tags,
        summary: "Check a document's digest, payload and signatures",
        security,
        params: idParams,
        response: { 200: documentVerificationSchema, ...problemResponses.write },
      },
    },
    async (request) => {
      const loaded = await loadDocumentForActor({ db, actor: requireActor(request), documentId: request.params.id });
      return verifyDocument({ db, documentId: loaded.row.id });
    },
  );

  app.get(
    '/freight/documents/:id/signed.json',
    {
      schema: {
        tags,
        summary: 'Download the signed payload and signatures with public keys, for offline verification',
        security,
        params: idParams,
        response: { 200: signedDocumentBundleSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const bundle = await getSignedBundle({ db, actor: requireActor(request), documentId: request.params.id });
      reply.header('content-disposition', `attachment; filename="${bundle.number}.signed.json"`);
      return bundle;
    },
  );

  app.post(
    '/freight/signatures/verify',
    {
      // Nothing changes: a check anyone may run, with or without a session.
      config: { csrfExempt: true },
      schema: {
        tags,
        summary: 'Verify a payload and signature against a published key (public)',
        // An empty requirement: anyone may call it, signed in or not.
        security: [{}],
        body: signatureVerifyInputSchema,
        response: { 200: signatureVerifyResultSchema, ...problemResponses.read },
      },
    },
    (request) => verifySignature({ db, ...request.body }),
  );

  app.get(
    '/freight/keys/:id',
    {
      schema: {
        tags,
        summary: 'A published signing key: Ed25519 public key, PEM (public)',
        params: z.object({ id: z.uuid('must be a key id (UUID)') }),
        response: { 200: publicKeySchema, ...problemResponses.read },
      },
    },
    (request) => getPublicKey({ db, keyId: request.params.id }),
  );
}
