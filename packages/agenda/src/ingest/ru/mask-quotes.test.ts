import { describe, expect, it } from 'vitest';
import { maskAbbreviationPeriods, maskCharacter, maskQuotations } from './mask-quotes.ts';

const masked = (length: number) => maskCharacter.repeat(length);

describe('maskQuotations', () => {
  it('masks the inside of quotations and keeps the marks and the length', () => {
    const text = 'поддержали инициативу «Один пояс, один путь» и';
    const result = maskQuotations(text);
    expect(result).toBe(`поддержали инициативу «${masked(20)}» и`);
    expect(result).toHaveLength(text.length);
  });

  it('masks nested quotations as one', () => {
    expect(maskQuotations('«Программа „ШОС – 2030“» утверждена')).toBe(`«${masked(22)}» утверждена`);
    expect(maskQuotations('«А «Б» В» и')).toBe(`«${masked(7)}» и`);
  });

  it('reads straight quotation marks as pairs', () => {
    expect(maskQuotations('форум "ШОС+" прошел')).toBe(`форум "${masked(4)}" прошел`);
  });

  it('masks to the end after an unclosed mark', () => {
    expect(maskQuotations('начало «конец')).toBe(`начало «${masked(5)}`);
  });
});

describe('maskAbbreviationPeriods', () => {
  it('masks the full stop of "г." and "гг." only, keeping the length', () => {
    const text = 'в г. Алматы в 2024–2025 гг. Итоги.';
    const result = maskAbbreviationPeriods(text);
    expect(result).toBe(`в г${maskCharacter} Алматы в 2024–2025 гг${maskCharacter} Итоги.`);
    expect(result).toHaveLength(text.length);
    expect(maskAbbreviationPeriods('подготовлен план работ. Далее')).toBe('подготовлен план работ. Далее');
  });
});
