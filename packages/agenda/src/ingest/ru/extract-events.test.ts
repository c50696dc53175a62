import { describe, expect, it } from 'vitest';
import { extractRussianEvents } from './extract-events.ts';

const events = (text: string, referenceDate = '2025-11-17') =>
  extractRussianEvents({ text, offset: 0, referenceDate }).map((event) => ({
    name: event.name,
    start: event.start?.date ?? null,
    end: event.end?.date ?? null,
    place: event.place,
    format: event.format,
    status: event.status,
    cited: text.slice(event.span.start, event.span.end),
  }));

describe('extractRussianEvents', () => {
  it('reads a name followed by place and date in parentheses, head in the nominative', () => {
    expect(
      events(
        'Главы делегаций высоко оценили итоги заседания Совета глав государств-членов ШОС (Бишкек, 14 июня 2019 года).',
        '2019-11-01',
      ),
    ).toEqual([
      {
        name: 'заседание Совета глав государств-членов ШОС',
        start: '2019-06-14',
        end: '2019-06-14',
        place: 'Бишкек',
        format: 'in_person',
        status: 'held',
        cited: 'заседания Совета глав государств-членов ШОС (Бишкек, 14 июня 2019 года)',
      },
    ]);
  });

  it('reads several sessions in one parenthesis, a video session included', () => {
    const found = events(
      'Главы делегаций отметили итоги Форума молодежи ШОС (Чолпон-Ата, 12 сентября 2025 года; видеоконференция, 3 октября 2025 года).',
    );
    expect(found.map(({ name, start, place, format }) => [name, start, place, format])).toEqual([
      ['Форум молодежи ШОС', '2025-09-12', 'Чолпон-Ата', 'in_person'],
      ['Форум молодежи ШОС', '2025-10-03', null, 'video'],
    ]);
  });

  it('reads "состоявшееся <date> в <place> <name>" as held', () => {
    expect(
      events(
        'Главы делегаций приветствовали состоявшееся 5 июня 2025 года в Астане совещание министров энергетики государств-членов ШОС.',
      ),
    ).toEqual([
      {
        name: 'совещание министров энергетики государств-членов ШОС',
        start: '2025-06-05',
        end: '2025-06-05',
        place: 'Астана',
        format: 'in_person',
        status: 'held',
        cited: 'состоявшееся 5 июня 2025 года в Астане совещание министров энергетики государств-членов ШОС',
      },
    ]);
  });

  it('reads "проведение в <year> году в <place> <name>" as planned', () => {
    expect(
      events('Государства-члены поддержали проведение в 2026 году в Казахстане Регионального климатического саммита.'),
    ).toEqual([
      {
        name: 'Региональный климатический саммит',
        start: '2026-01-01',
        end: '2026-01-01',
        place: 'Казахстан',
        format: 'in_person',
        status: 'planned',
        cited: 'проведение в 2026 году в Казахстане Регионального климатического саммита',
      },
    ]);
  });

  it('reads a name before its date, through a verb of holding or a relative clause', () => {
    expect(
      events(
        'Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС состоится в 2020 году в Республике Индия.',
        '2019-11-01',
      ),
    ).toMatchObject([
      {
        name: 'Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС',
        start: '2020-01-01',
        place: 'Республика Индия',
        status: 'planned',
      },
    ]);
    expect(
      events(
        'Главы делегаций поддержали подготовку к заседанию Совета глав государств-членов ШОС, которое планируется провести в 2020 году в Санкт-Петербурге.',
        '2019-11-01',
      ),
    ).toMatchObject([
      { name: 'заседание Совета глав государств-членов ШОС', place: 'Санкт-Петербург', status: 'planned' },
    ]);
    expect(
      events('Главы делегаций поддержали проведение Международной выставки «ЭКСПО-ШОС» в Бишкеке в 2026 году.'),
    ).toMatchObject([
      { name: 'Международная выставка «ЭКСПО-ШОС»', place: 'Бишкек', start: '2026-01-01', status: 'planned' },
    ]);
  });

  it('reads a date and place followed by the verb and the name', () => {
    expect(
      events(
        'Главы делегаций отметили, что 31 августа – 1 сентября 2025 года в Тяньцзине состоялось заседание Совета глав государств-членов ШОС.',
      ),
    ).toMatchObject([
      {
        name: 'заседание Совета глав государств-членов ШОС',
        start: '2025-08-31',
        end: '2025-09-01',
        place: 'Тяньцзинь',
        status: 'held',
      },
    ]);
  });

  it('lets the wording decide for an event in the meeting’s own year', () => {
    expect(events('Главы делегаций поддержали проведение Форума ШОС по цифровой экономике в 2025 году.')).toMatchObject(
      [{ status: 'planned' }],
    );
    expect(
      events('Главы делегаций отметили, что в 2025 году в Тяньцзине прошел Форум ШОС по цифровой экономике.'),
    ).toMatchObject([{ name: 'Форум ШОС по цифровой экономике', place: 'Тяньцзинь', status: 'held' }]);
  });

  it('reports no event for adoption data, periods or undated events', () => {
    const adoption = 'Соглашения о перевозках (Душанбе, 12 сентября 2014 года)';
    expect(
      extractRussianEvents({
        text: `Главы делегаций подчеркнули значение ${adoption}.`,
        offset: 0,
        referenceDate: '2019-11-01',
        documentSpans: [{ start: 37, end: 37 + adoption.length }],
      }),
    ).toEqual([]);
    expect(events('Главы делегаций поддержали председательство Российской Федерации в 2019–2020 годах.')).toEqual([]);
    expect(events('Главы делегаций выразили признательность за организацию заседания в Ташкенте.')).toEqual([]);
    expect(events('Совет принял решения по бюджету ШОС на 2020 год.')).toEqual([]);
  });
});
