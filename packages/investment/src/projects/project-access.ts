import type { Actor } from '../../../core/src/auth/actor.ts';
import type { ProjectStatus } from '../vocabulary.ts';
import { canApplyProjectAction } from './project-state-machine.ts';

/** The facts of a project that decide who may see and do what. */
export interface ProjectAccessFacts {
  ownerUserId: string;
  countryCode: string;
  status: ProjectStatus;
  expiresAt: Date | null;
}

const actsForAll = (actor: Actor | null) =>
  actor?.role === 'secretariat' || actor?.role === 'admin' || actor?.role === 'system';

export const isProjectOwner = (actor: Actor | null, project: Pick<ProjectAccessFacts, 'ownerUserId'>) =>
  actor?.userId != null && actor.userId === project.ownerUserId;

/** Published and not past its expiry (the sweep may not have run yet). */
export const isPubliclyListed = (project: Pick<ProjectAccessFacts, 'status' | 'expiresAt'>, now: Date) =>
  project.status === 'published' && project.expiresAt !== null && project.expiresAt > now;

/** The Secretariat for any project; a focal point for projects of their country. */
export const canModerateProject = (actor: Actor | null, project: Pick<ProjectAccessFacts, 'countryCode'>) =>
  actsForAll(actor) || (actor?.role === 'focal_point' && actor.countryCode === project.countryCode);

/**
 * Who reads a project: the public while it is listed; its owner always; the focal point of its country once it is
 * submitted (drafts stay the owner's); the Secretariat always.
 */
export function canReadProject(options: { actor: Actor | null; project: ProjectAccessFacts; now: Date }): boolean {
  const { actor, project, now } = options;
  if (isPubliclyListed(project, now) || isProjectOwner(actor, project) || actsForAll(actor)) return true;
  return canModerateProject(actor, project) && project.status !== 'draft';
}

/** Whether the reader sees the moderation side: return reason and status history. */
export const seesModeration = (actor: Actor | null, project: ProjectAccessFacts) =>
  isProjectOwner(actor, project) || canModerateProject(actor, project);

/** The owner, or the Secretariat acting for them, adds and removes documents until the project is withdrawn. */
export const canManageProjectDocuments = (actor: Actor | null, project: ProjectAccessFacts) =>
  (isProjectOwner(actor, project) || actsForAll(actor)) && project.status !== 'withdrawn';

/** What the reader may do with the project now, for the actions the web app offers. */
export function projectPermissionsOf(actor: Actor | null, project: ProjectAccessFacts) {
  const owner = isProjectOwner(actor, project);
  const can = (action: Parameters<typeof canApplyProjectAction>[0]['action']) =>
    canApplyProjectAction({ from: project.status, action });
  return {
    edit: owner && can('edit'),
    submit: owner && can('submit'),
    moderate: canModerateProject(actor, project) && project.status === 'submitted',
    renew: owner && can('renew'),
    withdraw: owner && can('withdraw'),
    manageDocuments: canManageProjectDocuments(actor, project),
  };
}
