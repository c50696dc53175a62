import { z } from 'zod';
import type { CsvColumn } from '../../../core/src/csv/csv.ts';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';

/** Where exported data comes from; said in every export (JSON envelope, CSV `source` column). */
export const exportSource =
  'SCO Cooperation Platform open data: facts the platform extracted from the texts of SCO meetings. ' +
  'The official texts are those published by the SCO; see `sources` for each text and its language.';

/** What the provenance of a text means; Russian and English texts are often translations made for the platform. */
export const exportProvenanceNote =
  'Each text carries its provenance per language: "official" is the wording published by the SCO; ' +
  '"unofficial_translation" is a translation made for this platform, not an official SCO text (Russian and ' +
  'English texts are often unofficial translations); "missing" means there is no text in that language yet.';

/** The short form written in the `source` column of every CSV record. */
export const csvSourceNote =
  'SCO Cooperation Platform; official texts as published by the SCO; ru/en texts may be unofficial translations (see the *_provenance columns)';

/** The last column of every CSV export. */
export const sourceColumn = <Item>(): CsvColumn<Item> => ({ header: 'source', value: () => csvSourceNote });

export const exportSourceTextSchema = z
  .object({
    meetingId: z.string(),
    title: localizedTextSchema,
    sourceLanguage: z.string(),
    sourceProvenance: z.enum(['official', 'unofficial_translation']),
    sourceNote: z.string().nullable(),
  })
  .meta({ id: 'ExportSourceText', description: 'A text on the platform: the meeting, its language and provenance' });
export type ExportSourceText = z.infer<typeof exportSourceTextSchema>;

/** The JSON export of a list: what it is, where it comes from, when it was made, the filters, every item. */
export const exportEnvelopeSchema = <Item extends z.ZodType>(item: Item) =>
  z.object({
    source: z.string(),
    provenanceNote: z.string(),
    sources: z.array(exportSourceTextSchema),
    generatedAt: z.string().meta({ description: 'ISO 8601 timestamp' }),
    filters: z.record(z.string(), z.unknown()).meta({ description: 'The filters applied, as understood' }),
    total: z.number().int(),
    items: z.array(item),
  });

export interface ExportEnvelope<Item> {
  source: string;
  provenanceNote: string;
  sources: ExportSourceText[];
  generatedAt: string;
  filters: Record<string, unknown>;
  total: number;
  items: Item[];
}

/** Wraps exported items with the notes every export carries. Filters left empty are not echoed. */
export function exportEnvelope<Item>(options: {
  items: Item[];
  filters: Record<string, unknown>;
  sources: ExportSourceText[];
  generatedAt: Date;
}): ExportEnvelope<Item> {
  const filters = Object.fromEntries(
    Object.entries(options.filters).filter(
      ([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0),
    ),
  );
  return {
    source: exportSource,
    provenanceNote: exportProvenanceNote,
    sources: options.sources,
    generatedAt: options.generatedAt.toISOString(),
    filters,
    total: options.items.length,
    items: options.items,
  };
}

/** `sco-statements-2025-11-18.csv`: what, when, which format. */
export const exportFileName = (options: { name: string; generatedAt: Date; extension: string }) =>
  `sco-${options.name}-${options.generatedAt.toISOString().slice(0, 10)}.${options.extension}`;

/** `attachment` with an ASCII file name (the names are ASCII by construction). */
export const attachment = (fileName: string) => `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`;
