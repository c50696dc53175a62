import type { Language } from '../../../core/src/localized-text.ts';

/**
 * The language of a text from the scripts its letters are written in: Han characters make it Chinese (an English
 * or Russian text quotes a Chinese name at most in passing), otherwise the larger of Cyrillic and Latin wins.
 * Returns null when fewer than 20 letters are found, which no SCO text is.
 */
export function detectLanguage(text: string): Language | null {
  let han = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) han += 1;
    else if (/\p{Script=Cyrillic}/u.test(char)) cyrillic += 1;
    else if (/\p{Script=Latin}/u.test(char)) latin += 1;
  }
  if (han + cyrillic + latin < 20) return null;
  if (han >= 0.2 * (han + cyrillic + latin)) return 'zh';
  return cyrillic >= latin ? 'ru' : 'en';
}
