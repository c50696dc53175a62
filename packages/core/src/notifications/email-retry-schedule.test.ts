import { describe, expect, it } from 'vitest';
import { firstRetryDelaySeconds, nextAttemptAt } from './email-retry-schedule.ts';

describe('nextAttemptAt', () => {
  const createdAt = new Date('2026-03-01T10:00:00Z');
  const offsetSeconds = (attempts: number) =>
    (nextAttemptAt({ createdAt, attempts }).getTime() - createdAt.getTime()) / 1000;

  it('tries a new e-mail at once, then waits twice as long after each failure', () => {
    expect(offsetSeconds(0)).toBe(0);
    expect(offsetSeconds(1)).toBe(firstRetryDelaySeconds);
    expect(offsetSeconds(2) - offsetSeconds(1)).toBe(2 * firstRetryDelaySeconds);
    expect(offsetSeconds(3) - offsetSeconds(2)).toBe(4 * firstRetryDelaySeconds);
    expect(offsetSeconds(4) - offsetSeconds(3)).toBe(8 * firstRetryDelaySeconds);
  });
});
