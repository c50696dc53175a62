/** Stands in for every masked character; not a character a communiqué uses. */
export const maskCharacter = '\u2591';

/**
 * Returns the text with the inside of every 《…》 title and “…” quotation replaced by {@link maskCharacter}, the
 * brackets and quotation marks themselves kept. The result has the same length, so an offset found in it is an
 * offset in the original. Rules that read the grammar of a sentence run on the masked text, so that words inside a
 * title (《…关于支持多边贸易体制的声明》) or a quoted name (“外空技术…的贡献”会议) never count as the sentence's own
 * verbs or punctuation. Titles nest (〈〉 inside 《》, or 《》 inside 《》); an unclosed bracket masks to the end.
 */
export function maskTitlesAndQuotations(text: string): string {
  let depth = 0;
  let masked = '';
  for (const char of text) {
    const opens = char === '《' || char === '“';
    const closes = char === '》' || char === '”';
    if (closes && depth > 0) depth -= 1;
    masked += depth > 0 ? maskCharacter.repeat(char.length) : char;
    if (opens) depth += 1;
  }
  return masked;
}
