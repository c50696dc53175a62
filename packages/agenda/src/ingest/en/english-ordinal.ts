const unitOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const teenOrdinals = [
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const tensOrdinals = [
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];

/**
 * Source of a RegExp (use with the `i` flag) that finds an English ordinal as meeting numbers are written: 22nd,
 * 21st, twenty-first, Twenty First, fifteenth.
 */
export const englishOrdinalPatternSource = [
  String.raw`\d{1,3}(?:st|nd|rd|th)`,
  `(?:${tens.join('|')})[- ](?:${unitOrdinals.join('|')})`,
  ...[...tensOrdinals, ...teenOrdinals, ...unitOrdinals],
].join('|');

/** The number an English ordinal stands for (22nd → 22, twenty-first → 21, Fifteenth → 15); null for anything else. */
export function parseEnglishOrdinal(text: string): number | null {
  const word = text.trim().toLowerCase();
  const numeric = /^(\d{1,3})(st|nd|rd|th)$/.exec(word);
  if (numeric) return Number(numeric[1]);
  const unit = unitOrdinals.indexOf(word);
  if (unit >= 0) return unit + 1;
  const teen = teenOrdinals.indexOf(word);
  if (teen >= 0) return teen + 10;
  const ten = tensOrdinals.indexOf(word);
  if (ten >= 0) return (ten + 2) * 10;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(word);
  if (!compound) return null;
  const tensIndex = tens.indexOf(compound[1]!);
  const unitIndex = unitOrdinals.indexOf(compound[2]!);
  return tensIndex >= 0 && unitIndex >= 0 ? (tensIndex + 2) * 10 + unitIndex + 1 : null;
}
