import { describe, expect, it } from 'vitest';
import { factKinds } from '../../../../packages/agenda/src/contracts.ts';
import {
  actorKinds,
  eventFormats,
  initiativeStages,
  reportStatuses,
  reviewStates,
  stances,
  topics,
} from '../../../../packages/agenda/src/vocabulary.ts';
import { roles } from '../../../../packages/core/src/auth/roles.ts';
import { countryStatuses } from '../../../../packages/core/src/countries.ts';
import { errorCodes } from '../../../../packages/core/src/errors.ts';
import en from './en.json';
import ru from './ru.json';
import zh from './zh.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const locales = { zh: flatten(zh as Tree), ru: flatten(ru as Tree), en: flatten(en as Tree) };

/**
 * Keys whose zh or ru value may equal the English one: the language names in the switcher are each written in
 * their own language (proper nouns), and a bare percentage format is the same in Chinese and English.
 */
const sameAsEnglishAllowed: Record<'zh' | 'ru', readonly string[]> = {
  zh: ['language.zh', 'language.ru', 'language.en', 'reportForm.progressValue'],
  ru: ['language.zh', 'language.ru', 'language.en'],
};

const interpolations = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('have exactly the same keys in zh, ru and en', () => {
    const enKeys = [...locales.en.keys()].sort();
    expect([...locales.zh.keys()].sort()).toEqual(enKeys);
    expect([...locales.ru.keys()].sort()).toEqual(enKeys);
  });

  it('have no empty values', () => {
    for (const [language, map] of Object.entries(locales)) {
      for (const [key, value] of map) expect(value.trim(), `${language}:${key}`).not.toBe('');
    }
  });

  it.each(['zh', 'ru'] as const)('%s translates every value (no English left behind)', (language) => {
    const same = [...locales[language]].filter(
      ([key, value]) => value === locales.en.get(key) && !sameAsEnglishAllowed[language].includes(key),
    );
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('keeps the same {{placeholders}} in every language', () => {
    for (const [key, value] of locales.en) {
      expect(interpolations(locales.zh.get(key) ?? ''), `zh:${key}`).toEqual(interpolations(value));
      expect(interpolations(locales.ru.get(key) ?? ''), `ru:${key}`).toEqual(interpolations(value));
    }
  });

  it('label every vocabulary code', () => {
    const vocabularies: [string, readonly string[]][] = [
      ['vocab.stance', stances],
      ['vocab.topic', topics],
      ['vocab.actorKind', actorKinds],
      ['vocab.stage', initiativeStages],
      ['vocab.reportStatus', reportStatuses],
      ['vocab.reviewState', reviewStates],
      ['vocab.countryStatus', countryStatuses],
      ['vocab.countryStatusPlural', countryStatuses],
      ['vocab.eventFormat', eventFormats],
      ['vocab.eventStatus', ['held', 'planned']],
      ['vocab.factKind', factKinds],
      ['vocab.role', roles],
    ];
    for (const [prefix, codes] of vocabularies) {
      for (const code of codes) {
        for (const [language, map] of Object.entries(locales)) {
          expect(map.has(`${prefix}.${code}`), `${language}: ${prefix}.${code}`).toBe(true);
        }
      }
    }
  });

  it('translate every error code the API may answer with', () => {
    for (const code of [
      ...errorCodes.filter((c) => c !== 'ingest_rejected' && c !== 'data_dir_locked'),
      'internal_error',
      'network_error',
    ]) {
      for (const [language, map] of Object.entries(locales)) {
        expect(map.has(`errors.code.${code}`), `${language}: errors.code.${code}`).toBe(true);
      }
    }
  });
});
