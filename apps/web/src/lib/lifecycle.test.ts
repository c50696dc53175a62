import { describe, expect, it } from 'vitest';
import { allowedNextStages } from './lifecycle.ts';

describe('allowedNextStages', () => {
  it('moves forward, stalls or withdraws', () => {
    expect(allowedNextStages('supported')).toEqual(['approved', 'in_progress', 'implemented', 'stalled', 'withdrawn']);
  });
  it('revives a stalled initiative to any stage', () => {
    expect(allowedNextStages('stalled')).toContain('noted');
    expect(allowedNextStages('stalled')).not.toContain('stalled');
  });
  it('leaves final stages alone', () => {
    expect(allowedNextStages('implemented')).toEqual([]);
    expect(allowedNextStages('withdrawn')).toEqual([]);
  });
});
