import { describe, expect, it } from 'vitest';
import { isInitiativeOverdue } from './overdue.ts';

describe('isInitiativeOverdue', () => {
  const today = '2026-03-10';

  it('is overdue only after the due day has passed', () => {
    expect(isInitiativeOverdue({ dueOn: '2026-03-09', stage: 'in_progress', today })).toBe(true);
    expect(isInitiativeOverdue({ dueOn: '2026-03-10', stage: 'in_progress', today })).toBe(false);
    expect(isInitiativeOverdue({ dueOn: '2026-04-01', stage: 'approved', today })).toBe(false);
  });

  it('needs a due date', () => {
    expect(isInitiativeOverdue({ dueOn: null, stage: 'proposed', today })).toBe(false);
  });

  it('never holds for an implemented or withdrawn initiative, but does for a stalled one', () => {
    expect(isInitiativeOverdue({ dueOn: '2025-01-01', stage: 'implemented', today })).toBe(false);
    expect(isInitiativeOverdue({ dueOn: '2025-01-01', stage: 'withdrawn', today })).toBe(false);
    expect(isInitiativeOverdue({ dueOn: '2025-01-01', stage: 'stalled', today })).toBe(true);
  });
});
