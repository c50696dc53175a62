import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/src/errors.ts';
import { parseText } from '../parse-text.ts';
import type { PartialDate, Span } from '../types.ts';
import { parseRussianText } from './parse-russian-text.ts';

// Expected facts below were read by hand from the Russian dev text: our restatement of the joint communiqué of the
// 18th meeting of the SCO Council of Heads of Government, Tashkent, 1–2 November 2019 (seed/SOURCES.md).
const seed = readFileSync(new URL('../../../seed/communique-18-ru.txt', import.meta.url), 'utf8');
const parallel = readFileSync(new URL('../../../seed/communique-18-en.txt', import.meta.url), 'utf8');
const parsed = parseRussianText({ text: seed });
const slice = (span: Span) => parsed.text.slice(span.start, span.end);
const statement = (ordinal: number) => parsed.statements[ordinal - 1]!;
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });
const heads = ['IN', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseRussianText on the dev text: meeting header', () => {
  it('is what the language dispatcher returns for the text', () => {
    expect(parseText({ text: seed })).toEqual(parsed);
    expect(parsed.language).toBe('ru');
    expect(parsed.kind).toBe('communique');
    expect(parsed.contentHash).toBe(createHash('sha256').update(parsed.text, 'utf8').digest('hex'));
  });

  it('reads body, number, dates, place, format and title', () => {
    const { participants: _participants, chair: _chair, nextMeeting: _nextMeeting, span, ...meeting } = parsed.meeting;
    expect(meeting).toEqual({
      bodyName: 'Совет глав правительств (премьер-министров) государств-членов Шанхайской организации сотрудничества',
      body: 'heads_of_government',
      number: 18,
      title:
        'СОВМЕСТНОЕ КОММЮНИКЕ по итогам восемнадцатого заседания Совета глав правительств (премьер-министров) государств-членов Шанхайской организации сотрудничества',
      start: day('2019-11-01'),
      end: day('2019-11-02'),
      place: 'Ташкент',
      format: 'in_person',
    });
    expect(slice(span).startsWith('СОВМЕСТНОЕ КОММЮНИКЕ')).toBe(true);
    expect(slice(span).endsWith('и Секретариата Ассоциации государств Юго-Восточной Азии.')).toBe(true);
  });

  it('reads the chair', () => {
    const { span, ...chair } = parsed.meeting.chair!;
    expect(chair).toEqual({ countryCode: 'UZ', title: 'Премьер-министр', personName: 'А.Н.Арипов' });
    expect(slice(span)).toBe('Премьер-министр Республики Узбекистан А.Н.Арипов');
  });

  it('reads the eight heads of delegation with their titles', () => {
    const delegations = parsed.meeting.participants
      .filter((participant) => participant.role === 'head_of_delegation')
      .map(({ countryCode, title, personName, organization }) => [countryCode, title, personName, organization]);
    expect(delegations).toEqual([
      ['IN', 'Министр обороны', 'Р.Сингх', null],
      ['KZ', 'Премьер-министр', 'А.У.Мамин', null],
      ['CN', 'Премьер Государственного совета', 'Ли Кэцян', null],
      ['KG', 'Премьер-министр', 'М.Д.Абылгазиев', null],
      ['PK', 'заместитель Министра иностранных дел', 'З.Ахмед', null],
      ['RU', 'Председатель Правительства', 'Д.А.Медведев', null],
      ['TJ', 'Премьер-министр', 'К.Расулзода', null],
      ['UZ', 'Премьер-министр', 'А.Н.Арипов', null],
    ]);
  });

  it('reads the observers, the chair’s guest and the other guests', () => {
    const others = parsed.meeting.participants
      .filter((participant) => participant.role !== 'head_of_delegation')
      .map(({ role, countryCode, organization, title, personName }) => [
        role,
        countryCode,
        organization,
        title,
        personName,
      ]);
    expect(others).toEqual([
      ['guest', null, 'ШОС', 'Генеральный секретарь', 'В.И.Норов'],
      [
        'guest',
        null,
        'Исполнительного комитета Региональной антитеррористической структуры ШОС',
        'Директор',
        'Д.Ф.Гиёсов',
      ],
      ['guest', null, 'Делового совета ШОС', 'Председатель Правления', 'М.Д.Шаршекеев'],
      ['guest', null, 'Межбанковского объединения ШОС', 'Председатель Совета', 'А.П.Оморкулов'],
      ['guest', null, 'Межбанковского объединения ШОС', 'Председатель Совета', 'И.И.Шувалов'],
      ['observer', 'AF', null, 'Глава исполнительной власти', 'А.Абдулла'],
      ['observer', 'BY', null, 'Премьер-министр', 'С.Н.Румас'],
      ['observer', 'IR', null, 'Первый вице-президент', 'Э.Джахангири'],
      ['observer', 'MN', null, 'заместитель Премьер-министра', 'У.Энхтувшин'],
      ['guest', 'TM', null, 'заместитель Председателя Кабинета Министров, Министр иностранных дел', 'Р.О.Мередов'],
      ['guest', null, 'Евразийской экономической комиссии', 'Председатель Коллегии', 'Т.С.Саркисян'],
      ['guest', null, 'Исполнительного комитета Содружества Независимых Государств', 'представитель', null],
      ['guest', null, 'Секретариата Совещания по взаимодействию и мерам доверия в Азии', 'представитель', null],
      ['guest', null, 'Экономической и социальной комиссии ООН для Азии и Тихого океана', 'представитель', null],
      ['guest', null, 'Секретариата Ассоциации государств Юго-Восточной Азии', 'представитель', null],
    ]);
    const turkmenistan = parsed.meeting.participants.find((participant) => participant.countryCode === 'TM')!;
    expect(slice(turkmenistan.span)).toBe(
      'заместитель Председателя Кабинета Министров, Министр иностранных дел Туркменистана Р.О.Мередов',
    );
  });

  it('reads the next meeting from the last paragraph, the state in the nominative', () => {
    const { span, ...nextMeeting } = parsed.meeting.nextMeeting!;
    expect(nextMeeting).toEqual({ date: year(2020), place: 'Республика Индия', countryCode: 'IN' });
    expect(slice(span)).toBe(
      '22. Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС состоится в 2020 году в Республике Индия.',
    );
  });
});

describe('parseRussianText on the dev text: statements', () => {
  it('numbers the 22 paragraphs after the header from 1, as many as the English parallel text has', () => {
    expect(parsed.statements).toHaveLength(22);
    expect(parsed.statements.map((s) => s.ordinal)).toEqual(parsed.statements.map((_s, index) => index + 1));
    const englishParagraphs = parallel.split('\n').filter((line) => /^\d+\. /u.test(line));
    expect(englishParagraphs).toHaveLength(22);
    for (const s of parsed.statements) expect(slice(s.span)).toBe(s.text);
    expect(statement(1).text.startsWith('1. Главы делегаций в атмосфере дружбы')).toBe(true);
  });

  it.each([
    [1, 'expressed', [], 'heads_of_delegation', heads],
    [2, 'appreciated', ['advocated'], 'heads_of_delegation', heads],
    [3, 'supported', [], 'heads_of_delegation', heads],
    [4, 'pointed_out', [], 'heads_of_delegation', heads],
    [5, 'advocated', [], 'heads_of_delegation', heads],
    [6, 'approved', [], 'heads_of_delegation', heads],
    [7, 'noted', [], 'heads_of_delegation', heads],
    [8, 'noted', [], 'heads_of_delegation', heads],
    [9, 'approved', [], 'heads_of_delegation', heads],
    [10, 'approved', [], 'heads_of_delegation', heads],
    [11, 'emphasized', [], 'heads_of_delegation', heads],
    [12, 'welcomed', [], 'heads_of_delegation', heads],
    [13, 'decided', [], 'heads_of_delegation', heads],
    [14, 'noted', [], 'heads_of_delegation', heads],
    [15, 'appreciated', ['supported'], 'heads_of_delegation', heads],
    [16, 'approved', [], 'heads_of_delegation', heads],
    [17, 'welcomed', [], 'heads_of_delegation', heads],
    [18, 'advocated', [], 'heads_of_delegation', heads],
    [19, 'emphasized', [], 'heads_of_delegation', heads],
    [20, 'decided', [], 'meeting', []],
    [21, 'expressed', [], 'heads_of_delegation', heads],
    [22, 'committed', [], 'meeting', []],
  ] as const)('statement %i: %s %j by %s', (ordinal, stance, otherStances, actorKind, codes) => {
    expect(statement(ordinal)).toMatchObject({ stance, otherStances, actorKind, actorCountryCodes: codes });
  });

  it('gives every statement at least one topic, and the expected topics to a sample', () => {
    for (const s of parsed.statements) expect(s.topics.length).toBeGreaterThan(0);
    expect(statement(4).topics).toEqual(['trade']);
    expect(statement(10).topics).toEqual(['transport']);
    expect(statement(12).topics).toEqual(['customs']);
    expect(statement(14).topics).toEqual(['finance']);
    expect(statement(19).topics).toEqual(['culture', 'tourism', 'people_to_people']);
    expect(statement(22).topics).toEqual(['institutional']);
  });
});

describe('parseRussianText on the dev text: documents, events and initiatives', () => {
  it('finds the documents cited, heads in the nominative, with the adoption data the text gives', () => {
    const cited = parsed.statements.flatMap((s) =>
      s.documents.map((document) => [s.ordinal, document.title, document.adopted, document.place]),
    );
    expect(cited).toEqual([
      [2, 'Бишкекская декларация Совета глав государств-членов ШОС', null, null],
      [5, 'Устав ШОС', null, null],
      [6, 'Программа многостороннего торгово-экономического сотрудничества государств-членов ШОС', null, null],
      [8, 'Программа многостороннего торгово-экономического сотрудничества государств-членов ШОС', null, null],
      [
        9,
        'План мероприятий по реализации Программы сотрудничества государств-членов ШОС в области продовольственной безопасности',
        null,
        null,
      ],
      [
        10,
        'Концепция взаимодействия железнодорожных администраций государств-членов ШОС в области железнодорожного транспорта',
        null,
        null,
      ],
      [
        11,
        'Соглашение между правительствами государств-членов ШОС о создании благоприятных условий для международных автомобильных перевозок',
        day('2014-09-12'),
        'Душанбе',
      ],
      [
        13,
        'Концепция сотрудничества государств-членов ШОС по развитию удаленных и сельских территорий в цифровую эпоху',
        null,
        null,
      ],
      [
        17,
        'Меморандум о взаимопонимании между Шанхайской организацией сотрудничества и Продовольственной и сельскохозяйственной организацией Объединенных Наций',
        null,
        null,
      ],
      [
        17,
        'Меморандум о взаимопонимании между Секретариатом ШОС и Европейской экономической комиссией Организации Объединенных Наций',
        null,
        null,
      ],
    ]);
    const agreement = statement(11).documents[0]!;
    expect(slice(agreement.span).endsWith('автомобильных перевозок (Душанбе, 12 сентября 2014 года)')).toBe(true);
  });

  it('finds the held summit and the two planned meetings, places in the nominative', () => {
    const found = parsed.statements.flatMap((s) =>
      s.events.map((event) => [s.ordinal, event.name, event.start, event.place, event.format, event.status]),
    );
    expect(found).toEqual([
      [2, 'заседание Совета глав государств-членов ШОС', day('2019-06-14'), 'Бишкек', 'in_person', 'held'],
      [3, 'заседание Совета глав государств-членов ШОС', year(2020), 'Санкт-Петербург', 'in_person', 'planned'],
      [
        22,
        'Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС',
        year(2020),
        'Республика Индия',
        'in_person',
        'planned',
      ],
    ]);
    expect(slice(statement(2).events[0]!.span)).toBe(
      'заседания Совета глав государств-членов ШОС (Бишкек, 14 июня 2019 года)',
    );
  });

  it('finds the initiatives with the stage each paragraph gives them', () => {
    const found = parsed.statements.flatMap((s) =>
      s.initiatives.map((initiative) => [s.ordinal, initiative.title, initiative.stage]),
    );
    expect(found).toEqual([
      [
        6,
        'новая редакция Программы многостороннего торгово-экономического сотрудничества государств-членов ШОС',
        'approved',
      ],
      [
        9,
        'План мероприятий по реализации Программы сотрудничества государств-членов ШОС в области продовольственной безопасности',
        'approved',
      ],
      [
        10,
        'Концепция взаимодействия железнодорожных администраций государств-членов ШОС в области железнодорожного транспорта',
        'approved',
      ],
      [
        13,
        'разработка Концепции сотрудничества государств-членов ШОС по развитию удаленных и сельских территорий в цифровую эпоху и плана мероприятий по ее реализации',
        'approved',
      ],
      [14, 'создание Банка развития ШОС', 'noted'],
      [14, 'создание Фонда развития (Специального счета) ШОС', 'noted'],
      [16, 'правила работы Консорциума экономических аналитических центров ШОС', 'approved'],
    ]);
    const fund = statement(14).initiatives[1]!;
    expect(slice(fund.span)).toBe('Фонда развития (Специального счета) ШОС');
  });
});

describe('parseRussianText: texts it rejects', () => {
  it.each([
    ['an empty text', '  \n ', 'The text is empty.'],
    [
      'Russian prose that never names the SCO',
      'Вчера в Москве прошло заседание клуба любителей книг. 17 ноября 2025 года все обсуждали новые романы.',
      'never names the Shanghai Cooperation Organisation',
    ],
    [
      'Russian prose about the SCO without a dated meeting',
      'Шанхайская организация сотрудничества была создана в 2001 году.\nЕе штаб-квартира находится в Пекине, а РАТС ШОС — в Ташкенте.',
      'no opening line names a meeting with its date',
    ],
    [
      'a title and opening line with nothing after them',
      'Совместное коммюнике по итогам заседания Совета глав правительств государств-членов ШОС\n1–2 ноября 2019 года в городе Ташкенте прошло заседание Совета глав правительств государств-членов ШОС.',
      'no statements',
    ],
  ])('rejects %s', (_label, text, message) => {
    const error = captureError(() => parseRussianText({ text }));
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('ingest_rejected');
    expect((error as DomainError).message).toContain(message);
  });

  it('gives the same result for the same text, with or without a byte-order mark and CRLF line ends', () => {
    const again = parseRussianText({ text: `\uFEFF${seed.replaceAll('\n', '\r\n')}` });
    expect(again).toEqual(parsed);
  });
});
