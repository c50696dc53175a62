import { describe, expect, it } from 'vitest';
import { countryOfPlace, nominativeRussianPlace, placeNamed } from './places.ts';

describe('placeNamed', () => {
  it('finds a place by its name in any working language', () => {
    const cholponAta = {
      key: 'cholpon-ata',
      names: { zh: '乔蓬阿塔', ru: 'Чолпон-Ата', en: 'Cholpon-Ata' },
      countryCode: 'KG',
    };
    expect(placeNamed('Чолпон-Ата')).toEqual(cholponAta);
    expect(placeNamed('乔蓬阿塔')).toEqual(cholponAta);
    expect(placeNamed('Cholpon-Ata')).toEqual(cholponAta);
  });

  it('reads Latin names in any letter case and known former names and spellings', () => {
    expect(placeNamed('tashkent')?.key).toBe('tashkent');
    expect(placeNamed('Нур-Султан')?.key).toBe('astana');
    expect(placeNamed('Nur-Sultan')?.names.ru).toBe('Астана');
    expect(placeNamed('St Petersburg')?.names.zh).toBe('圣彼得堡');
  });

  it.each([
    ['Ташкент', 'tashkent', 'UZ'],
    ['Астана', 'astana', 'KZ'],
    ['Бишкек', 'bishkek', 'KG'],
    ['Душанбе', 'dushanbe', 'TJ'],
    ['Исламабад', 'islamabad', 'PK'],
    ['Нью-Дели', 'new-delhi', 'IN'],
    ['Тегеран', 'tehran', 'IR'],
    ['Минск', 'minsk', 'BY'],
    ['Пекин', 'beijing', 'CN'],
    ['Шанхай', 'shanghai', 'CN'],
    ['Циндао', 'qingdao', 'CN'],
    ['Тяньцзинь', 'tianjin', 'CN'],
    ['Уфа', 'ufa', 'RU'],
    ['Самарканд', 'samarkand', 'UZ'],
    ['Санкт-Петербург', 'saint-petersburg', 'RU'],
    ['Москва', 'moscow', 'RU'],
    ['Казань', 'kazan', 'RU'],
    ['Алматы', 'almaty', 'KZ'],
    ['Актау', 'aktau', 'KZ'],
  ])('knows %s', (name, key, countryCode) => {
    expect(placeNamed(name)).toMatchObject({ key, countryCode });
  });

  it('covers every city the Chinese texts name', () => {
    for (const name of [
      '莫斯科',
      '符拉迪沃斯托克',
      '叶卡捷琳堡',
      '鄂木斯克',
      '斯科尔科沃',
      '喀山',
      '圣彼得堡',
      '天津',
      '克拉玛依',
    ]) {
      expect(placeNamed(name), name).not.toBeNull();
    }
    for (const name of [
      '成都',
      '青岛',
      '上海',
      '北京',
      '哈尔滨',
      '重庆',
      '昆明',
      '阿克套',
      '阿斯塔纳',
      '阿拉木图',
      '杜尚别',
    ]) {
      expect(placeNamed(name), name).not.toBeNull();
    }
    for (const name of [
      '撒马尔罕',
      '塔什干',
      '比什凯克',
      '乔蓬阿塔',
      '伊塞克湖州',
      '明斯克',
      '新德里',
      '德黑兰',
      '伊斯兰堡',
    ]) {
      expect(placeNamed(name), name).not.toBeNull();
    }
  });

  it('returns null for a name it does not know', () => {
    expect(placeNamed('Ханой')).toBeNull();
    expect(placeNamed('')).toBeNull();
  });
});

describe('nominativeRussianPlace', () => {
  it.each([
    ['в городе Ташкенте', 'Ташкент'],
    ['в г. Ташкенте', 'Ташкент'],
    ['Ташкента', 'Ташкент'],
    ['в Москве', 'Москва'],
    ['из Москвы', 'Москва'],
    ['в Чолпон-Ате', 'Чолпон-Ата'],
    ['в Санкт-Петербурге', 'Санкт-Петербург'],
    ['Санкт-Петербургом', 'Санкт-Петербург'],
    ['в Нью-Дели', 'Нью-Дели'],
    ['в Душанбе', 'Душанбе'],
    ['в Циндао', 'Циндао'],
    ['в Алматы', 'Алматы'],
    ['в Тяньцзине', 'Тяньцзинь'],
    ['в Шанхае', 'Шанхай'],
    ['в Казани', 'Казань'],
    ['в Уфе', 'Уфа'],
    ['в Бухаре', 'Бухара'],
    ['в Нур-Султане', 'Нур-Султан'],
    ['в Иссык-Кульской области', 'Иссык-Кульская область'],
    ['Бишкек', 'Бишкек'],
  ])('%s → %s', (form, nominative) => {
    expect(nominativeRussianPlace(form)).toBe(nominative);
  });

  it('returns null for places it does not know and for states', () => {
    expect(nominativeRussianPlace('в Ханое')).toBeNull();
    expect(nominativeRussianPlace('в Республике Индия')).toBeNull();
  });
});

describe('countryOfPlace', () => {
  it('resolves Chinese, Russian and English names, oblique Russian forms and state names', () => {
    expect(countryOfPlace('塔什干')).toBe('UZ');
    expect(countryOfPlace('Ташкент')).toBe('UZ');
    expect(countryOfPlace('Tashkent')).toBe('UZ');
    expect(countryOfPlace('Ташкенте')).toBe('UZ');
    expect(countryOfPlace('塔吉克斯坦共和国')).toBe('TJ');
    expect(countryOfPlace('Республика Индия')).toBe('IN');
  });

  it('resolves two places through the first', () => {
    expect(countryOfPlace('比什凯克和乔蓬阿塔')).toBe('KG');
    expect(countryOfPlace('Бишкек и Чолпон-Ата')).toBe('KG');
    expect(countryOfPlace('Bishkek and Cholpon-Ata')).toBe('KG');
  });

  it('does not read a longer unknown word as a known city it starts with', () => {
    expect(countryOfPlace('Ошмяны')).toBeNull();
    expect(countryOfPlace(null)).toBeNull();
  });
});
