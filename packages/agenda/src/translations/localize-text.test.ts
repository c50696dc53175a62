import { describe, expect, it } from 'vitest';
import { localizeSourceText, mergeLocalizedText, withKnownNames } from './localize-text.ts';

describe('localizeSourceText', () => {
  it('keeps an English official text alone, with no invented translations', () => {
    expect(localizeSourceText({ text: 'SCO Charter', language: 'en', provenance: 'official' })).toEqual({
      en: { text: 'SCO Charter', provenance: 'official' },
    });
  });

  it('adds the platform translations to a Chinese text and marks a restated source unofficial', () => {
    const value = localizeSourceText({ text: '上合组织宪章', language: 'zh', provenance: 'unofficial_translation' });
    expect(value.zh).toEqual({ text: '上合组织宪章', provenance: 'unofficial_translation' });
    expect(value.en?.provenance).toBe('unofficial_translation');
  });
});

describe('mergeLocalizedText', () => {
  it('lets an official text replace an unofficial one but never the reverse', () => {
    const existing = {
      zh: { text: '上合组织宪章', provenance: 'official' as const },
      en: { text: 'Charter of the SCO', provenance: 'unofficial_translation' as const },
    };
    const merged = mergeLocalizedText(existing, {
      en: { text: 'SCO Charter', provenance: 'official' },
      zh: { text: '别的', provenance: 'unofficial_translation' },
      ru: { text: 'Хартия ШОС', provenance: 'unofficial_translation' },
    });
    expect(merged).toEqual({
      zh: { text: '上合组织宪章', provenance: 'official' },
      en: { text: 'SCO Charter', provenance: 'official' },
      ru: { text: 'Хартия ШОС', provenance: 'unofficial_translation' },
    });
  });

  it('fills missing languages from known names as unofficial', () => {
    expect(withKnownNames({ en: { text: 'X', provenance: 'official' } }, { en: 'Y', ru: 'Икс' })).toEqual({
      en: { text: 'X', provenance: 'official' },
      ru: { text: 'Икс', provenance: 'unofficial_translation' },
    });
  });
});
