import { z } from 'zod';
import { latestAuditSeq } from '../../../core/src/audit/audit-log.ts';
import { createVersionedResultCache } from '../../../core/src/cache/versioned-result-cache.ts';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  countryDetailSchema,
  countrySummarySchema,
  documentDetailSchema,
  documentListQuerySchema,
  documentSummarySchema,
  eventDetailSchema,
  eventListQuerySchema,
  eventSummarySchema,
  initiativeDetailSchema,
  initiativeListQuerySchema,
  initiativeSummarySchema,
  listOf,
  meetingDetailSchema,
  meetingSummarySchema,
  overviewSchema,
  pageQuerySchema,
  statementListQuerySchema,
  statementListSchema,
  statementSummarySchema,
} from '../contracts.ts';
import { getCountry, listCountries } from '../read/country-reads.ts';
import { getDocument, getEvent, listDocuments, listEvents, listInitiatives } from '../read/entity-reads.ts';
import { getInitiative } from '../read/initiative-detail.ts';
import { getStatement, listStatements } from '../read/list-statements.ts';
import { getMeeting, listMeetings } from '../read/meeting-reads.ts';
import { getOverview } from '../read/overview.ts';

const idParams = z.object({ id: z.string().min(1).max(100) });
const tags = ['agenda'];

/** Everything the public reads. No route here writes. */
export function registerReadRoutes(app: ApiApp, { db }: ModuleContext) {
  const cache = createVersionedResultCache({ maxEntries: 500, version: () => latestAuditSeq(db) });

  app.get(
    '/overview',
    {
      schema: {
        tags,
        summary: 'Dashboard figures: counts, statements by topic and stance, initiatives by stage, upcoming events',
        response: { 200: overviewSchema },
      },
    },
    () => {
      const today = new Date().toISOString().slice(0, 10);
      return cache.get(`overview:${today}`, () => getOverview({ db, today }));
    },
  );

  app.get(
    '/statements',
    {
      schema: {
        tags,
        summary: 'Search and filter statements',
        description:
          'Full-text search in Chinese (segmented in the application), Russian and English; filters combine with AND, comma-separated values within a filter with OR.',
        querystring: statementListQuerySchema,
        response: { 200: statementListSchema, ...problemResponses.read },
      },
    },
    (request) =>
      cache.get(`statements:${JSON.stringify(request.query)}`, () => listStatements({ db, query: request.query })),
  );

  app.get(
    '/statements/:id',
    {
      schema: {
        tags,
        summary: 'One statement',
        params: idParams,
        response: { 200: statementSummarySchema, ...problemResponses.read },
      },
    },
    (request) => getStatement({ db, id: request.params.id }),
  );

  app.get(
    '/meetings',
    {
      schema: {
        tags,
        summary: 'Meetings whose texts are on the platform',
        querystring: pageQuerySchema,
        response: { 200: listOf(meetingSummarySchema), ...problemResponses.read },
      },
    },
    (request) => listMeetings({ db, ...request.query }),
  );

  app.get(
    '/meetings/:id',
    {
      schema: {
        tags,
        summary: 'A meeting with its official text and every extracted fact and its span',
        params: idParams,
        response: { 200: meetingDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getMeeting({ db, id: request.params.id }),
  );

  app.get(
    '/documents',
    {
      schema: {
        tags,
        summary: 'Documents named in communiqués',
        querystring: documentListQuerySchema,
        response: { 200: listOf(documentSummarySchema), ...problemResponses.read },
      },
    },
    (request) => listDocuments({ db, query: request.query }),
  );

  app.get(
    '/documents/:id',
    {
      schema: {
        tags,
        summary: 'A document and the statements that name it',
        params: idParams,
        response: { 200: documentDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getDocument({ db, id: request.params.id }),
  );

  app.get(
    '/events',
    {
      schema: {
        tags,
        summary: 'Events named in communiqués, held and planned',
        querystring: eventListQuerySchema,
        response: { 200: listOf(eventSummarySchema), ...problemResponses.read },
      },
    },
    (request) => listEvents({ db, query: request.query }),
  );

  app.get(
    '/events/:id',
    {
      schema: {
        tags,
        summary: 'An event and the statements that name it',
        params: idParams,
        response: { 200: eventDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getEvent({ db, id: request.params.id }),
  );

  app.get(
    '/initiatives',
    {
      schema: {
        tags,
        summary: 'Initiatives and their lifecycle stage',
        querystring: initiativeListQuerySchema,
        response: { 200: listOf(initiativeSummarySchema), ...problemResponses.read },
      },
    },
    (request) => listInitiatives({ db, query: request.query }),
  );

  app.get(
    '/initiatives/:id',
    {
      schema: {
        tags,
        summary: 'An initiative with its dated lifecycle, the statements naming it and its implementation reports',
        params: idParams,
        response: { 200: initiativeDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getInitiative({ db, actor: request.actor, id: request.params.id }),
  );

  app.get(
    '/countries',
    {
      schema: {
        tags,
        summary: 'SCO member states, observers and partners with their agenda figures',
        response: { 200: listOf(countrySummarySchema) },
      },
    },
    () => listCountries({ db }),
  );

  app.get(
    '/countries/:code',
    {
      schema: {
        tags,
        summary: 'What a state hosts, endorses by name and reports on',
        params: z.object({ code: z.string().regex(/^[A-Za-z]{2}$/, 'must be a two-letter ISO 3166-1 code') }),
        response: { 200: countryDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getCountry({ db, actor: request.actor, code: request.params.code }),
  );
}
