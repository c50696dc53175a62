import { describe, expect, it } from 'vitest';
import { stagesFirstSeen } from './mentionSummary.ts';

describe('stagesFirstSeen', () => {
  it('lists each stage once, at the year it first appears, oldest first', () => {
    expect(
      stagesFirstSeen([
        { meetingDate: '2025-11-18', stage: 'approved' },
        { meetingDate: '2019-11-02', stage: 'noted' },
        { meetingDate: '2021-11-25', stage: 'noted' },
        { meetingDate: '2023-10-26', stage: 'supported' },
        { meetingDate: '2024-12-10', stage: 'noted' },
      ]),
    ).toEqual([
      { stage: 'noted', year: 2019 },
      { stage: 'supported', year: 2023 },
      { stage: 'approved', year: 2025 },
    ]);
  });

  it('is empty without mentions and skips dates it cannot read', () => {
    expect(stagesFirstSeen([])).toEqual([]);
    expect(stagesFirstSeen([{ meetingDate: 'unknown', stage: 'noted' }])).toEqual([]);
  });
});
