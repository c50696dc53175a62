import type { Span } from './types.ts';

export interface Paragraph {
  text: string;
  span: Span;
}

/**
 * Splits normalised text into paragraphs: each non-blank line, without its surrounding whitespace. Communiqués put
 * one paragraph on a line; blank lines between them are optional (the seed's title runs straight into its first
 * line), so lines, not blank-line blocks, are the unit.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const leading = line.length - line.trimStart().length;
    const content = line.trim();
    if (content) {
      const start = lineStart + leading;
      paragraphs.push({ text: content, span: { start, end: start + content.length } });
    }
    lineStart += line.length + 1;
  }
  return paragraphs;
}
