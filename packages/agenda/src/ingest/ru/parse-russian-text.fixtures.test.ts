import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PartialDate, Span } from '../types.ts';
import { parseRussianText } from './parse-russian-text.ts';

// Expected facts below were read by hand from two restated texts (fixtures/SOURCES.md): the joint communiqué of the
// 20th meeting of the Council of Heads of Government (25 November 2021, video conference) and the Astana Declaration
// of the Council of Heads of State (4 July 2024). Neither text was written alongside the rules they exercise.
const read = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
const communique = parseRussianText({ text: read('communique-20-ru.txt') });
const declaration = parseRussianText({ text: read('declaration-24-astana-ru.txt') });
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const month = (date: string): PartialDate => ({ date, precision: 'month' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });

type Parsed = typeof communique;
const cite = (parsed: Parsed, span: Span) => parsed.text.slice(span.start, span.end);
const eventsOf = (parsed: Parsed) =>
  parsed.statements.flatMap((s) =>
    s.events.map((event) => [s.ordinal, event.name, event.start, event.end, event.place, event.format, event.status]),
  );
const initiativesOf = (parsed: Parsed) =>
  parsed.statements.flatMap((s) => s.initiatives.map((initiative) => [s.ordinal, initiative.title, initiative.stage]));
const documentsOf = (parsed: Parsed) =>
  parsed.statements.flatMap((s) => s.documents.map((document) => [s.ordinal, document.title, document.adopted]));

describe('parseRussianText on the communiqué of the 20th Council of Heads of Government (video conference)', () => {
  it('reads the header: a video meeting without a host city, chaired by Kazakhstan', () => {
    const { meeting } = communique;
    expect(communique.kind).toBe('communique');
    expect([meeting.body, meeting.number, meeting.start, meeting.place, meeting.format]).toEqual([
      'heads_of_government',
      20,
      day('2021-11-25'),
      '',
      'video',
    ]);
    expect([meeting.chair?.countryCode, meeting.chair?.personName]).toEqual(['KZ', 'А.У.Мамин']);
    const heads = meeting.participants.filter((participant) => participant.role === 'head_of_delegation');
    expect(heads.map((participant) => participant.countryCode)).toEqual([
      'IN',
      'KZ',
      'CN',
      'KG',
      'PK',
      'RU',
      'TJ',
      'UZ',
    ]);
    expect(meeting.nextMeeting).toMatchObject({ date: year(2022), place: 'Китайская Народная Республика' });
    expect(communique.statements).toHaveLength(17);
  });

  it('finds every event, dated or not, with its dates, place, format and status', () => {
    expect(eventsOf(communique)).toEqual([
      [
        2,
        'юбилейное заседание Совета глав государств-членов ШОС',
        day('2021-09-17'),
        day('2021-09-17'),
        'Душанбе',
        'in_person',
        'held',
      ],
      [3, 'заседание Совета министров иностранных дел государств-членов ШОС', null, null, null, 'in_person', 'planned'],
      [
        3,
        'заседание Совета глав государств-членов ШОС',
        year(2022),
        year(2022),
        'Республика Узбекистан',
        'in_person',
        'planned',
      ],
      [
        4,
        'совместная встреча руководителей государств-членов ШОС и ОДКБ по афганской проблематике',
        month('2021-09-01'),
        month('2021-09-01'),
        'Душанбе',
        'in_person',
        'held',
      ],
      [
        7,
        'двадцатое Совещание министров государств-членов ШОС, отвечающих за внешнеэкономическую и внешнеторговую деятельность',
        day('2021-10-14'),
        day('2021-10-14'),
        null,
        'video',
        'held',
      ],
      [
        11,
        'первый Форум глав регионов государств-членов ШОС',
        day('2020-10-29'),
        day('2020-10-29'),
        null,
        'video',
        'held',
      ],
      [
        17,
        'Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС',
        year(2022),
        year(2022),
        'Китайская Народная Республика',
        'in_person',
        'planned',
      ],
    ]);
  });

  it('cites each event with the words that date and place it', () => {
    const statement = (ordinal: number) => communique.statements[ordinal - 1]!;
    expect(statement(3).events.map((event) => cite(communique, event.span))).toEqual([
      'подготовку к заседанию Совета министров иностранных дел государств-членов ШОС',
      'заседанию Совета глав государств-членов ШОС, которое планируется провести в 2022 году в Республике Узбекистан',
    ]);
    expect(cite(communique, statement(4).events[0]!.span)).toBe(
      'совместной встречи руководителей государств-членов ШОС и ОДКБ по афганской проблематике, прошедшей в Душанбе в сентябре 2021 года',
    );
    expect(cite(communique, statement(7).events[0]!.span)).toBe(
      'состоявшегося 14 октября 2021 года в формате видеоконференции двадцатого Совещания министров государств-членов ШОС, отвечающих за внешнеэкономическую и внешнеторговую деятельность',
    );
  });

  it('reports no event for the meeting in Dushanbe named without a name, nor for the organisation of this meeting', () => {
    expect(communique.statements[4]!.events).toEqual([]);
    expect(communique.statements[15]!.events).toEqual([]);
  });

  it('finds the two bodies under consultation as noted, and nothing in a paragraph that only discusses', () => {
    expect(initiativesOf(communique)).toEqual([
      [9, 'создание Банка развития ШОС', 'noted'],
      [9, 'создание Фонда развития ШОС (Специального счета)', 'noted'],
    ]);
    expect(communique.statements[7]!.initiatives).toEqual([]);
  });

  it('finds the documents cited', () => {
    expect(documentsOf(communique)).toEqual([
      [2, 'Душанбинская декларация двадцатилетия ШОС', null],
      [7, 'Заявление министров о восстановлении и обеспечении сбалансированного экономического роста', null],
    ]);
  });
});

describe('parseRussianText on the Astana Declaration of the Council of Heads of State', () => {
  it('reads the header from the declaration’s opening formula', () => {
    const { meeting } = declaration;
    expect(declaration.kind).toBe('declaration');
    expect([meeting.body, meeting.start, meeting.place, meeting.format, meeting.participants]).toEqual([
      'heads_of_state',
      day('2024-07-04'),
      'Астана',
      'in_person',
      [],
    ]);
    expect(meeting.nextMeeting).toMatchObject({ date: year(2025), place: 'Китайская Народная Республика' });
    expect(declaration.statements).toHaveLength(21);
  });

  it('finds every event, dated or not, with its dates, place, format and status', () => {
    expect(eventsOf(declaration)).toEqual([
      [
        4,
        'заседание Совета министров иностранных дел государств-членов ШОС',
        month('2024-05-01'),
        month('2024-05-01'),
        'Астана',
        'in_person',
        'held',
      ],
      [
        9,
        'девятнадцатая встреча секретарей советов безопасности государств-членов ШОС',
        null,
        null,
        'Астана',
        'in_person',
        'held',
      ],
      [14, 'Год устойчивого развития ШОС', year(2025), year(2025), null, 'in_person', 'planned'],
      [16, 'Форум политических партий ШОС', null, null, null, 'in_person', 'planned'],
      [
        21,
        'Очередное заседание Совета глав государств-членов ШОС',
        year(2025),
        year(2025),
        'Китайская Народная Республика',
        'in_person',
        'planned',
      ],
    ]);
    const statement = (ordinal: number) => declaration.statements[ordinal - 1]!;
    expect(cite(declaration, statement(9).events[0]!.span)).toBe(
      'итоги девятнадцатой встречи секретарей советов безопасности государств-членов ШОС в Астане',
    );
    expect(cite(declaration, statement(14).events[0]!.span)).toBe('объявить 2025 год Годом устойчивого развития ШОС');
  });

  it('reports no event for this meeting itself, nor for a forum named only for its contribution', () => {
    expect(declaration.statements[2]!.events).toEqual([]);
    expect(declaration.statements[16]!.events).toEqual([]);
    expect(declaration.statements[13]!.events.map((event) => event.name)).toEqual(['Год устойчивого развития ШОС']);
  });

  it('finds the initiatives with the stage each paragraph gives them', () => {
    expect(initiativesOf(declaration)).toEqual([
      [2, 'О мировом единстве за справедливый мир, согласие и развитие', 'approved'],
      [
        5,
        'Программа сотрудничества государств-членов ШОС в противодействии терроризму, сепаратизму и экстремизму на 2025–2027 годы',
        'approved',
      ],
      [6, 'Антинаркотическая стратегия ШОС на 2024–2029 годы', 'approved'],
      [6, 'программа действий по ее реализации', 'approved'],
      [
        6,
        'План взаимодействия государств-членов ШОС по вопросам обеспечения международной информационной безопасности',
        'approved',
      ],
      [7, 'создание Международного агентства по биологической безопасности', 'noted'],
      [10, 'Стратегия развития энергетического сотрудничества государств-членов ШОС до 2030 года', 'approved'],
      [10, 'План действий по реализации Стратегии экономического развития ШОС до 2030 года', 'approved'],
      [
        10,
        'программа развития сотрудничества государств-членов ШОС в области особо охраняемых природных территорий и экологического туризма',
        'approved',
      ],
      [
        12,
        'создание в г. Алматы Регионального центра ООН по целям устойчивого развития для Центральной Азии и Афганистана',
        'supported',
      ],
      [13, 'создание Специальной рабочей группы государств-членов ШОС по вопросам изменения климата', 'approved'],
      [16, 'проведение Форума политических партий ШОС', 'noted'],
    ]);
    expect(cite(declaration, declaration.statements[1]!.initiatives[0]!.span)).toBe(
      '«О мировом единстве за справедливый мир, согласие и развитие»',
    );
  });

  it('finds no initiative in a signing welcomed, a year declared or a decision to name a capital', () => {
    for (const ordinal of [8, 14, 15]) expect(declaration.statements[ordinal - 1]!.initiatives).toEqual([]);
  });

  it('finds the documents cited, lower-case titles included, but not one pointing back to another', () => {
    expect(documentsOf(declaration)).toEqual([
      [
        5,
        'Программа сотрудничества государств-членов ШОС в противодействии терроризму, сепаратизму и экстремизму на 2025–2027 годы',
        null,
      ],
      [6, 'Антинаркотическая стратегия ШОС на 2024–2029 годы', null],
      [
        6,
        'План взаимодействия государств-членов ШОС по вопросам обеспечения международной информационной безопасности',
        null,
      ],
      [
        8,
        'меморандум о взаимопонимании между Секретариатом ШОС и Центральноазиатским региональным информационным координационным центром по борьбе с незаконным оборотом наркотических средств, психотропных веществ и их прекурсоров',
        null,
      ],
      [10, 'Стратегия развития энергетического сотрудничества государств-членов ШОС до 2030 года', null],
      [10, 'План действий по реализации Стратегии экономического развития ШОС до 2030 года', null],
      [
        10,
        'программа развития сотрудничества государств-членов ШОС в области особо охраняемых природных территорий и экологического туризма',
        null,
      ],
      [11, 'Стратегия развития ШОС до 2035 года', null],
      [
        14,
        'Соглашение между правительствами государств-членов ШОС о сотрудничестве в области охраны окружающей среды',
        null,
      ],
    ]);
  });
});
