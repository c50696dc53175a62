/** Stands in for every masked character; not a character a Russian text uses. */
export const maskCharacter = '\u2591';

const opening = new Set(['«', '„', '“']);
const closing = new Set(['»', '“', '”']);

/**
 * Returns the text with the inside of every quotation («…», „…“, “…”, and "…" with straight marks) replaced by
 * {@link maskCharacter}, the marks themselves kept. The result has the same length, so an offset found in it is an
 * offset in the original. Rules that read the grammar of a sentence run on the masked text, so that the words of a
 * quoted title («Об утверждении…») or name (инициатива «Один пояс, один путь») never count as the sentence's own
 * verbs or punctuation. Quotations nest («…„…“…» or «…«…»…»); an unclosed mark masks to the end.
 */
export function maskQuotations(text: string): string {
  const open: string[] = [];
  let masked = '';
  for (const char of text) {
    let isClose = false;
    if (char === '"') isClose = open.at(-1) === '"';
    else if (closing.has(char) && open.length > 0) isClose = char !== '“' || open.at(-1) === '„';
    if (isClose) open.pop();
    masked += open.length > 0 ? maskCharacter.repeat(char.length) : char;
    if (!isClose && (opening.has(char) || char === '"')) open.push(char);
  }
  return masked;
}

/**
 * Returns the text with the full stop of the abbreviations "г." and "гг." (город, годы) replaced by
 * {@link maskCharacter}, so that "в г. Алматы" does not end a sentence or a clause. Same length as the input.
 */
export function maskAbbreviationPeriods(text: string): string {
  return text.replace(/(?<![\p{L}])(гг?)\./gu, (_match, letters: string) => `${letters}${maskCharacter}`);
}
