import { conceptTokenPrefix } from '../keywords/keyword-tokens.ts';
import { isicSectionOf, isicSections } from '../reference/isic.ts';
import type { ListingKind, PartneringType, ProfileKind } from '../vocabulary.ts';

/** What matching needs to know of a project or a profile, whichever side it is on. */
export interface MatchListing {
  kind: ListingKind;
  /** For profiles. */
  profileKind: ProfileKind | null;
  partneringType: PartneringType | null;
  ownerUserId: string;
  countryCode: string;
  /** ISO 3166-2 subdivision of a project, when given. */
  regionCode: string | null;
  /** A project: its one ISIC division; a profile: the sections and divisions it names. */
  sectors: readonly string[];
  /** A project: its stage; a profile: the stages it looks for (empty: any). */
  stages: readonly string[];
  /** A project: the financing it seeks; a profile: the instruments it offers or wants (empty: any). */
  instruments: readonly string[];
  /** An investor profile's ticket range in USD. */
  ticketMinUsd: number | null;
  ticketMaxUsd: number | null;
  /** A project's financing sought in USD; null when no amount or no exchange rate is recorded. */
  financingSoughtUsd: number | null;
  /** A profile's target countries and subdivisions; empty: any. */
  targetCountries: readonly string[];
  targetRegions: readonly string[];
  languages: readonly string[];
  keywordTokens: readonly string[];
}

/** The factors a score is made of, with the most points each can give. */
export const matchFactorMaxPoints = {
  sector: 25,
  place: 15,
  ticket: 20,
  stage: 10,
  instrument: 10,
  language: 5,
  keywords: 15,
} as const;
export type MatchFactor = keyof typeof matchFactorMaxPoints;

/** Machine-readable facts behind a reason, so that the reader's language can render it. */
export type MatchReasonDetail =
  | {
      factor: 'sector';
      level: 'division' | 'section' | 'none';
      seekerSector: string | null;
      candidateSector: string | null;
    }
  | { factor: 'place'; level: 'region' | 'country' | 'any' | 'outside'; countryCode: string; regionCode: string | null }
  | {
      factor: 'ticket';
      position: 'inside' | 'near' | 'outside' | 'unknown';
      amountUsd: number | null;
      minUsd: number | null;
      maxUsd: number | null;
    }
  | { factor: 'stage' | 'instrument' | 'language'; level: 'shared' | 'any' | 'none'; shared: string[] }
  | { factor: 'keywords'; concepts: string[]; words: string[] };

export interface MatchReason {
  factor: MatchFactor;
  points: number;
  maxPoints: number;
  detail: MatchReasonDetail;
}

export interface MatchScore {
  /** 0–100: the points won as a share of the points the factors that apply to this pair can give. */
  total: number;
  reasons: MatchReason[];
  /** Why a hard filter rules the pair out; null when it may match. */
  excludedBy: 'own_listing' | 'not_complementary' | 'sector' | 'place' | null;
}

/** Within this factor of a ticket range's bounds, an amount is "near" the range. */
const nearTicketFactor = 2;
/** Points per shared concept and per shared word, up to the keyword factor's maximum. */
const pointsPerSharedConcept = 5;
const pointsPerSharedWord = 2;
/** A preference side that names none of a factor's values accepts any: worth this share of its points. */
const anyShare = 0.7;
/** Shared words shown in a reason, at most. */
const shownWords = 8;

const isSection = (code: string) => isicSections.includes(code);
const sectionOfSector = (code: string) => (isSection(code) ? code : isicSectionOf(code));

/** A sector covers another when they are the same, or one is the section the other division belongs to. */
const covers = (a: string, b: string) =>
  a === b || (isSection(a) && isicSectionOf(b) === a) || (isSection(b) && isicSectionOf(a) === b);

function sectorReason(seeker: MatchListing, candidate: MatchListing): MatchReason {
  const max = matchFactorMaxPoints.sector;
  const pairs = seeker.sectors.flatMap((s) => candidate.sectors.map((c) => [s, c] as const));
  const division = pairs.find(([s, c]) => covers(s, c));
  if (division) {
    return reason('sector', max, max, {
      factor: 'sector',
      level: 'division',
      seekerSector: division[0],
      candidateSector: division[1],
    });
  }
  const section = pairs.find(([s, c]) => sectionOfSector(s) !== undefined && sectionOfSector(s) === sectionOfSector(c));
  if (section) {
    return reason('sector', Math.round(max * 0.5), max, {
      factor: 'sector',
      level: 'section',
      seekerSector: section[0],
      candidateSector: section[1],
    });
  }
  return reason('sector', 0, max, { factor: 'sector', level: 'none', seekerSector: null, candidateSector: null });
}

const hasPlacePreference = (listing: MatchListing) =>
  listing.kind === 'profile' && (listing.targetCountries.length > 0 || listing.targetRegions.length > 0);

/** How well `other`'s place fits the preferences of `preferring` (a profile that lists target places). */
function placeFit(preferring: MatchListing, other: MatchListing): MatchReasonDetail & { factor: 'place' } {
  const place = { factor: 'place' as const, countryCode: other.countryCode, regionCode: other.regionCode };
  if (other.regionCode && preferring.targetRegions.includes(other.regionCode)) return { ...place, level: 'region' };
  const countries = new Set([
    ...preferring.targetCountries,
    ...preferring.targetRegions.map((region) => region.slice(0, 2)),
  ]);
  return { ...place, level: countries.has(other.countryCode) ? 'country' : 'outside' };
}

const placePoints = { region: 15, country: 12, any: Math.round(15 * anyShare), outside: 0 } as const;

function placeReason(seeker: MatchListing, candidate: MatchListing): MatchReason {
  const max = matchFactorMaxPoints.place;
  const fits = [
    ...(hasPlacePreference(seeker) ? [placeFit(seeker, candidate)] : []),
    ...(hasPlacePreference(candidate) ? [placeFit(candidate, seeker)] : []),
  ];
  if (fits.length === 0) {
    return reason('place', placePoints.any, max, {
      factor: 'place',
      level: 'any',
      countryCode: candidate.countryCode,
      regionCode: candidate.regionCode,
    });
  }
  const worst = fits.reduce((a, b) => (placePoints[b.level] < placePoints[a.level] ? b : a));
  return reason('place', placePoints[worst.level], max, worst);
}

/** The investor profile and the project of a pair, when the pair is one; ticket size applies only then. */
function ticketReason(seeker: MatchListing, candidate: MatchListing): MatchReason | null {
  const investor = [seeker, candidate].find((listing) => listing.profileKind === 'investor');
  const project = [seeker, candidate].find((listing) => listing.kind === 'project');
  if (!investor || !project) return null;
  const max = matchFactorMaxPoints.ticket;
  const minUsd = investor.ticketMinUsd;
  const maxUsd = investor.ticketMaxUsd;
  const amountUsd = project.financingSoughtUsd;
  const detail = { factor: 'ticket' as const, amountUsd, minUsd, maxUsd };
  if (amountUsd === null) return reason('ticket', 0, max, { ...detail, position: 'unknown' });
  const low = minUsd ?? 0;
  const high = maxUsd ?? Number.POSITIVE_INFINITY;
  if (amountUsd >= low && amountUsd <= high) return reason('ticket', max, max, { ...detail, position: 'inside' });
  if (amountUsd >= low / nearTicketFactor && amountUsd <= high * nearTicketFactor) {
    return reason('ticket', Math.round(max / 2), max, { ...detail, position: 'near' });
  }
  return reason('ticket', 0, max, { ...detail, position: 'outside' });
}

/**
 * Overlap of two sets of codes (stages, instruments, languages). Omitted when neither side names any; a side
 * that names none accepts any value of the other.
 */
function overlapReason(
  factor: 'stage' | 'instrument' | 'language',
  seekerValues: readonly string[],
  candidateValues: readonly string[],
): MatchReason | null {
  if (seekerValues.length === 0 && candidateValues.length === 0) return null;
  const max = matchFactorMaxPoints[factor];
  if (seekerValues.length === 0 || candidateValues.length === 0) {
    return reason(factor, Math.round(max * anyShare), max, { factor, level: 'any', shared: [] });
  }
  const shared = seekerValues.filter((value) => candidateValues.includes(value));
  return shared.length > 0
    ? reason(factor, max, max, { factor, level: 'shared', shared })
    : reason(factor, 0, max, { factor, level: 'none', shared: [] });
}

function keywordReason(seeker: MatchListing, candidate: MatchListing): MatchReason {
  const max = matchFactorMaxPoints.keywords;
  const candidateTokens = new Set(candidate.keywordTokens);
  const shared = [...new Set(seeker.keywordTokens)].filter((token) => candidateTokens.has(token)).sort();
  const concepts = shared
    .filter((token) => token.startsWith(conceptTokenPrefix))
    .map((token) => token.slice(conceptTokenPrefix.length));
  const words = shared.filter((token) => !token.startsWith(conceptTokenPrefix));
  const points = Math.min(max, concepts.length * pointsPerSharedConcept + words.length * pointsPerSharedWord);
  return reason('keywords', points, max, { factor: 'keywords', concepts, words: words.slice(0, shownWords) });
}

const reason = (factor: MatchFactor, points: number, maxPoints: number, detail: MatchReasonDetail): MatchReason => ({
  factor,
  points,
  maxPoints,
  detail,
});

/**
 * Whether two listings are on complementary sides: a project and a profile; an investor and a start-up;
 * a business or technology offer and the matching request; R&D cooperation with R&D cooperation.
 */
export function areComplementary(a: MatchListing, b: MatchListing): boolean {
  if (a.kind === 'project' || b.kind === 'project') return a.kind !== b.kind;
  const types: (string | null)[] = [a, b].map((listing) =>
    listing.profileKind === 'investor' ? 'investor' : listing.partneringType,
  );
  const pair = new Set(types);
  const complementary: readonly (readonly [string | null, string | null])[] = [
    ['business_offer', 'business_request'],
    ['technology_offer', 'technology_request'],
    ['rnd_cooperation', 'rnd_cooperation'],
    ['startup', 'investor'],
  ];
  return complementary.some(([x, y]) => types.includes(x) && types.includes(y) && (x !== y || pair.size === 1));
}

/**
 * Scores how well `candidate` fits `seeker` and explains the score factor by factor. Hard filters (the listing's
 * own owner, not complementary kinds, no shared ISIC section, a place outside a profile's target countries and
 * regions) set `excludedBy`; such pairs are never presented as matches.
 */
export function scoreMatch({ seeker, candidate }: { seeker: MatchListing; candidate: MatchListing }): MatchScore {
  const reasons = [
    sectorReason(seeker, candidate),
    placeReason(seeker, candidate),
    ticketReason(seeker, candidate),
    overlapReason('stage', seeker.stages, candidate.stages),
    overlapReason('instrument', seeker.instruments, candidate.instruments),
    overlapReason('language', seeker.languages, candidate.languages),
    keywordReason(seeker, candidate),
  ].filter((item): item is MatchReason => item !== null);
  const won = reasons.reduce((sum, item) => sum + item.points, 0);
  const possible = reasons.reduce((sum, item) => sum + item.maxPoints, 0);
  return { total: Math.round((100 * won) / possible), reasons, excludedBy: exclusionOf(seeker, candidate, reasons) };
}

function exclusionOf(seeker: MatchListing, candidate: MatchListing, reasons: MatchReason[]): MatchScore['excludedBy'] {
  if (seeker.ownerUserId === candidate.ownerUserId) return 'own_listing';
  if (!areComplementary(seeker, candidate)) return 'not_complementary';
  const detailOf = (factor: MatchFactor) => reasons.find((item) => item.factor === factor)?.detail;
  const sector = detailOf('sector');
  if (sector?.factor === 'sector' && sector.level === 'none') return 'sector';
  const place = detailOf('place');
  if (place?.factor === 'place' && place.level === 'outside') return 'place';
  return null;
}
