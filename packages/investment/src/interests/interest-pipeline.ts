import { DomainError } from '../../../core/src/errors.ts';
import type { InterestStatus, PipelineStage } from '../vocabulary.ts';

/** The stages an agreed interest walks through, in order; `closed` may end it from any of them but `deal`. */
const forwardStages: readonly PipelineStage[] = ['interest', 'meeting', 'nda', 'deal'];

/** Whether an interest at this stage can still move (a deal or a closed interest has ended). */
export const isOpenStage = (stage: PipelineStage): boolean => stage !== 'deal' && stage !== 'closed';

/**
 * Checks one pipeline move: only once both sides agreed, forward one stage at a time, or to `closed` with a reason
 * from any open stage. Throws `invalid_transition` naming the stages, or `validation_failed` for a missing reason.
 */
export function assertPipelineMove(options: {
  status: InterestStatus;
  from: PipelineStage;
  to: PipelineStage;
  reason?: string | null | undefined;
}): void {
  const { status, from, to, reason } = options;
  if (status !== 'accepted') {
    throw new DomainError(
      'invalid_transition',
      `The pipeline moves only after both sides agreed; this interest is ${status}.`,
      { from, to, status },
    );
  }
  if (!isOpenStage(from)) {
    throw new DomainError('invalid_transition', `This interest has ended at stage ${from}; it cannot move to ${to}.`, {
      from,
      to,
    });
  }
  if (to === 'closed') {
    if (!reason || reason.trim().length === 0) {
      throw new DomainError('validation_failed', 'reason: closing an interest needs a reason.', { field: 'reason' });
    }
    return;
  }
  const next = forwardStages[forwardStages.indexOf(from) + 1];
  if (to !== next) {
    throw new DomainError(
      'invalid_transition',
      `An interest at stage ${from} can move only to ${next} or closed, not to ${to}.`,
      { from, to, allowed: [next, 'closed'] },
    );
  }
}
