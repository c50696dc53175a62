import { describe, expect, it } from 'vitest';
import { assertManualTransition, stageAfterAcceptedReport, stageAfterStatement } from './initiative-lifecycle.ts';

describe('stageAfterStatement', () => {
  it('starts a new initiative at the stage the statement gives it', () => {
    expect(stageAfterStatement({ current: null, mentioned: 'noted' })).toBe('noted');
  });

  it('moves forward but never back', () => {
    expect(stageAfterStatement({ current: 'noted', mentioned: 'supported' })).toBe('supported');
    expect(stageAfterStatement({ current: 'supported', mentioned: 'noted' })).toBeNull();
    expect(stageAfterStatement({ current: 'approved', mentioned: 'approved' })).toBeNull();
  });

  it('revives a stalled initiative and leaves final ones alone', () => {
    expect(stageAfterStatement({ current: 'stalled', mentioned: 'supported' })).toBe('supported');
    expect(stageAfterStatement({ current: 'implemented', mentioned: 'supported' })).toBeNull();
    expect(stageAfterStatement({ current: 'withdrawn', mentioned: 'approved' })).toBeNull();
  });
});

describe('stageAfterAcceptedReport', () => {
  it('moves approved work to in_progress and completed work to implemented', () => {
    expect(stageAfterAcceptedReport({ current: 'approved', reportStatus: 'in_progress' })).toBe('in_progress');
    expect(stageAfterAcceptedReport({ current: 'noted', reportStatus: 'in_progress' })).toBe('in_progress');
    expect(stageAfterAcceptedReport({ current: 'in_progress', reportStatus: 'completed' })).toBe('implemented');
    expect(stageAfterAcceptedReport({ current: 'stalled', reportStatus: 'in_progress' })).toBe('in_progress');
  });

  it('moves nothing for delayed or not-started work, or already further stages', () => {
    expect(stageAfterAcceptedReport({ current: 'approved', reportStatus: 'delayed' })).toBeNull();
    expect(stageAfterAcceptedReport({ current: 'approved', reportStatus: 'not_started' })).toBeNull();
    expect(stageAfterAcceptedReport({ current: 'in_progress', reportStatus: 'in_progress' })).toBeNull();
    expect(stageAfterAcceptedReport({ current: 'implemented', reportStatus: 'completed' })).toBeNull();
  });
});

describe('assertManualTransition', () => {
  it('allows forward moves, stalling, withdrawing and reviving', () => {
    expect(() => assertManualTransition({ from: 'noted', to: 'approved' })).not.toThrow();
    expect(() => assertManualTransition({ from: 'supported', to: 'stalled' })).not.toThrow();
    expect(() => assertManualTransition({ from: 'stalled', to: 'noted' })).not.toThrow();
    expect(() => assertManualTransition({ from: 'in_progress', to: 'withdrawn' })).not.toThrow();
  });

  it('refuses backward moves, no-ops and leaving a final stage, with a stable code', () => {
    expect(() => assertManualTransition({ from: 'approved', to: 'noted' })).toThrow(/only move forward/);
    expect(() => assertManualTransition({ from: 'noted', to: 'noted' })).toThrow(/already there/);
    expect(() => assertManualTransition({ from: 'implemented', to: 'stalled' })).toThrow(
      expect.objectContaining({ code: 'invalid_transition' }),
    );
  });
});
