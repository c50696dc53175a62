import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../../core/src/errors.ts';
import { projectStatuses } from '../vocabulary.ts';
import { canApplyProjectAction, listingExpiryFrom, nextProjectStatus } from './project-state-machine.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, details: error.details, message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('project moderation', () => {
  it('walks a project from draft to published', () => {
    expect(nextProjectStatus({ from: 'draft', action: 'submit' })).toBe('submitted');
    expect(nextProjectStatus({ from: 'submitted', action: 'publish' })).toBe('published');
  });

  it('returns a submitted project to its owner, who resubmits it', () => {
    expect(nextProjectStatus({ from: 'submitted', action: 'return' })).toBe('returned');
    expect(nextProjectStatus({ from: 'returned', action: 'edit' })).toBe('returned');
    expect(nextProjectStatus({ from: 'returned', action: 'submit' })).toBe('submitted');
  });

  it('sends a published project back to moderation when its owner edits it', () => {
    expect(nextProjectStatus({ from: 'published', action: 'edit' })).toBe('submitted');
    expect(nextProjectStatus({ from: 'draft', action: 'edit' })).toBe('draft');
  });

  it('renews published and expired projects, expires only published ones', () => {
    expect(nextProjectStatus({ from: 'published', action: 'renew' })).toBe('published');
    expect(nextProjectStatus({ from: 'expired', action: 'renew' })).toBe('published');
    expect(nextProjectStatus({ from: 'published', action: 'expire' })).toBe('expired');
    expect(canApplyProjectAction({ from: 'submitted', action: 'expire' })).toBe(false);
  });

  it('lets the owner withdraw from any status but withdrawn', () => {
    for (const from of projectStatuses.filter((status) => status !== 'withdrawn')) {
      expect(nextProjectStatus({ from, action: 'withdraw' })).toBe('withdrawn');
    }
    expect(refusal(() => nextProjectStatus({ from: 'withdrawn', action: 'withdraw' })).code).toBe('invalid_transition');
  });

  it('refuses to publish a draft that was never submitted, naming from and to', () => {
    const error = refusal(() => nextProjectStatus({ from: 'draft', action: 'publish' }));
    expect(error).toMatchObject({ code: 'invalid_transition', details: { from: 'draft', to: 'published' } });
    expect(error.message).toContain('draft → published');
  });

  it('refuses the steps that skip the workflow', () => {
    const refused: [(typeof projectStatuses)[number], 'publish' | 'return' | 'submit' | 'renew' | 'edit'][] = [
      ['returned', 'publish'],
      ['published', 'publish'],
      ['draft', 'return'],
      ['published', 'return'],
      ['published', 'submit'],
      ['submitted', 'submit'],
      ['draft', 'renew'],
      ['submitted', 'renew'],
      ['withdrawn', 'edit'],
      ['expired', 'edit'],
      ['withdrawn', 'submit'],
    ];
    for (const [from, action] of refused) {
      expect(refusal(() => nextProjectStatus({ from, action })).code, `${from} ${action}`).toBe('invalid_transition');
    }
  });

  it('keeps a listing for twelve months', () => {
    expect(listingExpiryFrom(new Date('2026-03-15T08:00:00Z')).toISOString()).toBe('2027-03-15T08:00:00.000Z');
  });
});
