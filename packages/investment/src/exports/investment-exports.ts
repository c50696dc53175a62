import { z } from 'zod';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { type CsvCell, csvByteOrderMark, csvRow, joinedList } from '../../../core/src/csv/csv.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { type Language, languageSchema } from '../../../core/src/localized-text.ts';
import { incentiveListQuerySchema, type PresentedIncentive } from '../incentives/contracts.ts';
import { listIncentives } from '../incentives/incentive-reads.ts';
import { type PresentedPark, parkListQuerySchema } from '../parks/contracts.ts';
import { listParks } from '../parks/park-reads.ts';
import { type PresentedProfile, profileListQuerySchema } from '../profiles/contracts.ts';
import { listProfiles } from '../profiles/profile-reads.ts';
import { type ProjectSummary, projectListQuerySchema } from '../projects/contracts.ts';
import { listProjects } from '../projects/project-reads.ts';
import { localizedTextIn, userTextIn } from './export-texts.ts';

/** A value of an exported record: JSON keeps lists as lists; CSV joins them with "; ". */
export const exportValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.string()),
  z.array(z.number()),
]);
export type ExportValue = z.infer<typeof exportValueSchema>;
export type ExportRecord = Record<string, ExportValue>;

export const investmentDatasets = ['projects', 'profiles', 'incentives', 'parks'] as const;
export type InvestmentDataset = (typeof investmentDatasets)[number];

const demoProvenance = 'demo: invented by the platform for illustration; not a real record';

/** Every export names the language of its texts; a text missing in it is given in another, which the row says. */
const exportLanguageQuery = {
  lang: languageSchema
    .default('en')
    .meta({ description: 'Language of the texts (zh, ru, en); each text column has a *_language column' }),
};

/** Paging is the export's own business: it holds every record the list would show the caller. */
const withoutPaging = { limit: true, offset: true } as const;

interface DatasetExport<Query extends z.ZodType, Item> {
  name: InvestmentDataset;
  /** What the data is, said in the JSON `source` block. */
  what: string;
  querySchema: Query;
  /** Page size for reading the list: its own maximum. */
  pageSize: number;
  list(options: {
    db: Db;
    actor: Actor | null;
    query: z.infer<Query> & { limit: number; offset: number };
  }): Promise<{ items: Item[]; total: number }>;
  columns: readonly string[];
  /** An allowlist of fields: contacts are never among them, whoever asks. */
  record(item: Item, language: Language): ExportRecord;
}

const defineExport = <Query extends z.ZodType, Item>(dataset: DatasetExport<Query, Item>) => dataset;

/** The text columns of one owner-written or record text: `<name>` and `<name>_language`. */
const textColumns = (name: string) => [name, `${name}_language`];

const projectExport = defineExport({
  name: 'projects',
  what: 'Industrial investment projects listed on the SCO Cooperation Platform',
  querySchema: projectListQuerySchema.omit(withoutPaging).extend(exportLanguageQuery),
  pageSize: 200,
  list: ({ db, actor, query }) => listProjects({ db, actor, query }),
  columns: [
    'id',
    ...textColumns('title'),
    ...textColumns('summary'),
    'sponsor_name',
    'country_code',
    'region_code',
    'region_name',
    'latitude',
    'longitude',
    'isic_section',
    'isic_division',
    'stage',
    'capital_cost',
    'currency',
    'capital_cost_usd',
    'financing_instruments',
    'financing_amount',
    'financing_amount_usd',
    'usd_rate_date',
    'usd_rate_is_demo',
    'jobs',
    'environmental_category',
    'sdgs',
    'languages',
    'keywords',
    'initiative_ids',
    'document_ids',
    'status',
    'published_at',
    'expires_at',
    'stale',
    'demo',
    'provenance',
  ],
  record: (project: ProjectSummary, language) => {
    const title = userTextIn(project.title, language);
    const summary = userTextIn(project.summary, language);
    return {
      id: project.id,
      title: title.text,
      title_language: title.language,
      summary: summary.text,
      summary_language: summary.language,
      sponsor_name: project.sponsorName,
      country_code: project.countryCode,
      region_code: project.regionCode,
      region_name: project.regionName,
      latitude: project.latitude,
      longitude: project.longitude,
      isic_section: project.isicSection,
      isic_division: project.isicDivision,
      stage: project.stage,
      capital_cost: project.capitalCost,
      currency: project.currency,
      capital_cost_usd: project.usd.capitalCost,
      financing_instruments: project.financingInstruments,
      financing_amount: project.financingAmount,
      financing_amount_usd: project.usd.financingAmount,
      usd_rate_date: project.usd.rateDate,
      usd_rate_is_demo: project.usd.demoRate,
      jobs: project.jobs,
      environmental_category: project.environmentalCategory,
      sdgs: project.sdgs,
      languages: project.languages,
      keywords: project.keywords,
      initiative_ids: project.initiativeIds,
      document_ids: project.documentIds,
      status: project.status,
      published_at: project.publishedAt,
      expires_at: project.expiresAt,
      stale: project.stale,
      demo: project.demo,
      provenance: project.demo
        ? demoProvenance
        : "listed by the project's sponsor; published after moderation by the country's focal point or the Secretariat",
    };
  },
});

const profileExport = defineExport({
  name: 'profiles',
  what: 'Investor and partnering profiles published on the SCO Cooperation Platform',
  querySchema: profileListQuerySchema.omit(withoutPaging).extend(exportLanguageQuery),
  pageSize: 100,
  list: ({ db, actor, query }) => listProfiles({ db, actor, query }),
  columns: [
    'id',
    'kind',
    'investor_type',
    'partnering_type',
    'organisation_name',
    ...textColumns('title'),
    ...textColumns('description'),
    'country_code',
    'ticket_min_usd',
    'ticket_max_usd',
    'sectors',
    'target_countries',
    'target_regions',
    'stages',
    'instruments',
    'partnership_types',
    'languages',
    'keywords',
    'initiative_ids',
    'document_ids',
    'status',
    'expires_at',
    'stale',
    'demo',
    'provenance',
  ],
  record: (profile: PresentedProfile, language) => {
    const title = userTextIn(profile.title, language);
    const description = userTextIn(profile.description, language);
    return {
      id: profile.id,
      kind: profile.kind,
      investor_type: profile.investorType,
      partnering_type: profile.partneringType,
      organisation_name: profile.organisationName,
      title: title.text,
      title_language: title.language,
      description: description.text,
      description_language: description.language,
      country_code: profile.countryCode,
      ticket_min_usd: profile.ticketMinUsd,
      ticket_max_usd: profile.ticketMaxUsd,
      sectors: profile.sectors,
      target_countries: profile.targetCountries,
      target_regions: profile.targetRegions,
      stages: profile.stages,
      instruments: profile.instruments,
      partnership_types: profile.partnershipTypes,
      languages: profile.languages,
      keywords: profile.keywords,
      initiative_ids: profile.initiativeIds,
      document_ids: profile.documentIds,
      status: profile.status,
      expires_at: profile.expiresAt,
      stale: profile.stale,
      demo: profile.demo,
      provenance: profile.demo ? demoProvenance : "published by the profile's owner",
    };
  },
});

/** The columns of a record text: the text, its language and whether it is official wording. */
const localizedColumns = (name: string) => [name, `${name}_language`, `${name}_provenance`];

const localizedRecord = (name: string, value: Parameters<typeof localizedTextIn>[0], language: Language) => {
  const picked = localizedTextIn(value, language);
  return { [name]: picked.text, [`${name}_language`]: picked.language, [`${name}_provenance`]: picked.provenance };
};

const sourcedProvenance = (record: {
  demo: boolean;
  sourceTitle: string | null;
  sourceUrl: string | null;
  retrievedOn: string | null;
}) =>
  record.demo
    ? demoProvenance
    : `source: ${[record.sourceTitle, record.sourceUrl].filter(Boolean).join(', ')}${record.retrievedOn ? `; retrieved ${record.retrievedOn}` : ''}`;

const incentiveExport = defineExport({
  name: 'incentives',
  what: 'Preferential policies (incentives) of SCO member states, with their eligibility and legal basis',
  querySchema: incentiveListQuerySchema.omit(withoutPaging).extend(exportLanguageQuery),
  pageSize: 200,
  list: ({ db, actor, query }) => listIncentives({ db, actor, query }),
  columns: [
    'id',
    'country_code',
    'kind',
    ...localizedColumns('title'),
    ...localizedColumns('benefit'),
    'eligible_sectors',
    'excluded_sectors',
    'regions',
    'park_ids',
    'min_investment_amount',
    'min_investment_currency',
    'min_jobs',
    'stages',
    'valid_from',
    'valid_to',
    ...localizedColumns('legal_basis'),
    'source_url',
    'source_title',
    'retrieved_on',
    'demo',
    'provenance',
  ],
  record: (incentive: PresentedIncentive, language) => ({
    id: incentive.id,
    country_code: incentive.countryCode,
    kind: incentive.kind,
    ...localizedRecord('title', incentive.title, language),
    ...localizedRecord('benefit', incentive.benefit, language),
    eligible_sectors: incentive.eligibility.sectors,
    excluded_sectors: incentive.eligibility.excludedSectors,
    regions: incentive.eligibility.regions,
    park_ids: incentive.eligibility.parkIds,
    min_investment_amount: incentive.eligibility.minInvestment?.amount ?? null,
    min_investment_currency: incentive.eligibility.minInvestment?.currency ?? null,
    min_jobs: incentive.eligibility.minJobs,
    stages: incentive.eligibility.stages,
    valid_from: incentive.validFrom,
    valid_to: incentive.validTo,
    ...localizedRecord('legal_basis', incentive.legalBasis, language),
    source_url: incentive.sourceUrl,
    source_title: incentive.sourceTitle,
    retrieved_on: incentive.retrievedOn,
    demo: incentive.demo,
    provenance: sourcedProvenance(incentive),
  }),
});

const parkExport = defineExport({
  name: 'parks',
  what: 'Technology parks and special economic zones of SCO member states',
  querySchema: parkListQuerySchema.omit(withoutPaging).extend(exportLanguageQuery),
  pageSize: 500,
  list: ({ db, actor, query }) => listParks({ db, actor, query }),
  columns: [
    'id',
    ...localizedColumns('name'),
    'kind',
    'country_code',
    'region_code',
    'latitude',
    'longitude',
    ...localizedColumns('description'),
    'specialisations',
    'established_year',
    'area_hectares',
    'resident_count',
    'website',
    'source_url',
    'source_title',
    'retrieved_on',
    'demo',
    'provenance',
  ],
  record: (park: PresentedPark, language) => ({
    id: park.id,
    ...localizedRecord('name', park.name, language),
    kind: park.kind,
    country_code: park.countryCode,
    region_code: park.regionCode,
    latitude: park.latitude,
    longitude: park.longitude,
    ...localizedRecord('description', park.description, language),
    specialisations: park.specialisations,
    established_year: park.establishedYear,
    area_hectares: park.areaHectares,
    resident_count: park.residentCount,
    website: park.website,
    source_url: park.sourceUrl,
    source_title: park.sourceTitle,
    retrieved_on: park.retrievedOn,
    demo: park.demo,
    provenance: sourcedProvenance(park),
  }),
});

// biome-ignore lint/suspicious/noExplicitAny: each dataset has its own query and item types; callers use them by name
export const investmentExports: Record<InvestmentDataset, DatasetExport<any, any>> = {
  projects: projectExport,
  profiles: profileExport,
  incentives: incentiveExport,
  parks: parkExport,
};

/**
 * Every record of a dataset the caller may see with these filters, read page by page through the list itself, so
 * the export shows exactly what the list would.
 */
export async function* exportRecords(options: {
  db: Db;
  actor: Actor | null;
  dataset: InvestmentDataset;
  query: Record<string, unknown> & { lang: Language };
}): AsyncGenerator<ExportRecord[]> {
  const { db, actor, query } = options;
  const dataset = investmentExports[options.dataset];
  const { lang, ...filters } = query;
  for (let offset = 0; ; offset += dataset.pageSize) {
    const page = await dataset.list({ db, actor, query: { ...filters, limit: dataset.pageSize, offset } });
    yield page.items.map((item: unknown) => dataset.record(item, lang));
    if (page.items.length < dataset.pageSize || offset + page.items.length >= page.total) return;
  }
}

const csvCell = (value: ExportValue): CsvCell => {
  if (Array.isArray(value)) return joinedList(value.map(String));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value as CsvCell;
};

/** The header record of a dataset, with the byte order mark that starts the file. */
export const csvStart = (dataset: InvestmentDataset) => csvByteOrderMark + csvRow(investmentExports[dataset].columns);

/** Records as CSV lines, in the dataset's column order. */
export const csvLines = (dataset: InvestmentDataset, records: readonly ExportRecord[]) => {
  const { columns } = investmentExports[dataset];
  return records.map((record) => csvRow(columns.map((column) => csvCell(record[column] ?? null)))).join('');
};

export const exportSourceSchema = z
  .object({
    what: z.string(),
    publisher: z.string(),
    generatedAt: z.string().meta({ description: 'ISO 8601 timestamp' }),
    language: languageSchema,
    filters: z.record(z.string(), z.unknown()).meta({ description: 'The filters applied, as understood' }),
    visibility: z.string(),
    demoNote: z.string(),
    languageNote: z.string(),
  })
  .meta({ id: 'InvestmentExportSource' });

export const investmentExportSchema = z
  .object({
    source: exportSourceSchema,
    total: z.number().int(),
    items: z.array(z.record(z.string(), exportValueSchema)),
  })
  .meta({ id: 'InvestmentExport' });
export type InvestmentExportDocument = z.infer<typeof investmentExportSchema>;

/** What the JSON export says about itself: what, when, with which filters, and how to read demo rows. */
export function exportSource(options: {
  dataset: InvestmentDataset;
  generatedAt: Date;
  query: Record<string, unknown> & { lang: Language };
}): z.infer<typeof exportSourceSchema> {
  const { lang, ...filters } = options.query;
  return {
    what: investmentExports[options.dataset].what,
    publisher: 'SCO Cooperation Platform',
    generatedAt: options.generatedAt.toISOString(),
    language: lang,
    filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined && value !== '')),
    visibility: 'The records the caller may see in the list with these filters; contact details are never exported.',
    demoNote:
      'Records with demo = true were invented by the platform for illustration and describe no real project, ' +
      'company, policy or place; never use them as facts.',
    languageNote:
      'Texts are given in the requested language when there is one, otherwise in the language written first (or ' +
      'the official one); each *_language column says which. Owner-written texts are as their owners wrote them; ' +
      '*_provenance says whether a record text is official wording or an unofficial translation.',
  };
}
