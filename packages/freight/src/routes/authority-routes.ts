import type { FastifyRequest } from 'fastify';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { createAuthorityLink, revokeAuthorityLink } from '../authority/authority-link-commands.ts';
import { listAuthorityAccesses, listAuthorityLinks } from '../authority/authority-link-reads.ts';
import {
  authorityAccessListSchema,
  authorityAccessQuerySchema,
  authorityLinkListSchema,
  authorityLinkParamsSchema,
  authorityLinkSchema,
  createAuthorityLinkInputSchema,
  createdAuthorityLinkSchema,
  inspectDocumentParamsSchema,
  inspectedDocumentSchema,
  inspectedVerificationSchema,
  inspectionSchema,
  inspectParamsSchema,
  shipmentParamsSchema,
} from '../authority/contracts.ts';
import { inspectLinkAddress, publicBaseUrl } from '../authority/inspect-link-address.ts';
import { inspectDocument, inspectDocumentVerification, inspectShipment } from '../authority/inspect-shipment.ts';

const tags = ['freight-authority'];
const security = [{ session: [], csrf: [] }];
/** Who books shipments, and so may hand out links to them. */
const bookers = ['forwarder', 'shipper'] as const;
const publicAccess = [{}];
const inspectDescription =
  'Public: the token is the credential. Unknown, malformed, expired and revoked tokens all answer the same 404. ' +
  'Every successful access is logged with a keyed hash of the client address and the user agent.';

const clientOf = (request: FastifyRequest) => ({ address: request.ip, userAgent: request.headers['user-agent'] });

/** Read-only links for customs and border authorities, the public pages they open, and their access log. */
export function registerAuthorityRoutes(app: ApiApp, { db }: ModuleContext) {
  app.post(
    '/freight/shipments/:id/authority-links',
    {
      schema: {
        tags,
        summary: 'Make a read-only link (and QR code) to the shipment for an authority (the booking party)',
        description: 'The link, carrying its token, is returned this once; only a hash of the token is stored.',
        security,
        params: shipmentParamsSchema,
        body: createAuthorityLinkInputSchema,
        response: { 201: createdAuthorityLinkSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, bookers);
      const { link, token } = await createAuthorityLink({
        db,
        actor,
        shipmentId: request.params.id,
        input: request.body,
      });
      const baseUrl = publicBaseUrl({
        configured: process.env.SCO_PUBLIC_URL,
        requestOrigin: `${request.protocol}://${request.host}`,
      });
      const address = await inspectLinkAddress({ token, baseUrl });
      return reply.status(201).send({ link, ...address });
    },
  );

  app.get(
    '/freight/shipments/:id/authority-links',
    {
      schema: {
        tags,
        summary: "The shipment's authority links with how often each was opened",
        description: 'For the booking party, the shipper and the Secretariat. Tokens are never shown again.',
        params: shipmentParamsSchema,
        response: { 200: authorityLinkListSchema, ...problemResponses.write },
      },
    },
    (request) => listAuthorityLinks({ db, actor: requireActor(request), shipmentId: request.params.id }),
  );

  app.post(
    '/freight/shipments/:id/authority-links/:linkId/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke an authority link at once (the booking party)',
        security,
        params: authorityLinkParamsSchema,
        response: { 200: authorityLinkSchema, ...problemResponses.write },
      },
    },
    (request) =>
      revokeAuthorityLink({
        db,
        actor: requireActor(request, bookers),
        shipmentId: request.params.id,
        linkId: request.params.linkId,
      }),
  );

  app.get(
    '/freight/shipments/:id/authority-accesses',
    {
      schema: {
        tags,
        summary: "Who opened the shipment's authority links, what and when, newest first",
        description: 'For the booking party, the shipper and the Secretariat.',
        params: shipmentParamsSchema,
        querystring: authorityAccessQuerySchema,
        response: { 200: authorityAccessListSchema, ...problemResponses.write },
      },
    },
    (request) =>
      listAuthorityAccesses({
        db,
        actor: requireActor(request),
        shipmentId: request.params.id,
        query: request.query,
      }),
  );

  app.get(
    '/freight/inspect/:token',
    {
      schema: {
        tags,
        summary: 'The shipment and its issued documents, through an authority link (no account needed)',
        description: inspectDescription,
        security: publicAccess,
        params: inspectParamsSchema,
        response: { 200: inspectionSchema, ...problemResponses.read },
      },
    },
    (request) => inspectShipment({ db, token: request.params.token, client: clientOf(request) }),
  );

  app.get(
    '/freight/inspect/:token/documents/:documentId',
    {
      schema: {
        tags,
        summary: 'One issued document of the shipment with its fields, through an authority link',
        description: inspectDescription,
        security: publicAccess,
        params: inspectDocumentParamsSchema,
        response: { 200: inspectedDocumentSchema, ...problemResponses.read },
      },
    },
    (request) =>
      inspectDocument({
        db,
        token: request.params.token,
        documentId: request.params.documentId,
        client: clientOf(request),
      }),
  );

  app.get(
    '/freight/inspect/:token/documents/:documentId/verification',
    {
      schema: {
        tags,
        summary: "Check a document's digest and signatures, through an authority link",
        description: inspectDescription,
        security: publicAccess,
        params: inspectDocumentParamsSchema,
        response: { 200: inspectedVerificationSchema, ...problemResponses.read },
      },
    },
    (request) =>
      inspectDocumentVerification({
        db,
        token: request.params.token,
        documentId: request.params.documentId,
        client: clientOf(request),
      }),
  );
}
