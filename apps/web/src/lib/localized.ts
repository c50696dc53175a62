import type { Language, LocalizedText, Provenance } from '../api/types.ts';

export interface PickedText {
  text: string;
  /** The language the shown text is in (may differ from the UI language when no translation exists). */
  language: Language;
  provenance: Provenance;
  /** True when the UI language has no text and another language is shown instead. */
  substituted: boolean;
}

const order: Language[] = ['zh', 'ru', 'en'];

/**
 * The text to show in `language`: that language's text when there is one; otherwise the official text (never a
 * silent English fallback), flagged as substituted so the UI can say so.
 */
export function pickText(value: LocalizedText | null | undefined, language: Language): PickedText | null {
  if (!value) return null;
  const own = value[language];
  if (own && own.provenance !== 'missing' && own.text) {
    return { text: own.text, language, provenance: own.provenance, substituted: false };
  }
  const official = order.find((l) => value[l]?.provenance === 'official' && value[l]?.text);
  const other = official ?? order.find((l) => value[l]?.provenance !== 'missing' && value[l]?.text);
  if (!other) return null;
  const entry = value[other];
  return { text: entry.text ?? '', language: other, provenance: entry.provenance, substituted: true };
}

/** Plain string for places that cannot hold markup (document.title, select options, chart labels). */
export function plainText(value: LocalizedText | null | undefined, language: Language): string {
  return pickText(value, language)?.text ?? '';
}

/** The language whose text is official, if any. */
export function officialLanguage(value: LocalizedText | null | undefined): Language | null {
  if (!value) return null;
  return order.find((l) => value[l]?.provenance === 'official') ?? null;
}
