import { DomainError } from '../../../core/src/errors.ts';
import { listingLifetimeMonths, type ProjectStatus } from '../vocabulary.ts';

/** What can happen to a project; `expire` is the platform's own sweep. */
export const projectActions = ['submit', 'publish', 'return', 'edit', 'renew', 'withdraw', 'expire'] as const;
export type ProjectAction = (typeof projectActions)[number];

/** Where each action may start and where it leads; an action missing for a status is refused. */
const transitions: Record<ProjectAction, Partial<Record<ProjectStatus, ProjectStatus>>> = {
  submit: { draft: 'submitted', returned: 'submitted' },
  publish: { submitted: 'published' },
  return: { submitted: 'returned' },
  // A published project changed by its owner is checked again before the public sees the change.
  edit: { draft: 'draft', returned: 'returned', submitted: 'submitted', published: 'submitted' },
  renew: { published: 'published', expired: 'published' },
  withdraw: {
    draft: 'withdrawn',
    submitted: 'withdrawn',
    returned: 'withdrawn',
    published: 'withdrawn',
    expired: 'withdrawn',
  },
  expire: { published: 'expired' },
};

/** The status each action is meant to reach, named in the refusal when it cannot start from the current one. */
const intendedTarget: Record<ProjectAction, ProjectStatus> = {
  submit: 'submitted',
  publish: 'published',
  return: 'returned',
  edit: 'submitted',
  renew: 'published',
  withdraw: 'withdrawn',
  expire: 'expired',
};

/** The status a project reaches by `action`, or an `invalid_transition` error naming from and to. */
export function nextProjectStatus(options: { from: ProjectStatus; action: ProjectAction }): ProjectStatus {
  const { from, action } = options;
  const to = transitions[action][from];
  if (to) return to;
  const target = intendedTarget[action];
  throw new DomainError(
    'invalid_transition',
    `A project that is ${from} cannot be ${pastTense[action]} (${from} → ${target} is not allowed).`,
    { from, to: target, action },
  );
}

const pastTense: Record<ProjectAction, string> = {
  submit: 'submitted',
  publish: 'published',
  return: 'returned',
  edit: 'edited',
  renew: 'renewed',
  withdraw: 'withdrawn',
  expire: 'expired',
};

/** Whether `action` may start from `status`, for the buttons a reader is offered. */
export const canApplyProjectAction = (options: { from: ProjectStatus; action: ProjectAction }): boolean =>
  transitions[options.action][options.from] !== undefined;

/** When a listing published or renewed at `now` expires. */
export function listingExpiryFrom(now: Date): Date {
  const expires = new Date(now);
  expires.setUTCMonth(expires.getUTCMonth() + listingLifetimeMonths);
  return expires;
}
