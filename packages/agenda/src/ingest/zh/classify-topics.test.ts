import { describe, expect, it } from 'vitest';
import { topics } from '../../vocabulary.ts';
import { classifyTopics, topicKeywords } from './classify-topics.ts';

describe('classifyTopics', () => {
  it('has a keyword row for every topic of the vocabulary', () => {
    for (const topic of topics) expect(topicKeywords[topic].length).toBeGreaterThan(0);
  });

  it('returns every matching topic in vocabulary order', () => {
    expect(classifyTopics('各代表团团长注意到关于建立育种和种业合作专家工作组的倡议，扩大农产品贸易。')).toEqual([
      'trade',
      'agriculture',
    ]);
    expect(classifyTopics('有效落实《上合组织成员国人工智能领域合作发展规划实施路线图》')).toEqual(['ai']);
  });

  it('does not read broad words as their narrow topics', () => {
    expect(classifyTopics('确保能源安全和能源市场稳定')).toEqual(['energy']);
    expect(classifyTopics('推动营造公平竞争的市场环境')).toEqual(['trade']);
  });

  it('falls back to institutional so every statement has a topic', () => {
    expect(classifyTopics('各代表团团长注意到成员国最高机关负责人会议成果。')).toEqual(['institutional']);
  });
});
