import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type CsvColumn, csvByteOrderMark, csvHeader, csvRecords } from '../../../core/src/csv/csv.ts';
import { problemResponses, problemSchema } from '../../../core/src/http/problem-schema.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { buildAkomaNtoso } from '../exports/akoma-ntoso.ts';
import { attachment, exportEnvelope, exportEnvelopeSchema, exportFileName } from '../exports/export-envelope.ts';
import { type ListExport, listExports, readExportSources } from '../exports/list-exports.ts';
import { readAkomaNtosoInput } from '../exports/read-akoma-ntoso-input.ts';
import {
  type ImplementationReportQuery,
  implementationReportQuerySchema,
  implementationReportSchema,
} from '../implementation-report/implementation-report-contract.ts';
import { createPdfRenderer } from '../implementation-report/pdf-renderer.ts';
import { readImplementationReport } from '../implementation-report/read-implementation-report.ts';
import { renderImplementationReportHtml } from '../implementation-report/render-report-html.ts';
import { implementationReportCsv } from '../implementation-report/report-csv.ts';

const tags = ['exports'];

const exportScheme =
  'Every public list exports as `GET /api/v1/exports/{list}.csv` or `…/{list}.json`, with the same filters as the ' +
  'list (no paging: every matching record). CSV: RFC 4180, UTF-8 with a byte order mark, a header row, one ' +
  'column per language for each trilingual text plus its `_provenance` column, ISO dates, list values joined with ' +
  '"; ", cells a spreadsheet would run as a formula prefixed with an apostrophe, and a `source` column. JSON: ' +
  '`{ source, provenanceNote, sources, generatedAt, filters, total, items }`. Both are downloads ' +
  '(Content-Disposition: attachment). Russian and English texts may be unofficial translations: see the provenance.';

const fileResponse = (description: string, contentType: string) => ({
  description,
  content: { [contentType]: { schema: z.string() } },
});

const csvContentType = 'text/csv; charset=utf-8; header=present';

/**
 * Sends a file body (text, bytes or a stream). The route's typed reply only knows the schema's string; Fastify
 * sends all three as they are, without the JSON serializer.
 */
const sendFile = (
  reply: FastifyReply,
  options: { type: string; disposition: string | null; body: string | Buffer | Readable },
) => {
  reply.header('content-type', options.type);
  if (options.disposition) reply.header('content-disposition', options.disposition);
  return reply.send(options.body);
};

async function* csvChunks<Item>(
  columns: readonly CsvColumn<Item>[],
  first: Item[],
  rest: AsyncGenerator<Item[]>,
): AsyncGenerator<string> {
  yield csvByteOrderMark + csvHeader(columns);
  yield csvRecords(columns, first);
  for await (const page of rest) yield csvRecords(columns, page);
}

function registerListExport<Query extends z.ZodType, Item extends z.ZodType>(
  app: ApiApp,
  { db }: ModuleContext,
  list: ListExport<Query, Item>,
) {
  app.get(
    `/exports/${list.name}.csv`,
    {
      schema: {
        tags,
        summary: `${list.summary} (CSV)`,
        description: exportScheme,
        querystring: list.querySchema,
        response: {
          200: fileResponse('RFC 4180 CSV, UTF-8 with byte order mark', 'text/csv'),
          ...problemResponses.read,
        },
      },
    },
    async (request, reply) => {
      const generatedAt = new Date();
      const pages = list.pages({ db, query: request.query as z.infer<Query> });
      // The first page is read before answering, so that a failure is still a problem document, not a cut file.
      const first = await pages.next();
      return sendFile(reply, {
        type: csvContentType,
        disposition: attachment(exportFileName({ name: list.name, generatedAt, extension: 'csv' })),
        body: Readable.from(csvChunks(list.columns, first.done ? [] : first.value, pages)),
      });
    },
  );

  app.get(
    `/exports/${list.name}.json`,
    {
      schema: {
        tags,
        summary: `${list.summary} (JSON)`,
        description: exportScheme,
        querystring: list.querySchema,
        response: { 200: exportEnvelopeSchema(list.itemSchema), ...problemResponses.read },
      },
    },
    async (request, reply) => {
      const generatedAt = new Date();
      const query = request.query as z.infer<Query>;
      const items: z.infer<Item>[] = [];
      for await (const page of list.pages({ db, query })) items.push(...page);
      const sources = await readExportSources(db);
      reply.header(
        'content-disposition',
        attachment(exportFileName({ name: list.name, generatedAt, extension: 'json' })),
      );
      return exportEnvelope({ items, filters: query as Record<string, unknown>, sources, generatedAt });
    },
  );
}

const reportFileName = (query: ImplementationReportQuery, extension: string) =>
  `sco-implementation-report-${query.from}-${query.to}-${query.lang}.${extension}`;

const reportDescription =
  'The implementation report for a period: the initiatives on the agenda during it (of the topics given, or all) ' +
  'with their stage changes and the statements behind them, lead and due date; the accepted member-state reports ' +
  'covering the period; the events held in it; and counts by stage, topic and country. Texts keep their ' +
  'provenance; `lang` chooses the language of the printable versions (HTML, PDF) and of the CSV texts.';

/**
 * Open-data downloads: every public list as CSV and JSON, a meeting's text as Akoma Ntoso XML, and the
 * implementation report as JSON, CSV, printable HTML and PDF. All public reads.
 */
export function registerExportRoutes(app: ApiApp, context: ModuleContext) {
  const { db } = context;
  // Each list is consistent in itself; their union is no single instance of the generic type.
  for (const list of listExports) registerListExport(app, context, list as unknown as ListExport<z.ZodType, z.ZodType>);

  app.get(
    '/meetings/:id/akoma-ntoso.xml',
    {
      schema: {
        tags,
        summary: "A meeting's text as Akoma Ntoso 3.0 XML (OASIS LegalDocML)",
        description:
          'An AKN `doc` with FRBR identification, references to the body, place, people, events and initiatives, ' +
          'and one numbered paragraph per statement with the documents, events, initiatives and dates marked where the platform found them.',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: {
          200: fileResponse('Akoma Ntoso 3.0 XML', 'application/xml'),
          ...problemResponses.read,
        },
      },
    },
    async (request, reply) => {
      const generatedOn = new Date().toISOString().slice(0, 10);
      const input = await readAkomaNtosoInput({ db, id: request.params.id, generatedOn });
      return sendFile(reply, {
        type: 'application/xml; charset=utf-8',
        disposition: attachment(`${input.meeting.id}.akn.xml`),
        body: buildAkomaNtoso(input),
      });
    },
  );

  app.get(
    '/implementation-report',
    {
      schema: {
        tags,
        summary: 'The implementation report for a period and topics',
        description: reportDescription,
        querystring: implementationReportQuerySchema,
        response: { 200: implementationReportSchema, 400: problemSchema },
      },
    },
    (request) => readImplementationReport({ db, query: request.query, generatedAt: new Date() }),
  );

  app.get(
    '/implementation-report.json',
    {
      schema: {
        tags,
        summary: 'The implementation report as a JSON download',
        description: reportDescription,
        querystring: implementationReportQuerySchema,
        response: { 200: implementationReportSchema, 400: problemSchema },
      },
    },
    async (request, reply) => {
      const report = await readImplementationReport({ db, query: request.query, generatedAt: new Date() });
      reply.header('content-disposition', attachment(reportFileName(request.query, 'json')));
      return report;
    },
  );

  app.get(
    '/implementation-report.csv',
    {
      schema: {
        tags,
        summary: 'The implementation report as one CSV table (a `section` column per record)',
        description: reportDescription,
        querystring: implementationReportQuerySchema,
        response: { 200: fileResponse('RFC 4180 CSV, UTF-8 with byte order mark', 'text/csv'), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const report = await readImplementationReport({ db, query: request.query, generatedAt: new Date() });
      return sendFile(reply, {
        type: csvContentType,
        disposition: attachment(reportFileName(request.query, 'csv')),
        body: implementationReportCsv(report),
      });
    },
  );

  app.get(
    '/implementation-report.html',
    {
      schema: {
        tags,
        summary: 'The implementation report as a printable, self-contained HTML document',
        description: reportDescription,
        querystring: implementationReportQuerySchema,
        response: { 200: fileResponse('HTML document', 'text/html'), 400: problemSchema },
      },
    },
    async (request, reply) => {
      const report = await readImplementationReport({ db, query: request.query, generatedAt: new Date() });
      // Inline styles are all the document has: nothing else may load or run.
      reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
      return sendFile(reply, {
        type: 'text/html; charset=utf-8',
        disposition: null,
        body: renderImplementationReportHtml(report),
      });
    },
  );

  const pdf = createPdfRenderer({ executablePath: process.env.SCO_CHROMIUM_PATH || '/usr/bin/chromium' });
  app.addHook('onClose', () => pdf.close());

  app.get(
    '/implementation-report.pdf',
    {
      schema: {
        tags,
        summary: 'The implementation report as PDF (printed by Chromium)',
        description: `${reportDescription} Answers 503 \`service_unavailable\` when Chromium is not installed.`,
        querystring: implementationReportQuerySchema,
        response: {
          200: fileResponse('PDF document', 'application/pdf'),
          400: problemSchema,
          503: problemSchema.describe('Chromium is not available on this installation'),
        },
      },
    },
    async (request, reply) => {
      const report = await readImplementationReport({ db, query: request.query, generatedAt: new Date() });
      const document = await pdf.render(renderImplementationReportHtml(report));
      return sendFile(reply, {
        type: 'application/pdf',
        disposition: attachment(reportFileName(request.query, 'pdf')),
        body: document,
      });
    },
  );
}
