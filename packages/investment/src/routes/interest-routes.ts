import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  dealsQuerySchema,
  dealsSchema,
  expressInterestInputSchema,
  interestDetailSchema,
  interestListQuerySchema,
  interestListSchema,
  interestParamsSchema,
  introduceListingsInputSchema,
  listingParamsSchema,
  moveStageInputSchema,
  noteInputSchema,
  pipelineSchema,
  viewRecordedSchema,
} from '../interests/contracts.ts';
import {
  acceptInterest,
  addBrokerNote,
  declineInterest,
  expressInterest,
  introduceListings,
  moveInterestStage,
} from '../interests/interest-commands.ts';
import { getInitiativeDeals, getInterest, getListingPipeline, listInterests } from '../interests/interest-reads.ts';
import { recordListingView } from '../interests/record-listing-view.ts';

const tags = ['investment-interests'];
const security = [{ session: [], csrf: [] }];
const signedIn = ['business', 'focal_point', 'secretariat', 'admin'] as const;
const brokers = ['focal_point', 'secretariat', 'admin'] as const;
const declineInputSchema = z.object({ reason: z.string().trim().max(2000).optional() }).default({});

/** Listing views, expressions of interest with mutual consent and brokering, their pipeline, deals per initiative. */
export function registerInterestRoutes(app: ApiApp, { db }: ModuleContext) {
  app.post(
    '/investment/listings/:kind/:id/views',
    {
      schema: {
        tags,
        summary: 'Count one view of a listing (once per reader and day; the owner does not count)',
        description: 'Anonymous readers may call it too; a signed-in reader sends the CSRF token as for any write.',
        // Either no session at all, or a session with its CSRF token.
        security: [{}, ...security],
        params: listingParamsSchema,
        response: { 200: viewRecordedSchema, ...problemResponses.write },
      },
    },
    (request) =>
      recordListingView({
        db,
        actor: request.actor,
        ...request.params,
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      }),
  );

  app.get(
    '/investment/listings/:kind/:id/pipeline',
    {
      schema: {
        tags,
        summary: "A listing's pipeline: views, interests by stage, stale flag",
        description: "For the listing's owner, the focal point of its country and the Secretariat.",
        params: listingParamsSchema,
        response: { 200: pipelineSchema, ...problemResponses.write },
      },
    },
    (request) => getListingPipeline({ db, actor: request.actor, ...request.params }),
  );

  app.get(
    '/investment/interests',
    {
      schema: {
        tags,
        summary: 'My expressions of interest: sent, received, brokered (the Secretariat sees all)',
        querystring: interestListQuerySchema,
        response: { 200: interestListSchema, ...problemResponses.write },
      },
    },
    (request) => listInterests({ db, actor: requireActor(request, signedIn), query: request.query }),
  );

  app.get(
    '/investment/interests/:id',
    {
      schema: {
        tags,
        summary: 'One expression of interest with its history',
        params: interestParamsSchema,
        response: { 200: interestDetailSchema, ...problemResponses.write },
      },
    },
    (request) => getInterest({ db, actor: requireActor(request, signedIn), id: request.params.id }),
  );

  app.post(
    '/investment/interests',
    {
      schema: {
        tags,
        summary: 'Express interest in a published project or profile (business)',
        security,
        body: expressInterestInputSchema,
        response: { 201: interestDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const interest = await expressInterest({ db, actor: requireActor(request, ['business']), input: request.body });
      return reply.status(201).send(interest);
    },
  );

  app.post(
    '/investment/interests/introductions',
    {
      schema: {
        tags,
        summary: "Introduce two published listings to each other (focal point of one listing's country, Secretariat)",
        security,
        body: introduceListingsInputSchema,
        response: { 201: interestDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const interest = await introduceListings({ db, actor: requireActor(request, brokers), input: request.body });
      return reply.status(201).send(interest);
    },
  );

  app.post(
    '/investment/interests/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept an interest (a side); contacts are exchanged once both sides have',
        security,
        params: interestParamsSchema,
        response: { 200: interestDetailSchema, ...problemResponses.write },
      },
    },
    (request) => acceptInterest({ db, actor: requireActor(request, signedIn), id: request.params.id }),
  );

  app.post(
    '/investment/interests/:id/decline',
    {
      schema: {
        tags,
        summary: 'Decline a pending interest (a side); the initiator withdraws it the same way',
        security,
        params: interestParamsSchema,
        body: declineInputSchema,
        response: { 200: interestDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      declineInterest({
        db,
        actor: requireActor(request, signedIn),
        id: request.params.id,
        reason: request.body?.reason,
      }),
  );

  app.post(
    '/investment/interests/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move an agreed interest one stage forward, or close it with a reason',
        security,
        params: interestParamsSchema,
        body: moveStageInputSchema,
        response: { 200: interestDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      moveInterestStage({
        db,
        actor: requireActor(request, signedIn),
        id: request.params.id,
        to: request.body.to,
        reason: request.body.reason,
      }),
  );

  app.post(
    '/investment/interests/:id/notes',
    {
      schema: {
        tags,
        summary: "Add a broker's note (focal point of a listing's country, Secretariat)",
        security,
        params: interestParamsSchema,
        body: noteInputSchema,
        response: { 200: interestDetailSchema, ...problemResponses.write },
      },
    },
    (request) =>
      addBrokerNote({ db, actor: requireActor(request, brokers), id: request.params.id, note: request.body.note }),
  );

  app.get(
    '/investment/deals',
    {
      schema: {
        tags,
        summary: 'Deals that carry out an agenda initiative: counts and the citing listings (public)',
        querystring: dealsQuerySchema,
        response: { 200: dealsSchema, ...problemResponses.read },
      },
    },
    (request) => getInitiativeDeals({ db, initiativeId: request.query.initiativeId }),
  );
}
