import { type Language, languages, type PresentedLocalizedText } from '../../../core/src/localized-text.ts';
import type { PresentedUserText } from '../user-text.ts';

/** One text of an exported record in the requested language, with the language it is actually in. */
export interface ExportedText {
  text: string | null;
  language: Language | null;
}

/**
 * An owner-written text in the requested language when the owner wrote one, otherwise in the language they wrote
 * first: the export says which, never passing one language off as another.
 */
export function userTextIn(value: PresentedUserText, language: Language): ExportedText {
  const own = value[language];
  if (own) return { text: own, language };
  const original = value[value.original];
  return original ? { text: original, language: value.original } : { text: null, language: null };
}

/** A trilingual record text in the requested language, else its official text, else any, with its provenance. */
export function localizedTextIn(
  value: PresentedLocalizedText,
  language: Language,
): ExportedText & { provenance: 'official' | 'unofficial_translation' | 'missing' } {
  const wanted = value[language];
  if (wanted.text) return { text: wanted.text, language, provenance: wanted.provenance };
  const official = languages.find((other) => value[other].provenance === 'official' && value[other].text);
  const fallback = official ?? languages.find((other) => value[other].text);
  if (!fallback) return { text: null, language: null, provenance: 'missing' };
  return { text: value[fallback].text, language: fallback, provenance: value[fallback].provenance };
}
