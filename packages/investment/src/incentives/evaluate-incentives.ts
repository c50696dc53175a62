import type { LocalizedText } from '../../../core/src/localized-text.ts';
import type { IncentiveEligibility } from '../tables.ts';

/** What eligibility needs to know about a project. */
export interface EligibilityProject {
  countryCode: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  isicDivision: string;
  isicSection: string;
  stage: string;
  capitalCost: number;
  currency: string;
  jobs: number | null;
}

export interface EligibilityIncentive {
  id: string;
  countryCode: string;
  validFrom: string | null;
  validTo: string | null;
  eligibility: IncentiveEligibility;
}

export interface EligibilityPark {
  id: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
}

/** One recorded exchange rate: units of `currency` one US dollar buys on `rateDate` (YYYY-MM-DD). */
export interface EligibilityRate {
  currency: string;
  rateDate: string;
  unitsPerUsd: number;
  /** A demonstration rate, not a published fixing: a result computed with it says so. */
  isDemo?: boolean;
}

export const eligibilityConditions = [
  'sector',
  'excluded_sector',
  'region',
  'park',
  'min_investment',
  'min_jobs',
  'stage',
] as const;
export type EligibilityCondition = (typeof eligibilityConditions)[number];

export const checkOutcomes = ['met', 'missed', 'cannot_check'] as const;
export type CheckOutcome = (typeof checkOutcomes)[number];

/**
 * One condition of one incentive checked against the project. `message` says it in English; `facts` carries the
 * figures so that a reader's language can say it too.
 */
export interface ConditionCheck {
  condition: EligibilityCondition;
  outcome: CheckOutcome;
  message: string;
  facts: CheckFacts;
}

export interface CheckFacts {
  /** The project's value the condition looked at (a sector, region, stage, amount or number of jobs). */
  projectValue?: string | number | null;
  /** What the incentive asks for (codes, or the minimum). */
  required?: (string | number)[];
  /** For min_investment: the project's capital cost in the incentive's currency; for min_jobs: the jobs. */
  compared?: number;
  /** How far the project falls short (in the incentive's currency, or jobs). */
  shortBy?: number;
  currency?: string;
  /** The currency for which no exchange rate was recorded on or before the day. */
  missingRateFor?: string;
  /** Rates used for the conversion: currency → rate date. */
  ratesUsed?: Record<string, string>;
  /** True when a demonstration rate went into the conversion. */
  demoRateUsed?: boolean;
  /** For park: the park the project is in or near, the rule that placed it there, and the distance. */
  parkId?: string;
  parkRule?: 'region' | 'radius';
  distanceKm?: number;
}

export const eligibilityVerdicts = ['qualifies', 'misses', 'undetermined'] as const;
/** `undetermined`: nothing missed, but at least one condition could not be checked. */
export type EligibilityVerdict = (typeof eligibilityVerdicts)[number];

export interface IncentiveEvaluation {
  incentiveId: string;
  verdict: EligibilityVerdict;
  checks: ConditionCheck[];
  /** Conditions the platform cannot check, for the reader to confirm with the authority. */
  toConfirm: LocalizedText | null;
}

/**
 * A project counts as in a park when it is within this distance of the park's map position, or when its region
 * (ISO 3166-2) is the park's region. Zones are a few kilometres across; the radius leaves room for approximate
 * coordinates without reaching the next town.
 */
export const parkRadiusKm = 25;

/**
 * For each incentive of the project's country that is valid on `today`, whether the project qualifies, with the
 * reason for every condition. Expired incentives and those not yet in force are not offered.
 */
export function evaluateIncentives(options: {
  project: EligibilityProject;
  incentives: readonly EligibilityIncentive[];
  parks: readonly EligibilityPark[];
  rates: readonly EligibilityRate[];
  /** YYYY-MM-DD. */
  today: string;
}): IncentiveEvaluation[] {
  const { project, incentives, parks, rates, today } = options;
  const parkById = new Map(parks.map((park) => [park.id, park]));
  return incentives
    .filter((incentive) => incentive.countryCode === project.countryCode && isValidOn(incentive, today))
    .map((incentive) => {
      const checks = checksFor({ project, eligibility: incentive.eligibility, parkById, rates, today });
      return {
        incentiveId: incentive.id,
        verdict: verdictOf(checks),
        checks,
        toConfirm: incentive.eligibility.otherConditions ?? null,
      };
    });
}

export function isValidOn(incentive: { validFrom: string | null; validTo: string | null }, day: string): boolean {
  if (incentive.validFrom && incentive.validFrom > day) return false;
  if (incentive.validTo && incentive.validTo < day) return false;
  return true;
}

function verdictOf(checks: ConditionCheck[]): EligibilityVerdict {
  if (checks.some((check) => check.outcome === 'missed')) return 'misses';
  if (checks.some((check) => check.outcome === 'cannot_check')) return 'undetermined';
  return 'qualifies';
}

function checksFor(options: {
  project: EligibilityProject;
  eligibility: IncentiveEligibility;
  parkById: Map<string, EligibilityPark>;
  rates: readonly EligibilityRate[];
  today: string;
}): ConditionCheck[] {
  const { project, eligibility, parkById, rates, today } = options;
  const checks: ConditionCheck[] = [];
  const projectSectors = [project.isicDivision, project.isicSection];

  if (eligibility.sectors && eligibility.sectors.length > 0) {
    const required = eligibility.sectors;
    const met = projectSectors.some((code) => required.includes(code));
    checks.push({
      condition: 'sector',
      outcome: met ? 'met' : 'missed',
      message: met
        ? `Sector ${project.isicDivision} is among the sectors it covers (${required.join(', ')}).`
        : `Sector ${project.isicDivision} is not among the sectors it covers (${required.join(', ')}).`,
      facts: { projectValue: project.isicDivision, required },
    });
  }

  if (eligibility.excludedSectors && eligibility.excludedSectors.length > 0) {
    const excluded = eligibility.excludedSectors;
    const hit = projectSectors.some((code) => excluded.includes(code));
    checks.push({
      condition: 'excluded_sector',
      outcome: hit ? 'missed' : 'met',
      message: hit
        ? `Sector ${project.isicDivision} is excluded (${excluded.join(', ')}).`
        : `Sector ${project.isicDivision} is not excluded (${excluded.join(', ')}).`,
      facts: { projectValue: project.isicDivision, required: excluded },
    });
  }

  if (eligibility.regions && eligibility.regions.length > 0) {
    const regions = eligibility.regions;
    if (!project.regionCode) {
      checks.push({
        condition: 'region',
        outcome: 'cannot_check',
        message: `Cannot check: the project gives no region; it applies in ${regions.join(', ')}.`,
        facts: { projectValue: null, required: regions },
      });
    } else {
      const met = regions.includes(project.regionCode);
      checks.push({
        condition: 'region',
        outcome: met ? 'met' : 'missed',
        message: met
          ? `Region ${project.regionCode} is one where it applies.`
          : `Region ${project.regionCode} is not one where it applies (${regions.join(', ')}).`,
        facts: { projectValue: project.regionCode, required: regions },
      });
    }
  }

  if (eligibility.parkIds && eligibility.parkIds.length > 0) {
    checks.push(parkCheck(project, eligibility.parkIds, parkById));
  }

  if (eligibility.minInvestment) {
    checks.push(investmentCheck(project, eligibility.minInvestment, rates, today));
  }

  if (eligibility.minJobs !== undefined && eligibility.minJobs !== null) {
    const minJobs = eligibility.minJobs;
    if (project.jobs === null) {
      checks.push({
        condition: 'min_jobs',
        outcome: 'cannot_check',
        message: `Cannot check: the project gives no number of jobs; at least ${minJobs} are needed.`,
        facts: { projectValue: null, required: [minJobs] },
      });
    } else {
      const shortBy = minJobs - project.jobs;
      checks.push({
        condition: 'min_jobs',
        outcome: shortBy > 0 ? 'missed' : 'met',
        message:
          shortBy > 0
            ? `Misses by ${shortBy} jobs: ${project.jobs} of at least ${minJobs}.`
            : `${project.jobs} jobs, at least ${minJobs} needed.`,
        facts: {
          projectValue: project.jobs,
          required: [minJobs],
          compared: project.jobs,
          ...(shortBy > 0 ? { shortBy } : {}),
        },
      });
    }
  }

  if (eligibility.stages && eligibility.stages.length > 0) {
    const stages = eligibility.stages;
    const met = stages.includes(project.stage);
    checks.push({
      condition: 'stage',
      outcome: met ? 'met' : 'missed',
      message: met
        ? `Stage ${project.stage} is one it covers.`
        : `Stage ${project.stage} is not one it covers (${stages.join(', ')}).`,
      facts: { projectValue: project.stage, required: stages },
    });
  }

  return checks;
}

function parkCheck(
  project: EligibilityProject,
  parkIds: string[],
  parkById: Map<string, EligibilityPark>,
): ConditionCheck {
  const listed = parkIds.map((id) => parkById.get(id)).filter((park): park is EligibilityPark => park !== undefined);
  const hasPosition = project.latitude !== null && project.longitude !== null;
  let nearest: { park: EligibilityPark; distanceKm: number } | null = null;
  if (hasPosition) {
    for (const park of listed) {
      if (park.latitude === null || park.longitude === null) continue;
      const distanceKm = haversineKm(
        project.latitude as number,
        project.longitude as number,
        park.latitude,
        park.longitude,
      );
      if (!nearest || distanceKm < nearest.distanceKm) nearest = { park, distanceKm };
    }
  }
  if (nearest && nearest.distanceKm <= parkRadiusKm) {
    const distanceKm = Math.round(nearest.distanceKm * 10) / 10;
    return {
      condition: 'park',
      outcome: 'met',
      message: `Within ${distanceKm} km of ${nearest.park.id} (a project counts as in a park within ${parkRadiusKm} km of it or in its region).`,
      facts: { required: parkIds, parkId: nearest.park.id, parkRule: 'radius', distanceKm },
    };
  }
  const sameRegion = project.regionCode
    ? listed.find((park) => park.regionCode !== null && park.regionCode === project.regionCode)
    : undefined;
  if (sameRegion) {
    return {
      condition: 'park',
      outcome: 'met',
      message: `In region ${project.regionCode}, the region of ${sameRegion.id} (a project counts as in a park within ${parkRadiusKm} km of it or in its region).`,
      facts: { required: parkIds, projectValue: project.regionCode, parkId: sameRegion.id, parkRule: 'region' },
    };
  }
  if (!hasPosition && !project.regionCode) {
    return {
      condition: 'park',
      outcome: 'cannot_check',
      message: `Cannot check: the project gives neither a region nor a map position; it applies in ${parkIds.join(', ')}.`,
      facts: { required: parkIds, projectValue: null },
    };
  }
  return {
    condition: 'park',
    outcome: 'missed',
    message: `Not in any of ${parkIds.join(', ')}: neither in their region nor within ${parkRadiusKm} km of them.`,
    facts: {
      required: parkIds,
      projectValue: project.regionCode,
      ...(nearest ? { parkId: nearest.park.id, distanceKm: Math.round(nearest.distanceKm) } : {}),
    },
  };
}

function investmentCheck(
  project: EligibilityProject,
  minimum: { amount: number; currency: string },
  rates: readonly EligibilityRate[],
  today: string,
): ConditionCheck {
  const required = [minimum.amount];
  const converted = convertAmount({
    amount: project.capitalCost,
    from: project.currency,
    to: minimum.currency,
    rates,
    day: today,
  });
  if ('missingRateFor' in converted) {
    return {
      condition: 'min_investment',
      outcome: 'cannot_check',
      message: `Cannot check: no rate for ${converted.missingRateFor} on or before ${today}.`,
      facts: {
        projectValue: project.capitalCost,
        required,
        currency: minimum.currency,
        missingRateFor: converted.missingRateFor,
      },
    };
  }
  const compared = Math.round(converted.amount * 100) / 100;
  const shortBy = Math.round((minimum.amount - converted.amount) * 100) / 100;
  const facts: CheckFacts = {
    projectValue: project.capitalCost,
    required,
    compared,
    currency: minimum.currency,
    ratesUsed: converted.ratesUsed,
    demoRateUsed: converted.demoRateUsed,
  };
  if (shortBy > 0) {
    return {
      condition: 'min_investment',
      outcome: 'missed',
      message: `Misses by ${shortBy} ${minimum.currency}: ${compared} ${minimum.currency} of at least ${minimum.amount}.`,
      facts: { ...facts, shortBy },
    };
  }
  return {
    condition: 'min_investment',
    outcome: 'met',
    message: `${compared} ${minimum.currency}, at least ${minimum.amount} needed.`,
    facts,
  };
}

/**
 * Converts through the US dollar with the latest rate on or before `day` of each currency. Same currency needs no
 * rate; the US dollar is 1 by definition.
 */
export function convertAmount(options: {
  amount: number;
  from: string;
  to: string;
  rates: readonly EligibilityRate[];
  day: string;
}): { amount: number; ratesUsed: Record<string, string>; demoRateUsed: boolean } | { missingRateFor: string } {
  const { amount, from, to, rates, day } = options;
  if (from === to) return { amount, ratesUsed: {}, demoRateUsed: false };
  const ratesUsed: Record<string, string> = {};
  let demoRateUsed = false;
  const unitsPerUsd = (currency: string): number | null => {
    if (currency === 'USD') return 1;
    const rate = latestRate(rates, currency, day);
    if (!rate) return null;
    ratesUsed[currency] = rate.rateDate;
    if (rate.isDemo) demoRateUsed = true;
    return rate.unitsPerUsd;
  };
  const fromRate = unitsPerUsd(from);
  if (fromRate === null) return { missingRateFor: from };
  const toRate = unitsPerUsd(to);
  if (toRate === null) return { missingRateFor: to };
  return { amount: (amount / fromRate) * toRate, ratesUsed, demoRateUsed };
}

function latestRate(rates: readonly EligibilityRate[], currency: string, day: string): EligibilityRate | null {
  let best: EligibilityRate | null = null;
  for (const rate of rates) {
    if (rate.currency !== currency || rate.rateDate > day || rate.unitsPerUsd <= 0) continue;
    if (!best || rate.rateDate > best.rateDate) best = rate;
  }
  return best;
}

const earthRadiusKm = 6371;

export function haversineKm(latA: number, lonA: number, latB: number, lonB: number): number {
  const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = toRadians(latB - latA);
  const dLon = toRadians(lonB - lonA);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(latA)) * Math.cos(toRadians(latB)) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.sqrt(a));
}
