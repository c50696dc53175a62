import { eq, or, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { reports } from '../tables.ts';

/**
 * Who may read which reports: everyone reads accepted reports; a focal point also reads every report of their own
 * country (submitted, returned); the Secretariat and admins read all.
 */
export function visibleReportsCondition(actor: Actor | null): SQL | undefined {
  const accepted = eq(reports.reviewState, 'accepted');
  if (!actor) return accepted;
  if (actor.role === 'secretariat' || actor.role === 'admin' || actor.role === 'system') return undefined;
  return actor.countryCode ? or(accepted, eq(reports.countryCode, actor.countryCode)) : accepted;
}
