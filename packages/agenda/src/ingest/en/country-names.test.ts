import { describe, expect, it } from 'vitest';
import { endsWithStateName, findStateMentions, matchStatePrefix, stateCodeOfName } from './country-names.ts';

describe('English state names', () => {
  it('reads long and short forms, with or without "the", the longest name first', () => {
    expect(matchStatePrefix('the Kyrgyz Republic, the Islamic Republic of Pakistan')).toMatchObject({
      code: 'KG',
      length: 'the Kyrgyz Republic'.length,
    });
    expect(matchStatePrefix('People’s Republic of China Li Qiang')?.code).toBe('CN');
    expect(matchStatePrefix("People's Republic of China")?.code).toBe('CN');
    expect(matchStatePrefix('Lao People’s Democratic Republic')?.code).toBe('LA');
    expect(matchStatePrefix('Mongolia')?.code).toBe('MN');
  });

  it('reads adjectives only when asked', () => {
    expect(matchStatePrefix('Russian Prime Minister Mikhail Mishustin')).toBeNull();
    expect(matchStatePrefix('Russian Prime Minister Mikhail Mishustin', { adjectives: true })?.code).toBe('RU');
  });

  it('finds names as whole words only', () => {
    const mentions = findStateMentions('Prime Minister of the Republic of India Narendra Modi and Indiana');
    expect(mentions.map((mention) => [mention.code, mention.name])).toEqual([['IN', 'Republic of India']]);
  });

  it('tells whether a text ends with a state and which state a place names', () => {
    expect(endsWithStateName('…, the Russian Federation')).toBe(true);
    expect(endsWithStateName('…, the Russian')).toBe(false);
    expect(stateCodeOfName('the Islamic Republic of Pakistan')).toBe('PK');
    expect(stateCodeOfName('Bishkek')).toBeNull();
  });
});
