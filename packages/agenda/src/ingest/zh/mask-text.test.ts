import { describe, expect, it } from 'vitest';
import { maskCharacter, maskTitlesAndQuotations } from './mask-text.ts';

describe('maskTitlesAndQuotations', () => {
  it('masks the inside of titles and quotations, keeping length and brackets', () => {
    const text = '支持《关于支持〈纲要〉的声明》和“一带一路”倡议';
    const masked = maskTitlesAndQuotations(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe(`支持《${maskCharacter.repeat(11)}》和“${maskCharacter.repeat(4)}”倡议`);
  });

  it('masks to the end after an unclosed bracket', () => {
    expect(maskTitlesAndQuotations('见《未完')).toBe(`见《${maskCharacter.repeat(2)}`);
  });
});
