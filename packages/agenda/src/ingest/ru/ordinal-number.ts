// Stems of ordinal words; any case ending may follow (восемнадцатое, восемнадцатого, восемнадцатом…).
const ordinalStems: readonly [stem: string, value: number][] = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
  ['четвёрт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
  ['сороков', 40],
  ['пятидесят', 50],
];
// Longest first, so that восемнадцат is not read as восьм… and шестнадцат not as шест.
const sortedStems = [...ordinalStems].sort((a, b) => b[0].length - a[0].length);

// Tens that stand as cardinals before an ordinal unit: двадцать четвертое, тридцать первого.
const cardinalTens: Readonly<Record<string, number>> = { двадцать: 20, тридцать: 30, сорок: 40, пятьдесят: 50 };

const ordinalEnding = '(?:ый|ий|ой|ая|ья|ое|ье|ого|ьего|ему|ьему|ом|ьем|ую|ью|ые|ьи|ых|ьих|ым|ьим|ей|ьей)';

/**
 * Source of a RegExp that finds a meeting's ordinal in running text: digits with a case ending (24-е, 24-го, 18-м)
 * or ordinal words, optionally after a cardinal ten (восемнадцатое, двадцать четвертого). Case-insensitive use.
 */
export const russianOrdinalPatternSource = `(?:\\d{1,3}\\s*-\\s*(?:й|я|е|го|му|м|ю|х)|(?:(?:двадцать|тридцать|сорок|пятьдесят)\\s+)?(?:${sortedStems
  .map(([stem]) => stem)
  .join('|')})${ordinalEnding})`;

/**
 * The number an ordinal expresses: "24-го" → 24, "восемнадцатое" → 18, "двадцать четвертое" → 24, "Двадцать
 * четвёртого" → 24, "первое" → 1. Null when the text is not one ordinal.
 */
export function parseRussianOrdinal(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  const digits = /^(\d{1,3})\s*-\s*[а-яё]{1,3}$/u.exec(trimmed);
  if (digits) return Number(digits[1]);
  const words = trimmed.split(/\s+/);
  if (words.length > 2) return null;
  const tens = words.length === 2 ? cardinalTens[words[0]!] : 0;
  if (tens === undefined) return null;
  const ordinal = ordinalValue(words.at(-1)!);
  if (ordinal === null || (tens > 0 && ordinal >= 10)) return null;
  return tens + ordinal;
}

function ordinalValue(word: string): number | null {
  const entry = sortedStems.find(([stem]) => word.startsWith(stem));
  if (!entry) return null;
  return new RegExp(`^${ordinalEnding}$`, 'u').test(word.slice(entry[0].length)) ? entry[1] : null;
}
