import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../core/src/errors.ts';
import { assertPipelineMove } from './interest-pipeline.ts';

const errorOf = (run: () => void): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('assertPipelineMove', () => {
  it('moves forward one stage at a time once both agreed', () => {
    expect(() => assertPipelineMove({ status: 'accepted', from: 'interest', to: 'meeting' })).not.toThrow();
    expect(() => assertPipelineMove({ status: 'accepted', from: 'meeting', to: 'nda' })).not.toThrow();
    expect(() => assertPipelineMove({ status: 'accepted', from: 'nda', to: 'deal' })).not.toThrow();
  });

  it('refuses skipping a stage, naming from and to', () => {
    const error = errorOf(() => assertPipelineMove({ status: 'accepted', from: 'interest', to: 'deal' }));
    expect(error.code).toBe('invalid_transition');
    expect(error.message).toContain('interest');
    expect(error.message).toContain('deal');
    expect(error.details).toMatchObject({ from: 'interest', to: 'deal', allowed: ['meeting', 'closed'] });
  });

  it('refuses going backwards or standing still', () => {
    expect(errorOf(() => assertPipelineMove({ status: 'accepted', from: 'nda', to: 'meeting' })).code).toBe(
      'invalid_transition',
    );
    expect(errorOf(() => assertPipelineMove({ status: 'accepted', from: 'meeting', to: 'meeting' })).code).toBe(
      'invalid_transition',
    );
  });

  it('closes from any open stage, with a reason only', () => {
    for (const from of ['interest', 'meeting', 'nda'] as const) {
      expect(() => assertPipelineMove({ status: 'accepted', from, to: 'closed', reason: 'no fit' })).not.toThrow();
    }
    expect(errorOf(() => assertPipelineMove({ status: 'accepted', from: 'nda', to: 'closed', reason: ' ' })).code).toBe(
      'validation_failed',
    );
  });

  it('does not move a deal or a closed interest', () => {
    expect(
      errorOf(() => assertPipelineMove({ status: 'accepted', from: 'deal', to: 'closed', reason: 'x' })).code,
    ).toBe('invalid_transition');
    expect(errorOf(() => assertPipelineMove({ status: 'accepted', from: 'closed', to: 'meeting' })).code).toBe(
      'invalid_transition',
    );
  });

  it('does not move before both sides agreed', () => {
    for (const status of ['pending', 'declined', 'withdrawn'] as const) {
      const error = errorOf(() => assertPipelineMove({ status, from: 'interest', to: 'meeting' }));
      expect(error.code).toBe('invalid_transition');
      expect(error.message).toContain(status);
    }
  });
});
