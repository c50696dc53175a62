import { maskCharacter } from '../zh/mask-text.ts';

export { maskCharacter } from '../zh/mask-text.ts';

const pairs: Readonly<Record<string, string>> = { '“': '”', '«': '»', '"': '"' };

export interface Quotation {
  /** Offset of the opening mark; `end` is the offset just after the closing mark. */
  start: number;
  end: number;
  /** The text between the marks. */
  inner: string;
}

/**
 * The outer quotations of a text, in order: “…”, «…» and "…" (straight quotes pair up in order of appearance).
 * Marks of another kind inside a quotation are part of it; an unclosed quotation runs to the end of the text.
 */
export function findQuotations(text: string): Quotation[] {
  const quotations: Quotation[] = [];
  let index = 0;
  while (index < text.length) {
    const close = pairs[text[index]!];
    if (!close) {
      index += 1;
      continue;
    }
    const closeIndex = findClosing({ text, from: index + 1, open: text[index]!, close });
    const end = closeIndex === -1 ? text.length : closeIndex + 1;
    quotations.push({ start: index, end, inner: text.slice(index + 1, closeIndex === -1 ? text.length : closeIndex) });
    index = end;
  }
  return quotations;
}

function findClosing(options: { text: string; from: number; open: string; close: string }): number {
  const { text, from, open, close } = options;
  if (open === close) return text.indexOf(close, from);
  let depth = 1;
  for (let index = from; index < text.length; index += 1) {
    if (text[index] === open) depth += 1;
    else if (text[index] === close) {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/**
 * The text with the inside of every quotation replaced by {@link maskCharacter}, the marks kept, so the result has
 * the same length and offsets carry over. Grammar rules run on it, so that words of a quoted title or slogan (the
 * SCO Initiative “On World Unity for a Just Peace, Harmony and Development”) never count as the sentence's verbs.
 */
export function maskQuotations(text: string): string {
  let masked = '';
  let last = 0;
  for (const quotation of findQuotations(text)) {
    const innerEnd = quotation.start + 1 + quotation.inner.length;
    masked += text.slice(last, quotation.start + 1) + maskCharacter.repeat(quotation.inner.length);
    masked += text.slice(innerEnd, quotation.end);
    last = quotation.end;
  }
  return masked + text.slice(last);
}
