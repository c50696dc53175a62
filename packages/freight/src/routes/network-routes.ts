import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  linkCreateSchema,
  linkDetailSchema,
  linkListQuerySchema,
  linkListSchema,
  linkParamsSchema,
  linkUpdateSchema,
  networkMapSchema,
  nodeDetailSchema,
  nodeListQuerySchema,
  nodeListSchema,
  nodeParamsSchema,
  nodeUpdateSchema,
  serviceListSchema,
} from '../network/contracts.ts';
import { createLink, updateLink, updateNode } from '../network/network-commands.ts';
import {
  getLinkDetail,
  getNetworkMap,
  getNodeDetail,
  listLinks,
  listNodes,
  listServices,
} from '../network/network-queries.ts';

const tags = ['freight-network'];
const security = [{ session: [], csrf: [] }];
/** Who keeps the network's data: the Secretariat, administrators and carriers. */
const networkEditors = ['secretariat', 'admin', 'carrier'] as const;

const provenanceNote =
  'Every distance says whether it is an estimate (`distanceEstimated`, great-circle × detour factor) or sourced, ' +
  'with its source; coordinates say whether they are approximate.';

/** The corridor network: nodes, links and corridor services, with their provenance and their editing history. */
export function registerNetworkRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/freight/network',
    {
      schema: {
        tags,
        summary: 'The whole network, compact, for maps',
        description: `Public. Nodes with positions and links with their ends, mode and status. ${provenanceNote}`,
        response: { 200: networkMapSchema, ...problemResponses.read },
      },
    },
    () => getNetworkMap({ db }),
  );

  app.get(
    '/freight/nodes',
    {
      schema: {
        tags,
        summary: 'Network nodes, filtered',
        description: 'Public. `q` matches the id or the name in Chinese, Russian or English.',
        querystring: nodeListQuerySchema,
        response: { 200: nodeListSchema, ...problemResponses.read },
      },
    },
    (request) => listNodes({ db, query: request.query }),
  );

  app.get(
    '/freight/nodes/:id',
    {
      schema: {
        tags,
        summary: 'One node with its links, border pair, corridor services and history',
        params: nodeParamsSchema,
        response: { 200: nodeDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getNodeDetail({ db, id: request.params.id }),
  );

  app.patch(
    '/freight/nodes/:id',
    {
      schema: {
        tags,
        summary: 'Edit a node (Secretariat, admin, carrier)',
        description:
          'Send the `version` you edited and a `reason`; only the fields given change. A stale version answers 409.',
        security,
        params: nodeParamsSchema,
        body: nodeUpdateSchema,
        response: { 200: nodeDetailSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, networkEditors);
      return updateNode({ db, actor, id: request.params.id, input: request.body });
    },
  );

  app.get(
    '/freight/links',
    {
      schema: {
        tags,
        summary: 'Network links, filtered',
        description: `Public. \`node\` keeps links with that node at either end. ${provenanceNote}`,
        querystring: linkListQuerySchema,
        response: { 200: linkListSchema, ...problemResponses.read },
      },
    },
    (request) => listLinks({ db, query: request.query }),
  );

  app.get(
    '/freight/links/:id',
    {
      schema: {
        tags,
        summary: 'One link with its revision history',
        params: linkParamsSchema,
        response: { 200: linkDetailSchema, ...problemResponses.read },
      },
    },
    (request) => getLinkDetail({ db, id: request.params.id }),
  );

  app.post(
    '/freight/links',
    {
      schema: {
        tags,
        summary: 'Add a link (Secretariat, admin, carrier)',
        description:
          'A `distanceSource` that is an http(s) address marks the distance as sourced; other text describes an estimate.',
        security,
        body: linkCreateSchema,
        response: { 201: linkDetailSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, networkEditors);
      return reply.status(201).send(await createLink({ db, actor, input: request.body }));
    },
  );

  app.patch(
    '/freight/links/:id',
    {
      schema: {
        tags,
        summary: 'Edit a link (Secretariat, admin, carrier)',
        description:
          'Send the `version` you edited and a `reason`; only the fields given change. A new `distanceSource` that ' +
          'is an http(s) address clears `distanceEstimated`. A stale version answers 409.',
        security,
        params: linkParamsSchema,
        body: linkUpdateSchema,
        response: { 200: linkDetailSchema, ...problemResponses.write },
      },
    },
    (request) => {
      const actor = requireActor(request, networkEditors);
      return updateLink({ db, actor, id: request.params.id, input: request.body });
    },
  );

  app.get(
    '/freight/services',
    {
      schema: {
        tags,
        summary: 'Published corridor services with their sources',
        description:
          'Public. Distance and transit days as published (text: a figure, a range or per-destination values). ' +
          'Names in the languages listed in `unofficialNameLanguages` are our translations.',
        response: { 200: serviceListSchema, ...problemResponses.read },
      },
    },
    () => listServices({ db }),
  );
}
