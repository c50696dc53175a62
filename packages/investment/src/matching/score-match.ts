import { conceptTokenPrefix, isTellingSharedToken } from '../keywords/keyword-tokens.ts';
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
      /**
       * `division`: both name the same division; `division_in_section`: one names a section, the other a division
       * within it; `section`: both lie in the same section (the same section letter, or different divisions of it).
       */
      level: SectorFitLevel;
      seekerSector: string | null;
      candidateSector: string | null;
      /** The division that matched, for `division` and `division_in_section`. */
      division: string | null;
      /** The section both lie in; null for `none`. */
      section: string | null;
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

export const sectorFitLevels = ['division', 'division_in_section', 'section', 'none'] as const;
export type SectorFitLevel = (typeof sectorFitLevels)[number];

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

/** A section covers the divisions within it. */
const contains = (section: string, division: string) => isSection(section) && isicSectionOf(division) === section;

/** How two sector codes fit, closest first; the points are the share of the sector factor they win. */
function sectorFitOf(seekerSector: string, candidateSector: string): { level: SectorFitLevel; share: number } {
  if (seekerSector === candidateSector) return { level: isSection(seekerSector) ? 'section' : 'division', share: 1 };
  if (contains(seekerSector, candidateSector) || contains(candidateSector, seekerSector)) {
    return { level: 'division_in_section', share: 1 };
  }
  const section = sectionOfSector(seekerSector);
  if (section !== undefined && section === sectionOfSector(candidateSector)) return { level: 'section', share: 0.5 };
  return { level: 'none', share: 0 };
}

/** Closest first among fits worth the same points: a shared division says more than a shared section. */
const fitRank: Record<SectorFitLevel, number> = { division: 0, division_in_section: 1, section: 2, none: 3 };

function sectorReason(seeker: MatchListing, candidate: MatchListing): MatchReason {
  const max = matchFactorMaxPoints.sector;
  const fits = seeker.sectors.flatMap((seekerSector) =>
    candidate.sectors.map((candidateSector) => ({
      seekerSector,
      candidateSector,
      ...sectorFitOf(seekerSector, candidateSector),
    })),
  );
  const best = fits.reduce<(typeof fits)[number] | undefined>(
    (closest, fit) =>
      !closest ||
      fit.share > closest.share ||
      (fit.share === closest.share && fitRank[fit.level] < fitRank[closest.level])
        ? fit
        : closest,
    undefined,
  );
  if (!best || best.level === 'none') {
    return reason('sector', 0, max, {
      factor: 'sector',
      level: 'none',
      seekerSector: null,
      candidateSector: null,
      division: null,
      section: null,
    });
  }
  const division = [best.seekerSector, best.candidateSector].find((code) => !isSection(code));
  return reason('sector', Math.round(max * best.share), max, {
    factor: 'sector',
    level: best.level,
    seekerSector: best.seekerSector,
    candidateSector: best.candidateSector,
    division: best.level === 'section' ? null : (division ?? null),
    section: sectionOfSector(best.seekerSector) ?? null,
  });
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
  const shared = [...new Set(seeker.keywordTokens)]
    .filter((token) => candidateTokens.has(token) && isTellingSharedToken(token))
    .sort();
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
