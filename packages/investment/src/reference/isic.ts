/**
 * ISIC Rev.4 (UN Statistics Division, ST/ESA/STAT/SER.M/4/Rev.4, 2008): the sections and the divisions each holds.
 * Sectors are recorded at division level (two digits); profiles may name whole sections (one letter).
 */
const divisionRanges: Record<string, readonly [number, number][]> = {
  A: [[1, 3]],
  B: [[5, 9]],
  C: [[10, 33]],
  D: [[35, 35]],
  E: [[36, 39]],
  F: [[41, 43]],
  G: [[45, 47]],
  H: [[49, 53]],
  I: [[55, 56]],
  J: [[58, 63]],
  K: [[64, 66]],
  L: [[68, 68]],
  M: [[69, 75]],
  N: [[77, 82]],
  O: [[84, 84]],
  P: [[85, 85]],
  Q: [[86, 88]],
  R: [[90, 93]],
  S: [[94, 96]],
  T: [[97, 98]],
  U: [[99, 99]],
};

/** ISIC Rev.4 division numbers that do not exist inside the section ranges. */
const unusedDivisions = new Set([4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89]);

export const isicSections = Object.keys(divisionRanges);

export const isicDivisions: readonly string[] = Object.values(divisionRanges).flatMap((ranges) =>
  ranges.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, index) => from + index)
      .filter((number) => !unusedDivisions.has(number))
      .map((number) => String(number).padStart(2, '0')),
  ),
);

const sectionByDivision = new Map<string, string>(
  Object.entries(divisionRanges).flatMap(([section, ranges]) =>
    ranges.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, index) => [String(from + index).padStart(2, '0'), section] as const),
    ),
  ),
);

/** The section a division belongs to, or undefined for a code that is not an ISIC Rev.4 division. */
export function isicSectionOf(division: string): string | undefined {
  return isicDivisions.includes(division) ? sectionByDivision.get(division) : undefined;
}

/** A sector code as listings use it: a section letter or a division number. */
export const isIsicSector = (code: string): boolean => isicSections.includes(code) || isicDivisions.includes(code);
