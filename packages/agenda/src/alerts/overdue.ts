import { and, isNotNull, lt, notInArray, type SQL } from 'drizzle-orm';
import { terminalStages } from '../lifecycle/initiative-lifecycle.ts';
import { initiatives } from '../tables.ts';
import type { InitiativeStage } from '../vocabulary.ts';

/** Today's date as the platform dates stage changes and deadlines: the UTC calendar day. */
export const todayUtc = (): string => new Date().toISOString().slice(0, 10);

/**
 * An initiative is overdue when its due date is before `today` and it is still open: an implemented or withdrawn
 * initiative has nothing left to be late for. Dates are ISO `YYYY-MM-DD`, so they compare as text.
 */
export function isInitiativeOverdue(options: { dueOn: string | null; stage: InitiativeStage; today: string }): boolean {
  const { dueOn, stage, today } = options;
  return dueOn !== null && dueOn < today && !terminalStages.includes(stage);
}

/** The same rule as `isInitiativeOverdue`, in SQL. */
export const initiativeOverdueCondition = (today: string): SQL =>
  and(
    isNotNull(initiatives.dueOn),
    lt(initiatives.dueOn, today),
    notInArray(initiatives.stage, [...terminalStages]),
  ) as SQL;
