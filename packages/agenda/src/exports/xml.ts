const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isXmlCharacter = (code: number) =>
  code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff);

/**
 * Drops what XML 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF, unpaired surrogates): escaping does not
 * help with these, and the document must stay well-formed.
 */
export function xmlCharactersOnly(value: string): string {
  let out = '';
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (isHighSurrogate(code)) {
      if (isLowSurrogate(value.charCodeAt(index + 1))) {
        out += value.slice(index, index + 2);
        index++;
      }
    } else if (!isLowSurrogate(code) && isXmlCharacter(code)) {
      out += value[index];
    }
  }
  return out;
}

/** Text content: `&`, `<` and `>` escaped, characters XML forbids dropped. */
export function escapeXmlText(value: string): string {
  return xmlCharactersOnly(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** An attribute value for double quotes; line breaks and tabs as character references so parsers keep them. */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
    .replaceAll('\t', '&#9;');
}

/** ` name="value"` for each attribute that has a value, in the order given. */
export function xmlAttributes(attributes: Record<string, string | number | null | undefined>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXmlAttribute(String(value))}"`)
    .join('');
}

/** An element with no content. */
export const emptyElement = (name: string, attributes: Record<string, string | number | null | undefined> = {}) =>
  `<${name}${xmlAttributes(attributes)}/>`;
