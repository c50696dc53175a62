import { createHash } from 'node:crypto';
import type { Language } from '../../../core/src/localized-text.ts';
import { lookupChineseSource } from '../translations/translation-memory.ts';
import { aliasKey } from './alias-key.ts';

const englishOrdinals =
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ]\w+|annual|regular|next)\b/g;
// \b is ASCII-only in JavaScript, so Cyrillic word edges are spelled out.
const russianOrdinals =
  /(?:\d+\s*-?\s*(?:й|я|е|го|м|ое|ой|ая)(?!\p{L})|(?<![\p{L}\d])(?:перв|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят|очередн|ежегодн)\p{L}*)/gu;
const chineseOrdinals = /第[零一二两三四五六七八九十百\d]+(?:届|次)|首届|\d{4}年|年度/g;

/**
 * The series a recurring event belongs to (every SCO Energy Ministers' meeting, every Forum of Heads of Regions):
 * its name without ordinals, years and numbers, in the form names are compared. English and Russian names the
 * platform has translated from a Chinese one join the Chinese series. Null when nothing is left of the name.
 */
export function eventSeriesId(options: { name: string; language: Language }): string | null {
  let { name, language } = options;
  if (language !== 'zh') {
    const chinese = lookupChineseSource({ text: name, language });
    if (chinese) {
      name = chinese;
      language = 'zh';
    }
  }
  const stripped =
    language === 'zh'
      ? name.replace(chineseOrdinals, '')
      : aliasKey(name)
          .replace(language === 'en' ? englishOrdinals : russianOrdinals, ' ')
          .replace(/\b\d+\b/g, ' ');
  const key = aliasKey(stripped).replace(/\d+/g, '').replace(/\s+/g, ' ').trim();
  if (key.length < 4) return null;
  return `series-${createHash('sha256').update(`${language}|${key}`).digest('hex').slice(0, 12)}`;
}
