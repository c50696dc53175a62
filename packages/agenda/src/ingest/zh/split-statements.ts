import type { Paragraph } from '../split-paragraphs.ts';
import type { Span } from '../types.ts';

export interface StatementParagraph {
  /** 1-based among the statements. */
  ordinal: number;
  text: string;
  span: Span;
}

/**
 * The statements of a communiqué: every paragraph after the header, numbered from 1. The header (title lines, the
 * date-and-place line, attendance, chair and guests) is recognised by `parseHeader`, which says how many paragraphs
 * it took; everything after it is the communiqué's substance, including the meeting's own decisions
 * (会议就…通过决议) and the announcement of the next meeting.
 */
export function splitStatements(options: {
  paragraphs: Paragraph[];
  headerParagraphCount: number;
}): StatementParagraph[] {
  return options.paragraphs
    .slice(options.headerParagraphCount)
    .map((paragraph, index) => ({ ordinal: index + 1, text: paragraph.text, span: paragraph.span }));
}
