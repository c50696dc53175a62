import { keywordTokensOf } from '../keywords/keyword-tokens.ts';
import type { ProfileListQuery } from '../profiles/contracts.ts';
import type { ProjectListQuery } from '../projects/contracts.ts';
import { isicDivisions, isicSectionOf, isicSections } from '../reference/isic.ts';
import type { profiles, projects } from '../tables.ts';
import type { SavedSearchTarget } from '../vocabulary.ts';
import { parseListFilters } from './list-filters.ts';

/** What a saved search looks at in a project: the columns the project list filters on. */
export type MatchableProject = Pick<
  typeof projects.$inferSelect,
  | 'countryCode'
  | 'regionCode'
  | 'isicSection'
  | 'isicDivision'
  | 'stage'
  | 'financingInstruments'
  | 'capitalCostUsd'
  | 'sdgs'
  | 'environmentalCategory'
  | 'initiativeIds'
  | 'keywordTokens'
  | 'isDemo'
>;

/** What a saved search looks at in a profile: the columns the profile list filters on. */
export type MatchableProfile = Pick<
  typeof profiles.$inferSelect,
  | 'kind'
  | 'partneringType'
  | 'investorType'
  | 'sectors'
  | 'countryCode'
  | 'title'
  | 'description'
  | 'organisationName'
  | 'keywordTokens'
  | 'isDemo'
>;

const containsAll = (have: readonly string[], wanted: readonly string[]) => wanted.every((item) => have.includes(item));

/** The project list's filters, read the way its query reads them (project-reads.ts). */
function projectMatches(query: ProjectListQuery, listing: MatchableProject): boolean {
  const usd = listing.capitalCostUsd === null ? null : Number(listing.capitalCostUsd);
  const checks: boolean[] = [
    !query.text || containsAll(listing.keywordTokens, keywordTokensOf({ texts: [query.text] })),
    !query.country || listing.countryCode === query.country,
    !query.region || listing.regionCode === query.region,
    !query.section || listing.isicSection === query.section,
    !query.division || listing.isicDivision === query.division,
    !query.stage || listing.stage === query.stage,
    !query.instrument || listing.financingInstruments.includes(query.instrument),
    query.minUsd === undefined || (usd !== null && usd >= query.minUsd),
    query.maxUsd === undefined || (usd !== null && usd <= query.maxUsd),
    query.sdg === undefined || listing.sdgs.includes(query.sdg),
    !query.environmentalCategory || listing.environmentalCategory === query.environmentalCategory,
    !query.initiative || listing.initiativeIds.includes(query.initiative),
    !query.demo || listing.isDemo === (query.demo === 'yes'),
  ];
  return checks.every(Boolean);
}

/** A sector filter matches a profile naming it, its section, or — for a section — any of its divisions. */
function sectorMatches(sector: string, sectors: readonly string[]): boolean {
  const codes = isicSections.includes(sector)
    ? [sector, ...isicDivisions.filter((division) => isicSectionOf(division) === sector)]
    : [sector, isicSectionOf(sector) ?? sector];
  return sectors.some((code) => codes.includes(code));
}

/** Words anywhere in the title, description or organisation, or every keyword token of the words. */
function profileTextMatches(q: string, listing: MatchableProfile): boolean {
  const needle = q.toLowerCase();
  const haystacks = [
    ...Object.values(listing.title),
    ...Object.values(listing.description),
    listing.organisationName,
  ].map((text) => (text ?? '').toLowerCase());
  if (haystacks.some((text) => text.includes(needle))) return true;
  const tokens = keywordTokensOf({ texts: [q] });
  return tokens.length > 0 && containsAll(listing.keywordTokens, tokens);
}

/** The profile list's filters, read the way its query reads them (profile-reads.ts). */
function profileMatches(query: ProfileListQuery, listing: MatchableProfile): boolean {
  const checks: boolean[] = [
    !query.kind || listing.kind === query.kind,
    !query.partneringType || listing.partneringType === query.partneringType,
    !query.investorType || listing.investorType === query.investorType,
    !query.sector || sectorMatches(query.sector, listing.sectors),
    !query.country || listing.countryCode === query.country,
    !query.q || profileTextMatches(query.q, listing),
    query.demo === undefined || listing.isDemo === query.demo,
  ];
  return checks.every(Boolean);
}

/**
 * Whether a published listing would appear in the list a saved search stands for. The filters are the stored ones
 * (as the list's address carries them); they were checked when saved, so a filter the list no longer accepts makes
 * the search match nothing rather than everything.
 */
export function listingMatchesFilters(
  options: { filters: Record<string, string> } & (
    | { target: Extract<SavedSearchTarget, 'projects'>; listing: MatchableProject }
    | { target: Extract<SavedSearchTarget, 'profiles'>; listing: MatchableProfile }
  ),
): boolean {
  let parsed: ReturnType<typeof parseListFilters>['parsed'];
  try {
    parsed = parseListFilters({ target: options.target, filters: options.filters }).parsed;
  } catch {
    return false;
  }
  if (parsed.target === 'projects' && options.target === 'projects')
    return projectMatches(parsed.query, options.listing);
  if (parsed.target === 'profiles' && options.target === 'profiles')
    return profileMatches(parsed.query, options.listing);
  return false;
}
