import { describe, expect, it } from 'vitest';
import { documentIdFor, initiativeIdFor } from '../ids.ts';
import { aliasKey } from './alias-key.ts';
import { resolveEntity } from './resolve-entity.ts';

const none = new Map<string, string>();

describe('resolveEntity', () => {
  it('keeps the seed id for a Chinese title and finds it again from its English and Russian names', () => {
    const zh = resolveEntity({
      kind: 'document',
      name: '上合组织成员国数字化转型行动计划',
      language: 'zh',
      dictionary: none,
    });
    expect(zh).toMatchObject({ id: documentIdFor('上合组织成员国数字化转型行动计划'), via: 'new' });
    const en = resolveEntity({
      kind: 'document',
      name: 'action plan for digital transformation of the SCO member states',
      language: 'en',
      dictionary: none,
    });
    expect(en).toMatchObject({ id: zh.id, via: 'translation' });
  });

  it('recognises a recurring initiative however each language words it', () => {
    const bank = initiativeIdFor('成立上合组织开发银行');
    for (const [name, language] of [
      ['成立上合组织开发银行', 'zh'],
      ['continue consultations on the establishment of the SCO Development Bank', 'en'],
      ['создание Банка развития Шанхайской организации сотрудничества', 'ru'],
    ] as const) {
      expect(resolveEntity({ kind: 'initiative', name, language, dictionary: none }).id).toBe(bank);
    }
    expect(
      resolveEntity({
        kind: 'initiative',
        name: 'the SCO Development Fund (Special Account)',
        language: 'en',
        dictionary: none,
      }).id,
    ).not.toBe(bank);
  });

  it('matches inflected Russian and reordered English titles of one strategy', () => {
    const ids = [
      ['上合组织未来10年（2026－2035年）发展战略', 'zh'],
      ['Стратегии развития ШОС на 2026–2035 годы', 'ru'],
      ['SCO Development Strategy until 2035', 'en'],
    ].map(
      ([name, language]) =>
        resolveEntity({ kind: 'document', name: name!, language: language as 'zh', dictionary: none }).id,
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('lets the dictionary override everything else', () => {
    const dictionary = new Map([[aliasKey('SCO Development Bank'), 'ini-corrected']]);
    expect(resolveEntity({ kind: 'initiative', name: 'the SCO Development Bank', language: 'en', dictionary })).toEqual(
      {
        id: 'ini-corrected',
        via: 'dictionary',
        names: {},
      },
    );
  });

  it('gives one new id to the same unknown title written with other quotes', () => {
    const a = resolveEntity({ kind: 'document', name: '“Concept of Green Ports”', language: 'en', dictionary: none });
    const b = resolveEntity({ kind: 'document', name: 'Concept of Green Ports', language: 'en', dictionary: none });
    expect(a.via).toBe('new');
    expect(a.id).toBe(b.id);
  });
});
