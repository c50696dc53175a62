import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numeral.ts';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十四', 24],
    ['四十三', 43],
    ['一百零五', 105],
    ['两千零二十五', 2025],
    ['43', 43],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '一二', '十十', '零', '第二十四', 'twenty'])('refuses %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});
