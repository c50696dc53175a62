import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import type { Language } from '../../../core/src/localized-text.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  csvLines,
  csvStart,
  type ExportRecord,
  exportRecords,
  exportSource,
  type InvestmentDataset,
  investmentDatasets,
  investmentExportSchema,
  investmentExports,
} from '../exports/investment-exports.ts';

const tags = ['investment-exports'];

const exportScheme =
  'Every investment list exports as `GET /api/v1/investment/exports/{projects|profiles|incentives|parks}.csv` or ' +
  '`….json`, with the same filters as the list and what the caller may see there (no paging: every matching ' +
  'record). Contact details are never exported. `lang` (zh, ru, en; default en) picks the language of the texts; ' +
  'each text column has a `*_language` column naming the language it is actually in. CSV: RFC 4180, UTF-8 with a ' +
  'byte order mark, list values joined with "; ", cells a spreadsheet would run as a formula prefixed with an ' +
  'apostrophe, a `demo` and a `provenance` column. JSON: `{ source, total, items }`.';

const csvContentType = 'text/csv; charset=utf-8; header=present';

/** `sco-investment-projects-2026-11-27-en.csv`: what, when, which language, which format. */
const fileName = (dataset: InvestmentDataset, generatedAt: Date, language: Language, extension: string) =>
  `sco-investment-${dataset}-${generatedAt.toISOString().slice(0, 10)}-${language}.${extension}`;

async function* csvChunks(
  dataset: InvestmentDataset,
  first: ExportRecord[],
  rest: AsyncGenerator<ExportRecord[]>,
): AsyncGenerator<string> {
  yield csvStart(dataset) + csvLines(dataset, first);
  for await (const page of rest) yield csvLines(dataset, page);
}

/**
 * Sends the CSV stream. The route's typed reply only knows the schema's string; Fastify sends a stream as it is,
 * without the JSON serializer.
 */
const sendCsv = (reply: FastifyReply, options: { fileName: string; body: Readable }) => {
  reply.header('content-type', csvContentType);
  reply.header('content-disposition', `attachment; filename="${options.fileName}"`);
  return reply.send(options.body);
};

function registerDatasetExport(app: ApiApp, { db }: ModuleContext, dataset: InvestmentDataset) {
  const { querySchema, what } = investmentExports[dataset];

  app.get(
    `/investment/exports/${dataset}.csv`,
    {
      schema: {
        tags,
        summary: `${what} (CSV)`,
        description: exportScheme,
        querystring: querySchema,
        response: {
          200: {
            description: 'RFC 4180 CSV, UTF-8 with byte order mark',
            content: { 'text/csv': { schema: z.string() } },
          },
          ...problemResponses.read,
          401: problemResponses.write[401],
        },
      },
    },
    async (request, reply) => {
      const generatedAt = new Date();
      const query = request.query as Record<string, unknown> & { lang: Language };
      const pages = exportRecords({ db, actor: request.actor, dataset, query });
      // The first page is read before answering, so that a failure is still a problem document, not a cut file.
      const first = await pages.next();
      return sendCsv(reply, {
        fileName: fileName(dataset, generatedAt, query.lang, 'csv'),
        body: Readable.from(csvChunks(dataset, first.done ? [] : first.value, pages)),
      });
    },
  );

  app.get(
    `/investment/exports/${dataset}.json`,
    {
      schema: {
        tags,
        summary: `${what} (JSON)`,
        description: exportScheme,
        querystring: querySchema,
        response: { 200: investmentExportSchema, ...problemResponses.read, 401: problemResponses.write[401] },
      },
    },
    async (request, reply) => {
      const generatedAt = new Date();
      const query = request.query as Record<string, unknown> & { lang: Language };
      const items: ExportRecord[] = [];
      for await (const page of exportRecords({ db, actor: request.actor, dataset, query })) items.push(...page);
      reply.header(
        'content-disposition',
        `attachment; filename="${fileName(dataset, generatedAt, query.lang, 'json')}"`,
      );
      return { source: exportSource({ dataset, generatedAt, query }), total: items.length, items };
    },
  );
}

/** CSV and JSON downloads of the project, profile, incentive and park lists. */
export function registerExportRoutes(app: ApiApp, context: ModuleContext) {
  for (const dataset of investmentDatasets) registerDatasetExport(app, context, dataset);
}
