import { type IndustryConcept, industryConcepts } from './industry-concepts.ts';

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Prefix of the tokens that stand for an industry concept rather than a word. */
export const conceptTokenPrefix = 'concept:';

/**
 * Function words that every listing contains; sharing them says nothing about two listings, so they are no tokens.
 */
const stopWords = new Set([
  ...['and', 'the', 'for', 'with', 'from', 'into', 'our', 'its', 'are', 'was', 'will', 'this', 'that', 'of', 'in'],
  ...['on', 'to', 'by', 'an', 'as', 'at', 'or', 'be', 'is', 'we', 'new', 'project', 'company', 'per', 'via', 'it'],
  ...['и', 'в', 'во', 'на', 'с', 'со', 'по', 'для', 'из', 'от', 'до', 'при', 'за', 'не', 'что', 'как', 'это', 'или'],
  ...['его', 'её', 'их', 'мы', 'наш', 'проект', 'проекта', 'компания', 'компании', 'также', 'а', 'к', 'о', 'об'],
  ...['的', '和', '与', '及', '在', '是', '了', '为', '对', '等', '将', '我们', '项目', '公司', '并', '或', '其'],
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A Russian or English term as a pattern: whole word, or word start when it ends in `*`; `*` inside a phrase too. */
const termPattern = (term: string) => {
  const stem = term.endsWith('*') ? term.slice(0, -1) : term;
  const body = stem
    .split('*')
    .map((part) => escapeRegExp(part))
    .join('[\\p{L}\\p{N}-]*');
  return `(?<![\\p{L}\\p{N}])${body}${term.endsWith('*') ? '' : '(?![\\p{L}\\p{N}])'}`;
};

const conceptMatchers: readonly { id: string; zh: readonly string[]; words: RegExp }[] = industryConcepts.map(
  (concept: IndustryConcept) => ({
    id: concept.id,
    zh: concept.zh,
    words: new RegExp([...concept.ru, ...concept.en].map(termPattern).join('|'), 'u'),
  }),
);

/** The ids of the industry concepts a text names, in any of the three languages. */
export function conceptsOf(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  return conceptMatchers
    .filter((matcher) => matcher.zh.some((term) => normalised.includes(term)) || matcher.words.test(normalised))
    .map((matcher) => matcher.id);
}

/**
 * Whether sharing this token says something about two listings: concept tokens and words do, but not pure numbers
 * ("2025", "300") nor Latin words of one or two letters ("ai", "ev", "kz"), which stay tokens for search only.
 */
export function isTellingSharedToken(token: string): boolean {
  if (token.startsWith(conceptTokenPrefix)) return true;
  return !/^\p{N}+$/u.test(token) && !/^\p{Script=Latin}{1,2}$/u.test(token);
}

/**
 * The normalised words of texts in any of the three languages, for keyword overlap and search: lower-cased,
 * Chinese segmented into words, one-letter Latin/Cyrillic words and common function words dropped; plus one
 * `concept:<id>` token per industry concept named (see industry-concepts.ts), so that "солнечная электростанция"
 * and "光伏电站" share `concept:solar`.
 */
export function keywordTokensOf({ texts }: { texts: readonly string[] }): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const segment of wordSegmenter.segment(text.normalize('NFKC').toLowerCase())) {
      if (!segment.isWordLike) continue;
      const word = segment.segment;
      if (/^[\p{Script=Latin}\p{Script=Cyrillic}\d]$/u.test(word)) continue;
      if (stopWords.has(word)) continue;
      tokens.add(word);
    }
    for (const concept of conceptsOf(text)) tokens.add(`${conceptTokenPrefix}${concept}`);
  }
  return [...tokens].sort();
}
