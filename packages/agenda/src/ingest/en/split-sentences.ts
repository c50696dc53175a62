import type { Span } from '../types.ts';
import { maskQuotations } from './mask-quotations.ts';

export interface Sentence {
  text: string;
  /** Offsets into the text that was split. */
  span: Span;
}

// Words after which a full stop abbreviates rather than ends a sentence.
const abbreviations = new Set([
  'St',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'No',
  'Nos',
  'Art',
  'para',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
]);
// Initials such as "A.", "A.A." or "Sh.M." stand before a surname, not at a sentence's end ("Xi." does end one).
const initials = /^(?:(?:\p{Lu}|Sh|Kh|Ch|Zh|Ts|Yu|Ya)\.)*(?:\p{Lu}|Sh|Kh|Ch|Zh|Ts|Yu|Ya)$/u;

/**
 * Splits a paragraph into sentences at a full stop, question or exclamation mark followed by a space and a capital
 * letter, a digit or an opening quotation mark. A full stop after an initial (S. Jaishankar, A.A. Smailov) or a
 * common abbreviation does not end a sentence, nor does one inside a quotation. Spans exclude surrounding spaces.
 */
export function splitSentences(text: string): Sentence[] {
  const masked = maskQuotations(text);
  const sentences: Sentence[] = [];
  let start = 0;
  for (const boundary of masked.matchAll(/[.!?](?=\s+[\p{Lu}\d“«"])/gu)) {
    const tokenStart = masked.lastIndexOf(' ', boundary.index) + 1;
    const token = masked.slice(tokenStart, boundary.index).replace(/^[(“"«]+/, '');
    if (boundary[0] === '.' && (initials.test(token) || abbreviations.has(token))) continue;
    pushSentence({ text, sentences, start, end: boundary.index + 1 });
    start = boundary.index + 1;
  }
  pushSentence({ text, sentences, start, end: text.length });
  return sentences;
}

function pushSentence(options: { text: string; sentences: Sentence[]; start: number; end: number }): void {
  const raw = options.text.slice(options.start, options.end);
  const leading = raw.length - raw.trimStart().length;
  const content = raw.trim();
  if (!content) return;
  const start = options.start + leading;
  options.sentences.push({ text: content, span: { start, end: start + content.length } });
}
