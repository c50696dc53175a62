import { describe, expect, it } from 'vitest';
import { findRussianPlace, readRussianPlace, readRussianPlaceAt } from './read-place.ts';

describe('readRussianPlace', () => {
  it.each([
    ['в городе Ташкенте', 'Ташкент', 'UZ'],
    ['в Республике Индия', 'Республика Индия', 'IN'],
    ['в Бишкеке и Чолпон-Ате', 'Бишкек и Чолпон-Ата', 'KG'],
    ['г. Душанбе (Республика Таджикистан)', 'Душанбе', 'TJ'],
    ['в Ханое', 'Ханое', null],
  ])('%s → %s', (phrase, place, countryCode) => {
    expect(readRussianPlace(phrase)).toEqual({ place, countryCode });
  });

  it('refuses what cannot be a place', () => {
    expect(readRussianPlace('в Шанхайской организации сотрудничества')).toBeNull();
  });
});

describe('findRussianPlace and readRussianPlaceAt', () => {
  it('take the longest run of capitalised words that names a place, with the characters it covers', () => {
    expect(findRussianPlace('17–18 ноября 2025 года в Москве состоялось заседание')).toMatchObject({
      place: 'Москва',
      countryCode: 'RU',
      index: 23,
      length: 'в Москве'.length,
    });
    expect(readRussianPlaceAt(' в Казахстане Регионального климатического саммита')).toEqual({
      place: 'Казахстан',
      countryCode: 'KZ',
      length: ' в Казахстане'.length,
    });
    expect(readRussianPlaceAt('В Исламской Республике Пакистан прошел форум')).toMatchObject({
      place: 'Исламская Республика Пакистан',
      countryCode: 'PK',
    });
  });

  it('find nothing where no capitalised word follows "в"', () => {
    expect(findRussianPlace('в формате видеоконференции')).toBeNull();
    expect(readRussianPlaceAt('состоялось заседание')).toBeNull();
  });
});
