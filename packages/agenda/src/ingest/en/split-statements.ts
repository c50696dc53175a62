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
const numberHeading = /^(?:[IVXLC]+|\d{1,3})\.?$/;
// A section heading with words: "I. Political cooperation", "B. Economic cooperation", "2. Security". It has no
// sentence-final mark and no verb of a statement, and a numeral heading is short.
const labelledHeading = /^(?:([IVXLC]+|[A-Z])|(\d{1,2}))[.)]\s+\p{Lu}[^.;:!?]*$/u;
const statementVerb =
  /\b(?:will|shall|is|are|was|were|be|been|has|have|had|noted|note|stressed|welcomed|supported|approved|agreed|decided|held)\b/i;

function isSectionHeading(text: string): boolean {
  if (numberHeading.test(text)) return true;
  const labelled = labelledHeading.exec(text);
  if (!labelled || statementVerb.test(text)) return false;
  const words = text.split(/\s+/).length - 1;
  return labelled[1] ? words <= 15 : words <= 6;
}

/**
 * The statements of an English text: every paragraph after the header, numbered from 1 in order, whether the text
 * numbers its paragraphs or not. A paragraph's own number label is left out of its text and span. Section headings
 * are not statements: a numeral alone (the sections I–V of a declaration) or a numbered title without a final full
 * stop or a verb ("I. The international and regional situation", "2. Security").
 */
export function splitStatements(options: {
  paragraphs: Paragraph[];
  headerParagraphCount: number;
}): StatementParagraph[] {
  return options.paragraphs
    .slice(options.headerParagraphCount)
    .filter((paragraph) => !isSectionHeading(paragraph.text))
    .map((paragraph, index) => {
      const label = numberLabel.exec(paragraph.text)?.[0].length ?? 0;
      return {
        ordinal: index + 1,
        text: paragraph.text.slice(label),
        span: { start: paragraph.span.start + label, end: paragraph.span.end },
      };
    });
}
