import { describe, expect, it } from 'vitest';
import {
  assertManualTransition,
  replayInitiativeHistory,
  stageAfterAcceptedReport,
  stageAfterStatement,
} from './initiative-lifecycle.ts';

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

describe('replayInitiativeHistory', () => {
  it('gives the same history whatever order the texts were ingested in', () => {
    const mention2019 = {
      kind: 'mention' as const,
      date: '2019-11-02',
      order: 5,
      statementId: 'a-s5',
      stage: 'noted' as const,
    };
    const mention2023 = {
      kind: 'mention' as const,
      date: '2023-10-26',
      order: 9,
      statementId: 'b-s9',
      stage: 'supported' as const,
    };
    const mention2025 = {
      kind: 'mention' as const,
      date: '2025-09-01',
      order: 3,
      statementId: 'c-s3',
      stage: 'approved' as const,
    };
    const forward = replayInitiativeHistory({ steps: [mention2019, mention2023, mention2025] });
    const backward = replayInitiativeHistory({ steps: [mention2025, mention2019, mention2023] });
    expect(backward).toEqual(forward);
    expect(forward.mentionChanges.map((change) => [change.date, change.fromStage, change.toStage])).toEqual([
      ['2019-11-02', null, 'noted'],
      ['2023-10-26', 'noted', 'supported'],
      ['2025-09-01', 'supported', 'approved'],
    ]);
    expect(forward).toMatchObject({ stage: 'approved', since: '2025-09-01' });
  });

  it('keeps a recorded change and lets only later mentions move on from it', () => {
    const result = replayInitiativeHistory({
      steps: [
        { kind: 'mention', date: '2024-01-01', order: 1, statementId: 'a-s1', stage: 'approved' },
        { kind: 'recorded', date: '2024-06-01', order: 0, toStage: 'in_progress' },
        { kind: 'mention', date: '2025-01-01', order: 1, statementId: 'b-s1', stage: 'supported' },
      ],
    });
    expect(result.mentionChanges).toHaveLength(1);
    expect(result).toMatchObject({ stage: 'in_progress', since: '2024-06-01' });
  });
});
