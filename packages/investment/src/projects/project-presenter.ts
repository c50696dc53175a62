import type { Actor } from '../../../core/src/auth/actor.ts';
import type { exchangeRates, projects } from '../tables.ts';
import { presentUserText } from '../user-text.ts';
import {
  type EnvironmentalCategory,
  type FinancingInstrument,
  type ProjectStage,
  type ProjectStatus,
  staleAfterDays,
} from '../vocabulary.ts';
import type { ProjectSummary } from './contracts.ts';
import { projectPermissionsOf, seesModeration } from './project-access.ts';

export type ProjectRow = typeof projects.$inferSelect;

/** A project row with the rate its USD figures were computed at (null while none applies). */
export interface ProjectWithRate {
  project: ProjectRow;
  rate: Pick<typeof exchangeRates.$inferSelect, 'source' | 'unitsPerUsd' | 'isDemo'> | null;
}

const staleAfterMs = staleAfterDays * 24 * 60 * 60 * 1000;

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

function presentUsd({ project, rate }: ProjectWithRate): ProjectSummary['usd'] {
  if (project.currency === 'USD') {
    return {
      capitalCost: Number(project.capitalCost),
      financingAmount: numberOrNull(project.financingAmount),
      rateDate: null,
      unitsPerUsd: 1,
      source: null,
      demoRate: false,
      note: null,
    };
  }
  if (project.capitalCostUsd === null || project.fxRateDate === null) {
    return {
      capitalCost: null,
      financingAmount: null,
      rateDate: null,
      unitsPerUsd: null,
      source: null,
      demoRate: false,
      note: 'no rate recorded',
    };
  }
  return {
    capitalCost: Number(project.capitalCostUsd),
    financingAmount: numberOrNull(project.financingAmountUsd),
    rateDate: project.fxRateDate,
    unitsPerUsd: rate ? Number(rate.unitsPerUsd) : null,
    source: rate?.source ?? null,
    demoRate: rate?.isDemo ?? false,
    note: null,
  };
}

/** The allowlist of a project in lists; the return reason only for its owner and moderators. */
export function presentProjectSummary(options: {
  row: ProjectWithRate;
  actor: Actor | null;
  now: Date;
}): ProjectSummary {
  const { row, actor, now } = options;
  const { project } = row;
  const status = project.status as ProjectStatus;
  const access = {
    ownerUserId: project.ownerUserId,
    countryCode: project.countryCode,
    status,
    expiresAt: project.expiresAt,
  };
  return {
    id: project.id,
    ownerUserId: project.ownerUserId,
    title: presentUserText(project.title),
    summary: presentUserText(project.summary),
    sponsorName: project.sponsorName,
    countryCode: project.countryCode,
    regionCode: project.regionCode,
    regionName: project.regionName,
    latitude: project.latitude,
    longitude: project.longitude,
    isicDivision: project.isicDivision,
    isicSection: project.isicSection,
    stage: project.stage as ProjectStage,
    capitalCost: Number(project.capitalCost),
    currency: project.currency,
    financingInstruments: project.financingInstruments as FinancingInstrument[],
    financingAmount: numberOrNull(project.financingAmount),
    usd: presentUsd(row),
    jobs: project.jobs,
    environmentalCategory: project.environmentalCategory as EnvironmentalCategory | null,
    sdgs: project.sdgs,
    languages: project.languages,
    keywords: project.keywords,
    initiativeIds: project.initiativeIds,
    documentIds: project.documentIds,
    status,
    returnReason: seesModeration(actor, access) ? project.returnReason : null,
    submittedAt: project.submittedAt?.toISOString() ?? null,
    publishedAt: project.publishedAt?.toISOString() ?? null,
    expiresAt: project.expiresAt?.toISOString() ?? null,
    lastActivityAt: project.lastActivityAt.toISOString(),
    updatedAt: project.updatedAt.toISOString(),
    stale: status === 'published' && now.getTime() - project.lastActivityAt.getTime() > staleAfterMs,
    demo: project.isDemo,
    permissions: projectPermissionsOf(actor, access),
  };
}
