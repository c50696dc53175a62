const digitValues: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const unitValues: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * Reads a whole number written in Chinese numerals (二十四 → 24, 十二 → 12, 一百零五 → 105) or in Arabic digits
 * (43 → 43). Returns null for anything else, including an empty string. Covers 1–9999, the range ordinals in
 * meeting titles use.
 */
export function parseChineseNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let pendingDigit: number | null = null;
  let previousUnit = Number.POSITIVE_INFINITY;
  for (const char of text) {
    // 零 only marks a skipped place (一百零五), so it may follow a unit and nothing else.
    if (char === '零') {
      if (pendingDigit !== null || previousUnit === Number.POSITIVE_INFINITY) return null;
      continue;
    }
    const unit = unitValues[char];
    if (unit === undefined) {
      if (pendingDigit !== null) return null; // 一二 is two digits, not a numeral
      pendingDigit = digitValues[char] ?? null;
      continue;
    }
    if (unit >= previousUnit) return null; // 十十, 十百: units must fall
    // A bare unit counts once: 十二 is 12.
    total += (pendingDigit ?? 1) * unit;
    pendingDigit = null;
    previousUnit = unit;
  }
  return total + (pendingDigit ?? 0);
}
