import type { Language, LocalizedText } from '../../../core/src/localized-text.ts';
import { placeNamed } from '../places.ts';
import { localizeSourceText, type TextProvenance, withKnownNames } from '../translations/localize-text.ts';

/**
 * A place as the text names it, with its names in the other languages from the gazetteer, so that Чолпон-Ата,
 * 乔蓬阿塔 and Cholpon-Ata are one place whatever text named it. The gazetteer's names are unofficial renderings.
 */
export function localizePlace(options: {
  name: string;
  language: Language;
  provenance: TextProvenance;
}): LocalizedText {
  const own = localizeSourceText({ text: options.name, language: options.language, provenance: options.provenance });
  const place = options.name ? placeNamed(options.name) : null;
  return place ? withKnownNames(own, place.names) : own;
}
