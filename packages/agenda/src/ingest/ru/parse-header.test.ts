import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/src/errors.ts';
import { splitParagraphs } from '../split-paragraphs.ts';
import { parseRussianHeader } from './parse-header.ts';

const header = (text: string) => parseRussianHeader({ paragraphs: splitParagraphs(text) });

function rejection(text: string): DomainError {
  try {
    header(text);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

const meetingOf24 = `Совместное коммюнике по итогам 24-го заседания Совета глав правительств (премьер-министров) государств – членов Шанхайской организации сотрудничества
17–18 ноября 2025 года в Москве состоялось 24-е заседание Совета глав правительств (премьер-министров) государств – членов Шанхайской организации сотрудничества (далее – ШОС или Организация).
В заседании приняли участие Премьер-министр Республики Беларусь А.Г.Турчин, Министр иностранных дел Республики Индия С.Джайшанкар, Председатель Правительства Российской Федерации М.В.Мишустин.
Заседание прошло под председательством Председателя Правительства Российской Федерации М.В.Мишустина.
Главы делегаций высоко оценили работу председательства.
Очередное заседание Совета глав правительств (премьер-министров) государств – членов ШОС состоится в 2026 году в Республике Таджикистан.`;

describe('parseRussianHeader', () => {
  it('reads a communiqué: kind, body, number from digits, dates, place and the paragraphs it takes', () => {
    const { meeting, kind, headerParagraphCount } = header(meetingOf24);
    expect(kind).toBe('communique');
    expect(headerParagraphCount).toBe(4);
    expect(meeting).toMatchObject({
      bodyName: 'Совет глав правительств (премьер-министров) государств – членов Шанхайской организации сотрудничества',
      body: 'heads_of_government',
      number: 24,
      start: { date: '2025-11-17', precision: 'day' },
      end: { date: '2025-11-18', precision: 'day' },
      place: 'Москва',
      format: 'in_person',
    });
  });

  it('reads an opening that starts with the place', () => {
    const { meeting } =
      header(`Совместное коммюнике по итогам заседания Совета министров иностранных дел государств-членов ШОС
В Астане 20–21 мая 2024 года состоялось заседание Совета министров иностранных дел государств-членов ШОС.
Министры обменялись мнениями.`);
    expect(meeting).toMatchObject({
      bodyName: 'Совет министров иностранных дел государств-членов ШОС',
      body: 'ministers',
      place: 'Астана',
      start: { date: '2024-05-20' },
      end: { date: '2024-05-21' },
    });
  });

  it('reads a chair named in the genitive as the head of delegation of the same state', () => {
    const { chair } = header(meetingOf24).meeting;
    expect(chair).toMatchObject({ countryCode: 'RU', title: 'Председатель Правительства', personName: 'М.В.Мишустин' });
  });

  it('reads the next meeting with its year and the state in the nominative', () => {
    const { nextMeeting } = header(meetingOf24).meeting;
    expect(nextMeeting).toMatchObject({
      date: { date: '2026-01-01', precision: 'year' },
      place: 'Республика Таджикистан',
      countryCode: 'TJ',
    });
  });

  it('reads a declaration whose opening names the place before the date and no number', () => {
    const { meeting, kind, headerParagraphCount } =
      header(`Бишкекская декларация Совета глав государств – членов Шанхайской организации сотрудничества
Руководители государств – членов Шанхайской организации сотрудничества (далее – ШОС или Организация) по итогам заседания Совета глав государств – членов в Бишкеке 14 июня 2019 года заявляют о следующем.
Государства-члены подчеркивают важность сотрудничества.`);
    expect(kind).toBe('declaration');
    expect(headerParagraphCount).toBe(2);
    expect(meeting).toMatchObject({
      bodyName: 'Совет глав государств – членов Шанхайской организации сотрудничества',
      body: 'heads_of_state',
      number: null,
      start: { date: '2019-06-14', precision: 'day' },
      place: 'Бишкек',
      participants: [],
      chair: null,
    });
  });

  it('reads a statement dated on its closing line', () => {
    const { meeting, kind, headerParagraphCount, trailingParagraphCount } =
      header(`Заявление Совета глав государств – членов Шанхайской организации сотрудничества о поддержке многосторонней торговой системы
Государства – члены ШОС выступают за открытую мировую экономику.
Тяньцзинь, 1 сентября 2025 года`);
    expect(kind).toBe('statement');
    expect([headerParagraphCount, trailingParagraphCount]).toEqual([1, 1]);
    expect(meeting).toMatchObject({ body: 'heads_of_state', place: 'Тяньцзинь', start: { date: '2025-09-01' } });
  });

  it('reads date and place from a line under the title when the opening names no date', () => {
    const { meeting, headerParagraphCount } =
      header(`Совместное коммюнике по итогам двадцать второго заседания Совета глав правительств (премьер-министров) государств-членов ШОС
г. Бишкек, 26 октября 2023 года
В Бишкеке состоялось двадцать второе заседание Совета глав правительств (премьер-министров) государств-членов Шанхайской организации сотрудничества (далее – ШОС или Организация).
Главы делегаций обменялись мнениями.`);
    expect(headerParagraphCount).toBe(3);
    expect(meeting).toMatchObject({ number: 22, place: 'Бишкек', start: { date: '2023-10-26', precision: 'day' } });
  });

  it('reads a ministerial meeting held by video, with its number in words', () => {
    const { meeting } =
      header(`Совместное коммюнике по итогам совещания министров транспорта государств – членов Шанхайской организации сотрудничества
26 октября 2023 г. в формате видеоконференции прошло десятое совещание министров транспорта государств – членов Шанхайской организации сотрудничества.
Министры отметили важность развития транспортных коридоров.`);
    expect(meeting).toMatchObject({
      body: 'ministers',
      number: 10,
      start: { date: '2023-10-26', precision: 'day' },
      place: '',
      format: 'video',
    });
  });

  it('rejects a text that never names the SCO', () => {
    const error = rejection('Заседание клуба книголюбов прошло 17 ноября 2025 года в Москве. Все остались довольны.');
    expect(error.code).toBe('ingest_rejected');
    expect(error.message).toContain('never names the Shanghai Cooperation Organisation');
  });

  it('rejects prose about the SCO that names no meeting with a date', () => {
    const error = rejection(
      'Шанхайская организация сотрудничества была создана в 2001 году.\nЕе штаб-квартира находится в Пекине.',
    );
    expect(error.message).toContain('no opening line names a meeting with its date');
  });

  it('rejects a news report about a meeting: it has no title naming an SCO text and no attendance paragraph', () => {
    const error = rejection(
      'Москва, 18 ноября. Премьер-министр принял участие в заседании Совета глав правительств ШОС 18 ноября 2025 года.\nОн обсудил с коллегами вопросы торговли.',
    );
    expect(error.message).toContain('no title naming a communiqué, declaration or statement');
  });
});
