import { describe, expect, it } from 'vitest';
import { parseEnglishOrdinal } from './english-ordinal.ts';

describe('parseEnglishOrdinal', () => {
  it.each([
    ['22nd', 22],
    ['21st', 21],
    ['24th', 24],
    ['3rd', 3],
    ['first', 1],
    ['Fifteenth', 15],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['Twenty Fifth', 25],
    ['thirty-second', 32],
  ])('%s → %i', (text, number) => {
    expect(parseEnglishOrdinal(text)).toBe(number);
  });

  it.each(['twenty', 'meeting', '22', 'first-twenty'])('refuses %s', (text) => {
    expect(parseEnglishOrdinal(text)).toBeNull();
  });
});
