const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

const hanPattern = /\p{Script=Han}/u;

/** True when the text contains Chinese characters. */
export const containsHan = (text: string) => hanPattern.test(text);

/**
 * Splits Chinese text into words separated by spaces, for `to_tsvector('simple', …)`: PostgreSQL has no Chinese
 * parser, so documents and queries are segmented the same way in the application (ICU's dictionary).
 */
export function segmentChinese(text: string): string {
  const words: string[] = [];
  for (const part of segmenter.segment(text)) {
    if (part.isWordLike) words.push(part.segment.toLowerCase());
  }
  return words.join(' ');
}
