import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedTexts } from '../index.ts';
import { parseChineseText } from '../ingest/zh/parse-chinese-text.ts';
import englishMemory from './communique-24.en.json' with { type: 'json' };
import russianMemory from './communique-24.ru.json' with { type: 'json' };
import { lookupTranslation } from './translation-memory.ts';

/** Every string of the seed the platform shows must exist in English and Russian: no fallback to Chinese. */
const parsed = parseChineseText({ text: readFileSync(seedTexts[0]!.file, 'utf8') });
const meeting = parsed.meeting;
const shownStrings = [
  meeting.bodyName,
  meeting.title,
  meeting.place,
  meeting.chair?.title,
  meeting.chair?.personName,
  meeting.nextMeeting?.place,
  ...meeting.participants.flatMap((p) => [p.title, p.personName, p.organization]),
  ...parsed.statements.flatMap((s) => [
    s.text,
    ...s.documents.flatMap((d) => [d.title, d.place]),
    ...s.events.flatMap((e) => [e.name, e.place]),
    ...s.initiatives.map((i) => i.title),
  ]),
].filter((value): value is string => Boolean(value));

describe('the seed translation memories', () => {
  it.each(['en', 'ru'] as const)('translate every string of the seed the platform shows into %s', (language) => {
    const missing = [...new Set(shownStrings)].filter((zh) => !lookupTranslation({ zh, language }));
    expect(missing).toEqual([]);
  });

  it.each([englishMemory, russianMemory])(
    'say where they come from and have no duplicate keys ($language)',
    (memory) => {
      expect(memory.source).toMatch(/Unofficial|Неофициальный/);
      const keys = memory.entries.map((entry) => entry.zh.replace(/\s+/g, ''));
      expect(new Set(keys).size).toBe(keys.length);
      for (const entry of memory.entries) expect(entry.text.trim()).not.toBe('');
    },
  );

  it('keeps Chinese out of the translations, except inside quoted names', () => {
    for (const memory of [englishMemory, russianMemory]) {
      for (const entry of memory.entries) expect(entry.text, entry.zh).not.toMatch(/[\u4e00-\u9fff]{2,}/);
    }
  });
});
