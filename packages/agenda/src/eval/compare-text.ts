/**
 * How names and titles are compared when scoring, the same way in every language: a title cited as
 * «Хартия ШОС», "the SCO Charter" or 《上合组织宪章》 is compared by its words, not by how it was quoted or spaced.
 */

const leadingArticle = /^(?:the|a|an)\s+/;

/**
 * The comparable form of a name: Unicode compatibility form (full-width brackets and digits become plain ones),
 * lower case, ё as е, a leading English article dropped, then every quotation mark, bracket, other punctuation
 * and space removed.
 */
export function normalizeForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .trim()
    .replace(/^[\p{P}\s]+/u, '')
    .replace(leadingArticle, '')
    .replace(/[\p{P}\p{S}\s]/gu, '');
}

/**
 * How far one normalised text holds the other, from 0 to 1: the length of the shorter divided by the length of
 * the longer when the longer contains the shorter, else 0. Equal texts give 1.
 */
export function containment(options: { a: string; b: string }): number {
  const a = normalizeForComparison(options.a);
  const b = normalizeForComparison(options.b);
  if (a === '' || b === '') return a === b ? 1 : 0;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return longer.includes(shorter) ? shorter.length / longer.length : 0;
}

/**
 * Overlap of two normalised texts from 0 to 1: the larger of `containment` and the Dice coefficient of their
 * character bigrams, which tolerates a changed ending (Устава ШОС / Устав ШОС) or a word more or less.
 */
export function textSimilarity(options: { a: string; b: string }): number {
  return Math.max(
    containment(options),
    diceCoefficient(normalizeForComparison(options.a), normalizeForComparison(options.b)),
  );
}

function diceCoefficient(a: string, b: string): number {
  if (a === b) return 1;
  const bigramsA = bigrams(a);
  const bigramsB = bigrams(b);
  const total = bigramsA.length + bigramsB.length;
  if (total === 0) return 0;
  const remaining = new Map<string, number>();
  for (const bigram of bigramsB) remaining.set(bigram, (remaining.get(bigram) ?? 0) + 1);
  let shared = 0;
  for (const bigram of bigramsA) {
    const count = remaining.get(bigram) ?? 0;
    if (count > 0) {
      shared += 1;
      remaining.set(bigram, count - 1);
    }
  }
  return (2 * shared) / total;
}

function bigrams(text: string): string[] {
  const characters = [...text];
  return characters.slice(0, -1).map((character, index) => character + characters[index + 1]);
}
