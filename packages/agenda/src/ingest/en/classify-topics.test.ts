import { describe, expect, it } from 'vitest';
import { classifyTopics } from './classify-topics.ts';

describe('classifyTopics', () => {
  it.each([
    ['The Heads of Delegation approved the SCO budget for 2024.', ['institutional']],
    ['They stressed cooperation in digital trade and e-commerce.', ['trade', 'digital_economy']],
    ['They noted the consultations on the SCO Development Bank.', ['finance']],
    ['The Member States will address the risks of artificial intelligence.', ['ai']],
    ['They called for joint efforts against pollution and climate change.', ['climate', 'environment']],
    ['They welcomed the construction of the China–Kyrgyzstan–Uzbekistan railway.', ['transport']],
    ['They condemned the terrorist attack in Pahalgam.', ['security']],
    ['They noted the Roadmap for national currencies in mutual settlements.', ['finance']],
  ] as const)('%s', (text, topics) => {
    expect(classifyTopics(text)).toEqual(topics);
  });

  it('matches stems at the start of words only', () => {
    expect(classifyTopics('They supported the important report.')).toEqual(['institutional']);
  });
});
