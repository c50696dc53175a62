import type { Language } from '../../api/types.ts';
import { localeTags } from '../../lib/locale.ts';

/** A USD amount in the reader's number style, compact ("12 M", "1200万"). */
export function formatUsd(amount: number, language: Language): string {
  const number = new Intl.NumberFormat(localeTags[language], { notation: 'compact', maximumFractionDigits: 1 });
  return `${number.format(amount)} USD`;
}

/** An ISO 639-1 code as the reader's language names it. */
export function languageLabel(code: string, language: Language): string {
  return new Intl.DisplayNames([localeTags[language]], { type: 'language' }).of(code) ?? code;
}
