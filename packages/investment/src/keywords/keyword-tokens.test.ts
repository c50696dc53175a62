import { describe, expect, it } from 'vitest';
import { industryConcepts } from './industry-concepts.ts';
import { conceptsOf, isTellingSharedToken, keywordTokensOf } from './keyword-tokens.ts';

describe('keywordTokensOf', () => {
  it('adds one concept token for a concept named in any of the three languages', () => {
    for (const text of [
      'solar park',
      '太阳能发电',
      '光伏电站',
      'солнечной электростанции',
      'Фотоэлектрическая станция',
    ]) {
      expect(keywordTokensOf({ texts: [text] })).toContain('concept:solar');
    }
  });

  it('keeps the words, drops function words and one-letter words', () => {
    const tokens = keywordTokensOf({ texts: ['A railway and the logistics hub of Almaty'] });
    expect(tokens).toEqual(
      expect.arrayContaining(['railway', 'logistics', 'hub', 'almaty', 'concept:railway', 'concept:logistics']),
    );
    expect(tokens).not.toContain('and');
    expect(tokens).not.toContain('the');
    expect(tokens).not.toContain('a');
  });

  it('keeps numbers and two-letter words as tokens, for search', () => {
    expect(keywordTokensOf({ texts: ['EV plant of 300 MW in 2027'] })).toEqual(
      expect.arrayContaining(['ev', 'mw', '300', '2027', 'plant']),
    );
  });

  it('does not count numbers and Latin words of two letters or fewer as telling shared words', () => {
    for (const token of ['ev', 'mw', 'x', '300', '2027', '１２'])
      expect(isTellingSharedToken(token), token).toBe(false);
    for (const token of ['solar', 'ltd', '5g', 'ес', '光伏', 'concept:it', 'co2']) {
      expect(isTellingSharedToken(token), token).toBe(true);
    }
  });

  it('matches Russian stems across inflections but not inside other words', () => {
    expect(conceptsOf('строительство медного рудника')).toEqual(expect.arrayContaining(['copper', 'mining']));
    expect(conceptsOf('углубление сотрудничества')).not.toContain('coal');
  });

  it('does not take the English pronoun "it" for information technology', () => {
    expect(conceptsOf('It will employ 300 people')).not.toContain('it');
    expect(conceptsOf('IT services and software outsourcing')).toContain('it');
  });

  it('knows concepts across industries, with labels in the three languages', () => {
    expect(industryConcepts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(industryConcepts.map((c) => c.id)).size).toBe(industryConcepts.length);
    for (const concept of industryConcepts) {
      expect(concept.zh.length * concept.ru.length * concept.en.length).toBeGreaterThan(0);
      // Every concept is found from its own label in each language.
      for (const language of ['zh', 'ru', 'en'] as const) {
        expect(conceptsOf(concept.label[language]), `${concept.id} ${language}`).toContain(concept.id);
      }
    }
  });
});
