import { describe, expect, it } from 'vitest';
import { selectRecipients } from './select-recipients.ts';

const subscriptions = [
  { userId: 'u-ana', targetKind: 'initiative', target: 'ini-portal' },
  { userId: 'u-ana', targetKind: 'country', target: 'KZ' },
  { userId: 'u-bek', targetKind: 'topic', target: 'trade' },
  { userId: 'u-chen', targetKind: 'country', target: 'CN' },
  { userId: 'u-dina', targetKind: 'initiative', target: 'ini-other' },
  { userId: 'u-secretariat', targetKind: 'initiative', target: 'ini-portal' },
];

describe('selectRecipients', () => {
  it('gathers the followers of every target once each', () => {
    expect(
      selectRecipients({
        subscriptions,
        targets: { initiatives: ['ini-portal'], topics: ['trade'], countries: ['KZ'] },
        excludeUserId: null,
      }),
    ).toEqual(['u-ana', 'u-bek', 'u-secretariat']);
  });

  it('leaves out the user who made the change', () => {
    expect(
      selectRecipients({
        subscriptions,
        targets: { initiatives: ['ini-portal'], topics: [], countries: [] },
        excludeUserId: 'u-secretariat',
      }),
    ).toEqual(['u-ana']);
  });

  it('does not confuse kinds: a topic code never matches a country subscription', () => {
    expect(
      selectRecipients({
        subscriptions: [{ userId: 'u-x', targetKind: 'country', target: 'trade' }],
        targets: { initiatives: [], topics: ['trade'], countries: [] },
        excludeUserId: null,
      }),
    ).toEqual([]);
  });
});
