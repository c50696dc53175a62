import type { Paragraph } from '../split-paragraphs.ts';
import type { Span } from '../types.ts';

export interface StatementParagraph {
  /** 1-based among the statements. */
  ordinal: number;
  text: string;
  span: Span;
}

// A paragraph's own number, "12. " or "(12) ", is a label, not part of what the paragraph says.
const numberLabel = /^(?:\d{1,3}[.)]|\(\d{1,3}\))\s+/;
// A section heading that is only a number: "I", "IV.", "2.".
const sectionHeading = /^(?:[IVXLC]+|\d{1,3})\.?$/;

/**
 * The statements of an English text: every paragraph after the header, numbered from 1 in order, whether the text
 * numbers its paragraphs or not. A paragraph's own number label is left out of its text and span; section headings
 * that are only a numeral (the sections I–V of a declaration) are not statements.
 */
export function splitStatements(options: {
  paragraphs: Paragraph[];
  headerParagraphCount: number;
}): StatementParagraph[] {
  return options.paragraphs
    .slice(options.headerParagraphCount)
    .filter((paragraph) => !sectionHeading.test(paragraph.text))
    .map((paragraph, index) => {
      const label = numberLabel.exec(paragraph.text)?.[0].length ?? 0;
      return {
        ordinal: index + 1,
        text: paragraph.text.slice(label),
        span: { start: paragraph.span.start + label, end: paragraph.span.end },
      };
    });
}
