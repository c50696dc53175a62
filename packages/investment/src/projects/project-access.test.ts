import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../core/src/auth/actor.ts';
import { canReadProject, type ProjectAccessFacts, projectPermissionsOf, seesModeration } from './project-access.ts';

const now = new Date('2026-06-01T00:00:00Z');
const owner: Actor = { userId: 'owner', label: 'owner@example.org', role: 'business', countryCode: null };
const stranger: Actor = { userId: 'other', label: 'other@example.org', role: 'business', countryCode: null };
const kzFocalPoint: Actor = { userId: 'fp', label: 'fp@example.org', role: 'focal_point', countryCode: 'KZ' };
const uzFocalPoint: Actor = { userId: 'fp2', label: 'fp2@example.org', role: 'focal_point', countryCode: 'UZ' };
const secretariat: Actor = { userId: 'sec', label: 'sec@example.org', role: 'secretariat', countryCode: null };

const project = (overrides: Partial<ProjectAccessFacts>): ProjectAccessFacts => ({
  ownerUserId: 'owner',
  countryCode: 'KZ',
  status: 'published',
  expiresAt: new Date('2027-01-01T00:00:00Z'),
  ...overrides,
});

describe('who reads a project', () => {
  it('shows a listed project to everyone, an expired listing only to its circle', () => {
    expect(canReadProject({ actor: null, project: project({}), now })).toBe(true);
    const lapsed = project({ expiresAt: new Date('2026-05-01T00:00:00Z') });
    expect(canReadProject({ actor: null, project: lapsed, now })).toBe(false);
    expect(canReadProject({ actor: owner, project: lapsed, now })).toBe(true);
  });

  it('keeps drafts to their owner and the Secretariat', () => {
    const draft = project({ status: 'draft', expiresAt: null });
    expect(canReadProject({ actor: null, project: draft, now })).toBe(false);
    expect(canReadProject({ actor: stranger, project: draft, now })).toBe(false);
    expect(canReadProject({ actor: kzFocalPoint, project: draft, now })).toBe(false);
    expect(canReadProject({ actor: owner, project: draft, now })).toBe(true);
    expect(canReadProject({ actor: secretariat, project: draft, now })).toBe(true);
  });

  it("shows submitted projects to their country's focal point only", () => {
    const submitted = project({ status: 'submitted', expiresAt: null });
    expect(canReadProject({ actor: kzFocalPoint, project: submitted, now })).toBe(true);
    expect(canReadProject({ actor: uzFocalPoint, project: submitted, now })).toBe(false);
    expect(seesModeration(kzFocalPoint, submitted)).toBe(true);
    expect(seesModeration(stranger, submitted)).toBe(false);
  });
});

describe('what a reader may do', () => {
  it('lets the owner edit and withdraw, the moderator of the country publish', () => {
    const submitted = project({ status: 'submitted', expiresAt: null });
    expect(projectPermissionsOf(owner, submitted)).toMatchObject({ edit: true, submit: false, moderate: false });
    expect(projectPermissionsOf(kzFocalPoint, submitted)).toMatchObject({ edit: false, moderate: true });
    expect(projectPermissionsOf(uzFocalPoint, submitted).moderate).toBe(false);
    expect(projectPermissionsOf(stranger, project({})).manageDocuments).toBe(false);
  });

  it('takes no documents once a project is withdrawn', () => {
    const withdrawn = project({ status: 'withdrawn' });
    expect(projectPermissionsOf(owner, withdrawn)).toMatchObject({ manageDocuments: false, withdraw: false });
    expect(projectPermissionsOf(secretariat, project({})).manageDocuments).toBe(true);
  });
});
