const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The normalised words of texts in any of the three languages, for keyword overlap and search: lower-cased,
 * Chinese segmented into words, one-letter Latin/Cyrillic words dropped.
 */
export function keywordTokensOf({ texts }: { texts: readonly string[] }): string[] {
  const tokens = new Set<string>();
  for (const text of texts) {
    for (const segment of wordSegmenter.segment(text.normalize('NFKC').toLowerCase())) {
      if (!segment.isWordLike) continue;
      const word = segment.segment;
      if (/^[\p{Script=Latin}\p{Script=Cyrillic}\d]$/u.test(word)) continue;
      tokens.add(word);
    }
  }
  return [...tokens].sort();
}
