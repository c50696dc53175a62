import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { industryConcepts } from '../keywords/industry-concepts.ts';
import { presentUserText } from '../user-text.ts';
import type { ListingKind } from '../vocabulary.ts';
import type { PresentedMatch, PresentedMatchReason } from './contracts.ts';
import { type CandidateListing, loadMatchSeeker, matchCandidates } from './match-candidates.ts';
import { type MatchReason, scoreMatch } from './score-match.ts';

const conceptById = new Map(industryConcepts.map((concept) => [concept.id, concept]));

function presentReason(reason: MatchReason): PresentedMatchReason {
  const { detail } = reason;
  if (detail.factor !== 'keywords') return { ...reason, detail };
  const concepts = detail.concepts.flatMap((id) => {
    const concept = conceptById.get(id);
    return concept ? [{ id, label: concept.label }] : [];
  });
  return { ...reason, detail: { factor: 'keywords', concepts, words: detail.words } };
}

const presentMatch = (candidate: CandidateListing, score: number, reasons: MatchReason[]): PresentedMatch => ({
  kind: candidate.kind,
  id: candidate.id,
  title: presentUserText(candidate.title),
  organisationName: candidate.organisationName,
  countryCode: candidate.countryCode,
  profileKind: candidate.profileKind,
  investorType: candidate.investorType,
  partneringType: candidate.partneringType,
  stage: candidate.stage,
  sectors: [...candidate.sectors],
  demo: candidate.isDemo,
  score,
  reasons: reasons.map(presentReason),
});

/**
 * The seeker listing, if the caller may ask for its matches: anyone for a published, unexpired listing; its owner,
 * the Secretariat and administrators for any other. Otherwise not found.
 */
export async function loadVisibleSeeker(options: {
  db: Db;
  actor: Actor | null;
  kind: ListingKind;
  id: string;
  now: Date;
}) {
  const { db, actor, kind, id, now } = options;
  const seeker = await loadMatchSeeker({ db, kind, id });
  const listed = seeker?.status === 'published' && seeker.expiresAt !== null && seeker.expiresAt > now;
  const privileged =
    actor !== null && (actor.userId === seeker?.ownerUserId || actor.role === 'secretariat' || actor.role === 'admin');
  if (!seeker || !(listed || privileged)) throw new DomainError('not_found', `No ${kind} with id "${id}".`);
  return seeker;
}

/**
 * Ranked matches for a project or profile: candidates from SQL (hard filters, pre-ranked), each scored and
 * explained by `scoreMatch`; the best `limit`, ties broken by id so that the order is stable.
 */
export async function findMatches(options: {
  db: Db;
  actor: Actor | null;
  kind: ListingKind;
  id: string;
  limit: number;
}) {
  const { db, actor, kind, id, limit } = options;
  const now = new Date();
  const seeker = await loadVisibleSeeker({ db, actor, kind, id, now });
  const candidates = await matchCandidates({ db, seeker, now });
  const scored = candidates
    .map((candidate) => ({ candidate, ...scoreMatch({ seeker, candidate }) }))
    .filter((match) => match.excludedBy === null)
    .sort((a, b) => b.total - a.total || (a.candidate.id < b.candidate.id ? -1 : 1))
    .slice(0, limit);
  return {
    seeker: { kind, id },
    items: scored.map((match) => presentMatch(match.candidate, match.total, match.reasons)),
    candidates: candidates.length,
  };
}
