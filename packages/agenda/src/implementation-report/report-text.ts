import { findCountry } from '../../../core/src/countries.ts';
import { type Language, languages, type PresentedLocalizedText } from '../../../core/src/localized-text.ts';
import type { DatePrecision } from '../vocabulary.ts';

/** A text as the report shows it in its language. */
export interface ReportText {
  text: string;
  /** The language of `text`: the report's, or the original's when the report's language has none. */
  language: Language;
  provenance: 'official' | 'unofficial_translation';
  /** True when the report's language has no text and the original is shown instead, with a marker saying so. */
  substituted: boolean;
}

/**
 * The text in `language`; where there is none, the official text (else any text) flagged as substituted so that it
 * is shown with a "missing translation" marker, never silently in another language.
 */
export function pickReportText(value: PresentedLocalizedText | null, language: Language): ReportText | null {
  if (!value) return null;
  const own = value[language];
  if (own.text && own.provenance !== 'missing') {
    return { text: own.text, language, provenance: own.provenance, substituted: false };
  }
  const other =
    languages.find((l) => value[l].provenance === 'official' && value[l].text) ??
    languages.find((l) => value[l].provenance !== 'missing' && value[l].text);
  if (!other) return null;
  const entry = value[other];
  return {
    text: entry.text ?? '',
    language: other,
    provenance: entry.provenance === 'official' ? 'official' : 'unofficial_translation',
    substituted: true,
  };
}

/** The provenance a CSV reader sees: `official`, `unofficial_translation`, or `missing (original: zh)`. */
export const provenanceLabel = (text: ReportText | null) =>
  !text ? 'missing' : text.substituted ? `missing (original: ${text.language})` : text.provenance;

/** BCP 47 tags for `lang` attributes and Intl formatting, as the web app uses them. */
export const localeTags: Record<Language, string> = { zh: 'zh-CN', ru: 'ru-RU', en: 'en-GB' };

const dateOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

/** `2025-11-18` as "18 November 2025", "2025年11月18日", "18 ноября 2025 г.", as precise as the source. */
export function formatReportDate(iso: string, language: Language, precision: DatePrecision = 'day'): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeTags[language], dateOptions[precision]).format(date);
}

/** A state's short name in the language, or its code when the platform does not know it. */
export const countryNameIn = (code: string, language: Language) => findCountry(code)?.name[language] ?? code;
