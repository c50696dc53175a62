import { describe, expect, it } from 'vitest';
import { extractRussianDocuments } from './extract-documents.ts';

const documents = (text: string) =>
  extractRussianDocuments({ text, offset: 0 }).map((document) => ({
    title: document.title,
    adopted: document.adopted,
    place: document.place,
    cited: text.slice(document.span.start, document.span.end),
  }));

describe('extractRussianDocuments', () => {
  it('reads a quoted title whose first word names a kind of document, nested quotation marks kept', () => {
    const text =
      'Государства-члены будут реализовывать «Программу сотрудничества „ШОС – 2030“» и «Стратегию развития ШОС до 2035 года».';
    expect(documents(text).map((document) => document.title)).toEqual([
      'Программу сотрудничества „ШОС – 2030“',
      'Стратегию развития ШОС до 2035 года',
    ]);
  });

  it('reads a quoted title after a kind of document with that word, and skips quoted names that are no document', () => {
    expect(
      documents('Главы делегаций поддержали инициативу «Один пояс, один путь» и Декларацию «О создании ШОС».'),
    ).toEqual([
      { title: 'Декларация «О создании ШОС»', adopted: null, place: null, cited: 'Декларацию «О создании ШОС»' },
    ]);
  });

  it('reads a capitalised title without quotation marks, with its head in the nominative, up to a clause break', () => {
    expect(
      documents(
        'Государства-члены будут реализовывать Стратегию развития ШОС до 2035 года в целях укрепления сотрудничества.',
      ),
    ).toEqual([
      {
        title: 'Стратегия развития ШОС до 2035 года',
        adopted: null,
        place: null,
        cited: 'Стратегию развития ШОС до 2035 года',
      },
    ]);
    expect(
      documents(
        'Главы делегаций высоко оценили роль Программы многостороннего торгово-экономического сотрудничества, принятой ранее.',
      ),
    ).toEqual([
      {
        title: 'Программа многостороннего торгово-экономического сотрудничества',
        adopted: null,
        place: null,
        cited: 'Программы многостороннего торгово-экономического сотрудничества',
      },
    ]);
  });

  it('reads an adjective before the kind of document, and adoption place and date in parentheses', () => {
    expect(
      documents(
        'Главы делегаций подчеркнули важность Тяньцзиньской декларации Совета глав государств-членов ШОС (Тяньцзинь, 1 сентября 2025 года).',
      ),
    ).toEqual([
      {
        title: 'Тяньцзиньская декларация Совета глав государств-членов ШОС',
        adopted: { date: '2025-09-01', precision: 'day' },
        place: 'Тяньцзинь',
        cited: 'Тяньцзиньской декларации Совета глав государств-членов ШОС (Тяньцзинь, 1 сентября 2025 года)',
      },
    ]);
  });

  it('reads adoption written with "от" and a title with an enumeration inside', () => {
    expect(
      documents(
        'Государства-члены подтверждают приверженность Договору о долгосрочном добрососедстве, дружбе и сотрудничестве государств-членов ШОС от 16 августа 2007 года.',
      ),
    ).toEqual([
      {
        title: 'Договор о долгосрочном добрососедстве, дружбе и сотрудничестве государств-членов ШОС',
        adopted: { date: '2007-08-16', precision: 'day' },
        place: null,
        cited:
          'Договору о долгосрочном добрососедстве, дружбе и сотрудничестве государств-членов ШОС от 16 августа 2007 года',
      },
    ]);
  });

  it('ends a title at a verb and before another document joined by "и"', () => {
    expect(documents('Обновленная Программа определяет задачи.').map((document) => document.title)).toEqual([]);
    expect(
      documents(
        'Главы делегаций приняли решение о разработке Концепции сотрудничества в цифровую эпоху и плана мероприятий по ее реализации.',
      ).map((document) => document.title),
    ).toEqual(['Концепция сотрудничества в цифровую эпоху']);
    expect(
      documents('Государства-члены привержены целям Устава ШОС и Договора о долгосрочном добрососедстве.').map(
        (d) => d.title,
      ),
    ).toEqual(['Устав ШОС', 'Договор о долгосрочном добрососедстве']);
  });

  it('cites each title once and gives spans as offsets into the text', () => {
    const text = 'Главы делегаций отметили Устав ШОС. Они еще раз сослались на Устав ШОС.';
    const [only, ...rest] = extractRussianDocuments({ text, offset: 7 });
    expect(rest).toEqual([]);
    expect(only!.span).toEqual({ start: 7 + 25, end: 7 + 34 });
  });

  it('does not read a common word at the start of a sentence as a title', () => {
    expect(documents('Решение вопросов торговли остается приоритетом.')).toEqual([]);
  });

  it('reads a lower-case title when a title’s complement follows and it names someone or something', () => {
    expect(
      documents(
        'Государства-члены приветствовали подписание меморандума о взаимопонимании между Секретариатом ШОС и Центром по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров.',
      ),
    ).toEqual([
      {
        title:
          'меморандум о взаимопонимании между Секретариатом ШОС и Центром по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
        adopted: null,
        place: null,
        cited:
          'меморандума о взаимопонимании между Секретариатом ШОС и Центром по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
      },
    ]);
    expect(
      documents(
        'Главы делегаций отметили ход выполнения плана мероприятий по реализации Программы многостороннего торгово-экономического сотрудничества.',
      ).map((document) => document.title),
    ).toEqual([
      'план мероприятий по реализации Программы многостороннего торгово-экономического сотрудничества',
      'Программа многостороннего торгово-экономического сотрудничества',
    ]);
  });

  it('does not read a lower-case kind of document as a title when nothing marks it as one', () => {
    expect(documents('Главы делегаций утвердили программу действий по ее реализации.')).toEqual([]);
    expect(
      documents('Главы делегаций приветствовали подписание меморандума о взаимной интеграции транзитных систем.'),
    ).toEqual([]);
    expect(documents('Главы делегаций высоко оценили содержательную программу Года экологии ШОС.')).toEqual([]);
    expect(documents('Главы делегаций приветствовали подписание меморандума.')).toEqual([]);
  });
});
