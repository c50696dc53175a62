import type { AlignmentReport } from '../tables.ts';

export interface AlignableParagraph {
  ordinal: number;
  text: string;
}

export interface ParagraphAlignment {
  pairs: { primaryOrdinal: number; versionOrdinal: number }[];
  report: AlignmentReport;
}

/**
 * Numbers written in a paragraph (years, dates, counts): translations keep them, so they anchor the pairing. A
 * paragraph's own number ("10. …") is left out: one version may number its paragraphs and another not.
 */
const numbersIn = (text: string) =>
  new Set(
    text
      .replace(/^\s*\d{1,3}[.)]\s+/, '')
      .match(/\d+/g)
      ?.filter((digits) => digits.length >= 2) ?? [],
  );

const jaccardDistance = (a: Set<string>, b: Set<string>) => {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const value of a) if (b.has(value)) shared += 1;
  return 1 - shared / (a.size + b.size - shared);
};

const gapCost = 1.6;
const suspectCost = 1.1;

/**
 * Pairs the paragraphs of a language version with the statements of the primary text, in order, allowing a
 * paragraph to be missing on either side (dynamic programming over a cost of length ratio, relative to the two
 * texts' overall ratio, and of the numbers each paragraph contains). Paragraphs left unpaired are reported, and
 * pairs whose numbers or lengths disagree are kept but flagged, so nothing is paired silently.
 */
export function alignParagraphs(options: {
  primary: AlignableParagraph[];
  version: AlignableParagraph[];
}): ParagraphAlignment {
  const { primary, version } = options;
  const totalPrimary = primary.reduce((sum, paragraph) => sum + paragraph.text.length, 0) || 1;
  const totalVersion = version.reduce((sum, paragraph) => sum + paragraph.text.length, 0) || 1;
  const ratio = totalVersion / totalPrimary;
  const primaryNumbers = primary.map((paragraph) => numbersIn(paragraph.text));
  const versionNumbers = version.map((paragraph) => numbersIn(paragraph.text));
  const pairCost = (i: number, j: number) => {
    const expected = primary[i]!.text.length * ratio || 1;
    const lengthCost = Math.abs(Math.log((version[j]!.text.length || 1) / expected));
    return lengthCost + 1.5 * jaccardDistance(primaryNumbers[i]!, versionNumbers[j]!);
  };

  const rows = primary.length + 1;
  const columns = version.length + 1;
  const cost = Array.from({ length: rows }, () => new Float64Array(columns));
  const move = Array.from({ length: rows }, () => new Uint8Array(columns)); // 1 pair, 2 primary only, 3 version only
  for (let i = 1; i < rows; i += 1) {
    cost[i]![0] = i * gapCost;
    move[i]![0] = 2;
  }
  for (let j = 1; j < columns; j += 1) {
    cost[0]![j] = j * gapCost;
    move[0]![j] = 3;
  }
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < columns; j += 1) {
      const paired = cost[i - 1]![j - 1]! + pairCost(i - 1, j - 1);
      const primaryOnly = cost[i - 1]![j]! + gapCost;
      const versionOnly = cost[i]![j - 1]! + gapCost;
      const best = Math.min(paired, primaryOnly, versionOnly);
      cost[i]![j] = best;
      move[i]![j] = best === paired ? 1 : best === primaryOnly ? 2 : 3;
    }
  }

  const pairs: ParagraphAlignment['pairs'] = [];
  const missingInVersion: number[] = [];
  const extraInVersion: number[] = [];
  const suspect: AlignmentReport['suspect'] = [];
  let i = primary.length;
  let j = version.length;
  while (i > 0 || j > 0) {
    const step = move[i]![j];
    if (step === 1) {
      const a = primary[i - 1]!;
      const b = version[j - 1]!;
      pairs.push({ primaryOrdinal: a.ordinal, versionOrdinal: b.ordinal });
      if (jaccardDistance(primaryNumbers[i - 1]!, versionNumbers[j - 1]!) > 0.5)
        suspect.push({ ordinal: a.ordinal, reason: 'numbers_differ' });
      else if (pairCost(i - 1, j - 1) > suspectCost) suspect.push({ ordinal: a.ordinal, reason: 'length_differs' });
      i -= 1;
      j -= 1;
    } else if (step === 2) {
      missingInVersion.push(primary[i - 1]!.ordinal);
      i -= 1;
    } else {
      extraInVersion.push(version[j - 1]!.ordinal);
      j -= 1;
    }
  }
  pairs.reverse();
  missingInVersion.reverse();
  extraInVersion.reverse();
  suspect.reverse();
  return { pairs, report: { paired: pairs.length, missingInVersion, extraInVersion, suspect } };
}
