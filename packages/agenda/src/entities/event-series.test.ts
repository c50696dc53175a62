import { describe, expect, it } from 'vitest';
import { eventSeriesId } from './event-series.ts';

describe('eventSeriesId', () => {
  it('puts numbered and yearly editions of one event in one series', () => {
    const zh = (name: string) => eventSeriesId({ name, language: 'zh' });
    expect(zh('上合组织成员国第二十二次能源部长会议')).toBe(zh('上合组织成员国第二十三次能源部长会议'));
    expect(zh('2026年上合组织论坛')).toBe(zh('上合组织论坛'));
    const en = (name: string) => eventSeriesId({ name, language: 'en' });
    expect(en('the 19th Meeting of SCO Ministers of Transport')).toBe(
      en('twentieth meeting of SCO Ministers of Transport'),
    );
    const ru = (name: string) => eventSeriesId({ name, language: 'ru' });
    expect(ru('Пятое заседание Форума глав регионов ШОС')).toBe(ru('шестое заседание Форума глав регионов ШОС'));
  });

  it('keeps different events apart', () => {
    expect(eventSeriesId({ name: 'SCO Energy Forum', language: 'en' })).not.toBe(
      eventSeriesId({ name: 'SCO Youth Forum', language: 'en' }),
    );
  });

  it('gives no series when only an ordinal or a year is left', () => {
    expect(eventSeriesId({ name: '2026年', language: 'zh' })).toBeNull();
  });
});
