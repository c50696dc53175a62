import { describe, expect, it } from 'vitest';
import { extractRussianInitiatives } from './extract-initiatives.ts';

const initiatives = (text: string) =>
  extractRussianInitiatives({ text, offset: 0 }).map((initiative) => [
    initiative.title,
    initiative.stage,
    text.slice(initiative.span.start, initiative.span.end),
  ]);

describe('extractRussianInitiatives', () => {
  it('reads a proposal with the stage of the verb before it and its verbal noun in the nominative', () => {
    expect(
      initiatives(
        'Главы делегаций отметили предложение Республики Казахстан о создании Центра ШОС по борьбе с трансграничной преступностью.',
      ),
    ).toEqual([
      [
        'создание Центра ШОС по борьбе с трансграничной преступностью',
        'noted',
        'создании Центра ШОС по борьбе с трансграничной преступностью',
      ],
    ]);
    expect(
      initiatives('Главы делегаций поддержали инициативу Кыргызской Республики о проведении Года экологии.'),
    ).toEqual([['проведение Года экологии', 'supported', 'проведении Года экологии']]);
  });

  it('reads an initiative known by a quoted name, with the stage of a gerund before it', () => {
    expect(
      initiatives(
        'Республика Казахстан, Российская Федерация, подтверждая поддержку инициативы «Один пояс, один путь», отмечают работу.',
      ),
    ).toEqual([['Один пояс, один путь', 'supported', '«Один пояс, один путь»']]);
    expect(initiatives('Стороны обсудили инициативу «Зеленый пояс».')).toEqual([
      ['Зеленый пояс', 'proposed', '«Зеленый пояс»'],
    ]);
  });

  it('reads what is approved now, one initiative per listed document, head in the nominative', () => {
    expect(
      initiatives(
        'Главы делегаций утвердили новую редакцию Программы сотрудничества, подготовленную при участии министерств.',
      ),
    ).toEqual([['новая редакция Программы сотрудничества', 'approved', 'новую редакцию Программы сотрудничества']]);
    expect(
      initiatives('Главы делегаций одобрили Концепцию взаимодействия и План мероприятий по ее реализации.'),
    ).toEqual([
      ['Концепция взаимодействия', 'approved', 'Концепцию взаимодействия'],
      ['План мероприятий по ее реализации', 'approved', 'План мероприятий по ее реализации'],
    ]);
  });

  it('reads a decision about something as approved', () => {
    expect(initiatives('Заинтересованные государства-члены приняли решение об учреждении Банка развития ШОС.')).toEqual(
      [['учреждение Банка развития ШОС', 'approved', 'учреждении Банка развития ШОС']],
    );
  });

  it('reads the founding of bodies after a stage verb, one per body', () => {
    expect(
      initiatives(
        'Главы делегаций отметили важность продолжения консультаций по вопросу создания Банка развития ШОС и Фонда развития (Специального счета) ШОС.',
      ),
    ).toEqual([
      ['создание Банка развития ШОС', 'noted', 'создания Банка развития ШОС'],
      ['создание Фонда развития (Специального счета) ШОС', 'noted', 'Фонда развития (Специального счета) ШОС'],
    ]);
    expect(initiatives('Государства-члены выступают за скорейшее создание Банка развития ШОС.')).toEqual([
      ['создание Банка развития ШОС', 'supported', 'создание Банка развития ШОС'],
    ]);
    expect(
      initiatives('Главы делегаций поддержали подписание Соглашения о сотрудничестве в области энергетики.'),
    ).toEqual([
      [
        'подписание Соглашения о сотрудничестве в области энергетики',
        'supported',
        'подписание Соглашения о сотрудничестве в области энергетики',
      ],
    ]);
  });

  it('reads no initiative where nothing is founded, proposed or approved', () => {
    expect(initiatives('Главы делегаций выступают за создание благоприятных условий для торговли.')).toEqual([]);
    expect(initiatives('Главы делегаций подчеркнули важность Соглашения о создании благоприятных условий.')).toEqual(
      [],
    );
    expect(initiatives('Главы делегаций приветствовали подписание меморандума.')).toEqual([]);
  });
});
