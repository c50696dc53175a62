/**
 * Brings a communiqué to the one form every span refers to: no byte-order mark and `\n` line ends. Nothing else is
 * touched, so offsets into the result point at the characters the source actually had.
 */
export function normalizeCommuniqueText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
