import { DomainError } from '../../../core/src/errors.ts';
import type { InitiativeStage, ReportStatus } from '../vocabulary.ts';

/** Position of each stage on the main path; stalled and withdrawn are off it. */
const mainPath: readonly InitiativeStage[] = [
  'proposed',
  'noted',
  'supported',
  'approved',
  'in_progress',
  'implemented',
];

const rank = (stage: InitiativeStage) => mainPath.indexOf(stage);

/** Stages from which nothing moves on its own: only the Secretariat may reopen them. */
export const terminalStages: readonly InitiativeStage[] = ['implemented', 'withdrawn'];

/**
 * The stage an initiative reaches when a statement mentions it with `mentioned`. A later communiqué only ever moves
 * an initiative forward: "noted" again after "supported" changes nothing. A stalled initiative revives with any
 * new mention. Returns null when the stage does not change.
 */
export function stageAfterStatement(options: {
  current: InitiativeStage | null;
  mentioned: InitiativeStage;
}): InitiativeStage | null {
  const { current, mentioned } = options;
  if (current === null) return mentioned;
  if (terminalStages.includes(current)) return null;
  if (current === 'stalled') return rank(mentioned) >= 0 ? mentioned : null;
  return rank(mentioned) > rank(current) ? mentioned : null;
}

/**
 * The stage an accepted implementation report implies: a report of work under way moves an approved (or earlier)
 * initiative to in_progress; a completed report marks it implemented. Delayed and not-started reports inform but
 * move nothing. Returns null when the stage does not change.
 */
export function stageAfterAcceptedReport(options: {
  current: InitiativeStage;
  reportStatus: ReportStatus;
}): InitiativeStage | null {
  const { current, reportStatus } = options;
  if (terminalStages.includes(current)) return null;
  if (reportStatus === 'completed') return 'implemented';
  if (reportStatus === 'in_progress' && (current === 'stalled' || rank(current) < rank('in_progress')))
    return 'in_progress';
  return null;
}

/**
 * Checks a change the Secretariat makes by hand. Forward along the path, to stalled or withdrawn from any open stage,
 * and out of stalled to any stage on the path are allowed; moving back along the path or out of a terminal stage is
 * not (correct the statement or report that caused the stage instead).
 */
export function assertManualTransition(options: { from: InitiativeStage; to: InitiativeStage }): void {
  const { from, to } = options;
  const refuse = (why: string) => {
    throw new DomainError('invalid_transition', `An initiative cannot move from ${from} to ${to}: ${why}.`, {
      from,
      to,
    });
  };
  if (from === to) refuse('it is already there');
  if (terminalStages.includes(from)) refuse(`${from} is final`);
  if (to === 'stalled' || to === 'withdrawn') return;
  if (from === 'stalled') return;
  if (rank(to) < rank(from)) refuse('stages only move forward');
}

/** What moves an initiative, in date order: a statement mentioning it, or a change recorded by hand or by a report. */
export type LifecycleStep =
  | { kind: 'mention'; date: string; order: number; statementId: string; stage: InitiativeStage }
  | { kind: 'recorded'; date: string; order: number; toStage: InitiativeStage };

/**
 * Replays an initiative's whole history in date order, so that texts ingested out of order (an older communiqué
 * after a newer one) still give the history the texts describe. Recorded changes (by hand or from reports) are kept
 * as they are and set the stage from their date on; mentions move the stage as `stageAfterStatement` says.
 * Returns the changes the mentions cause and the stage the initiative ends in.
 */
export function replayInitiativeHistory(options: { steps: LifecycleStep[] }): {
  mentionChanges: { statementId: string; date: string; fromStage: InitiativeStage | null; toStage: InitiativeStage }[];
  stage: InitiativeStage | null;
  since: string | null;
} {
  const steps = [...options.steps].sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);
  let stage: InitiativeStage | null = null;
  let since: string | null = null;
  const mentionChanges: ReturnType<typeof replayInitiativeHistory>['mentionChanges'] = [];
  for (const step of steps) {
    if (step.kind === 'recorded') {
      stage = step.toStage;
      since = step.date;
      continue;
    }
    const next = stageAfterStatement({ current: stage, mentioned: step.stage });
    if (!next) continue;
    mentionChanges.push({ statementId: step.statementId, date: step.date, fromStage: stage, toStage: next });
    stage = next;
    since = step.date;
  }
  return { mentionChanges, stage, since };
}
