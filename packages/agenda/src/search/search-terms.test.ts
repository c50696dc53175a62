import { describe, expect, it } from 'vitest';
import { searchTermsFor } from './search-terms.ts';
import { segmentChinese } from './segment-chinese.ts';

describe('segmentChinese', () => {
  it('splits a Chinese sentence into dictionary words, dropping punctuation', () => {
    expect(segmentChinese('各代表团团长强调，数字经济十分重要。').split(' ')).toEqual(
      expect.arrayContaining(['团长', '强调', '数字', '经济', '重要']),
    );
    expect(segmentChinese('，。《》')).toBe('');
  });

  it('segments a query the same way as the text that contains it', () => {
    const text = segmentChinese('推动人工智能领域合作');
    for (const word of segmentChinese('人工智能').split(' ')) expect(text.split(' ')).toContain(word);
  });
});

describe('searchTermsFor', () => {
  it('ANDs Chinese words and leaves alphabetic words to PostgreSQL stemming', () => {
    expect(searchTermsFor('数字经济')).toEqual({ chineseQuery: '数字 & 经济', alphabeticQuery: null });
    expect(searchTermsFor('транспортных коридоров')).toEqual({
      chineseQuery: null,
      alphabeticQuery: 'транспортных коридоров',
    });
    expect(searchTermsFor('AI 人工智能').alphabeticQuery).toBe('AI');
  });

  it('gives nothing to search for punctuation only', () => {
    expect(searchTermsFor(' !!! ')).toEqual({ chineseQuery: null, alphabeticQuery: null });
  });
});
