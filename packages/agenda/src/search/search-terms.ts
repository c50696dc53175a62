import { containsHan, segmentChinese } from './segment-chinese.ts';

/**
 * What a full-text query becomes in each language's index. Chinese words are ANDed (word order in a paragraph
 * varies); Russian and English go through PostgreSQL's own stemming (`websearch_to_tsquery`).
 */
export interface SearchTerms {
  /** tsquery text for the `simple` configuration over segmented Chinese, or null when the query has no Han. */
  chineseQuery: string | null;
  /** The raw query for `websearch_to_tsquery('russian' | 'english', …)`, or null when it has no Latin or Cyrillic word. */
  alphabeticQuery: string | null;
}

const tsqueryUnsafe = /[&|!():*<>'\\]/g;

export function searchTermsFor(query: string): SearchTerms {
  const trimmed = query.trim();
  const chineseWords = containsHan(trimmed)
    ? segmentChinese(trimmed)
        .split(' ')
        .map((word) => word.replace(tsqueryUnsafe, ''))
        .filter(Boolean)
    : [];
  const alphabetic = trimmed.replace(/\p{Script=Han}+/gu, ' ').trim();
  return {
    chineseQuery: chineseWords.length > 0 ? chineseWords.join(' & ') : null,
    alphabeticQuery: /[\p{L}\p{N}]/u.test(alphabetic) ? alphabetic : null,
  };
}
