import { describe, expect, it } from 'vitest';
import { parseRussianOrdinal, russianOrdinalPatternSource } from './ordinal-number.ts';

describe('parseRussianOrdinal', () => {
  it.each([
    ['24-го', 24],
    ['24-е', 24],
    ['18-м', 18],
    ['первое', 1],
    ['третьего', 3],
    ['восьмое', 8],
    ['восемнадцатое', 18],
    ['восемнадцатого', 18],
    ['девятнадцатом', 19],
    ['двадцатое', 20],
    ['двадцать первое', 21],
    ['двадцать четвертое', 24],
    ['Двадцать четвёртого', 24],
    ['тридцатое', 30],
  ])('%s → %i', (text, value) => {
    expect(parseRussianOrdinal(text)).toBe(value);
  });

  it.each(['двадцать', 'восемнадцать', 'двадцать двадцатое', 'пятерка', ''])('refuses %j', (text) => {
    expect(parseRussianOrdinal(text)).toBeNull();
  });

  it('finds ordinals in running text', () => {
    const pattern = new RegExp(`(${russianOrdinalPatternSource})\\s+заседани`, 'iu');
    expect(pattern.exec('по итогам восемнадцатого заседания Совета')?.[1]).toBe('восемнадцатого');
    expect(pattern.exec('состоялось 24-е заседание Совета')?.[1]).toBe('24-е');
    expect(pattern.exec('ДВАДЦАТЬ ЧЕТВЕРТОГО ЗАСЕДАНИЯ')?.[1]).toBe('ДВАДЦАТЬ ЧЕТВЕРТОГО');
  });
});
