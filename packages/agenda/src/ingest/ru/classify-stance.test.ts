import { describe, expect, it } from 'vitest';
import { classifyRussianStance } from './classify-stance.ts';

describe('classifyRussianStance', () => {
  it.each([
    ['Главы делегаций отметили важность консультаций.', 'noted'],
    ['Государства-члены отмечают рост торговли.', 'noted'],
    ['Главы делегаций приняли к сведению доклад Секретариата.', 'noted'],
    ['Главы делегаций поддержали председательство Российской Федерации.', 'supported'],
    ['Государства-члены поддерживают усилия.', 'supported'],
    ['Главы делегаций выступили в поддержку инициативы.', 'supported'],
    ['Главы делегаций утвердили План мероприятий.', 'approved'],
    ['Главы делегаций одобрили Концепцию.', 'approved'],
    ['Главы делегаций приветствовали подписание меморандума.', 'welcomed'],
    ['Главы делегаций подчеркнули значение связей.', 'emphasized'],
    ['Государства-члены подчеркивают важность.', 'emphasized'],
    ['Главы делегаций вновь подтвердили общую позицию.', 'reaffirmed'],
    ['Главы делегаций считают важным развивать сотрудничество.', 'considered'],
    ['Главы делегаций сочли целесообразным продолжить работу.', 'considered'],
    ['Главы делегаций высоко оценили итоги заседания.', 'appreciated'],
    ['Государства-члены выражают серьезную обеспокоенность ростом протекционизма.', 'concerned'],
    ['Главы делегаций выразили озабоченность ситуацией.', 'concerned'],
    ['Главы делегаций указали на необходимость строить открытую экономику.', 'pointed_out'],
    ['Главы делегаций выступают за развитие сотрудничества.', 'advocated'],
    ['Главы делегаций призвали к диалогу.', 'called_for'],
    ['Государства-члены будут развивать сотрудничество.', 'committed'],
    ['Компетентные органы продолжат работу.', 'committed'],
    ['Главы делегаций намерены углублять взаимодействие.', 'committed'],
    ['Главы делегаций приняли решение о разработке Концепции.', 'decided'],
    ['Совет принял решения по бюджету ШОС.', 'decided'],
    ['Главы делегаций решили создать рабочую группу.', 'decided'],
    ['Главы делегаций выразили признательность Республике Узбекистан.', 'expressed'],
    ['Очередное заседание Совета состоится в 2020 году.', 'committed'],
  ] as const)('%s → %s', (text, stance) => {
    expect(classifyRussianStance(text).stance).toBe(stance);
  });

  it('gives the further verbs of a paragraph in order, each once', () => {
    expect(
      classifyRussianStance(
        'Главы делегаций высоко оценили итоги заседания и выступили за выполнение решений, отметили их значение и вновь отметили роль ШОС.',
      ),
    ).toEqual({ stance: 'appreciated', otherStances: ['advocated', 'noted'] });
  });

  it('reads "подтвердили поддержку" and "подтвердили приверженность" as two stances', () => {
    expect(classifyRussianStance('Государства-члены подтвердили поддержку инициативы.')).toEqual({
      stance: 'reaffirmed',
      otherStances: ['supported'],
    });
    expect(classifyRussianStance('Государства-члены подтверждают приверженность Уставу ШОС.')).toEqual({
      stance: 'reaffirmed',
      otherStances: ['committed'],
    });
  });

  it('reads a paragraph without a stance verb as expressed', () => {
    expect(classifyRussianStance('Главы делегаций обменялись мнениями о ситуации в мировой экономике.')).toEqual({
      stance: 'expressed',
      otherStances: [],
    });
  });

  it('ignores gerunds, verbs in relative clauses and words inside quotations', () => {
    expect(
      classifyRussianStance('Подтверждая приверженность Уставу, главы делегаций указали на важность диалога.').stance,
    ).toBe('pointed_out');
    expect(
      classifyRussianStance(
        'Главы делегаций поддержали проекты, которые будут способствовать росту, и что отметили все.',
      ),
    ).toEqual({ stance: 'supported', otherStances: [] });
    expect(classifyRussianStance('Главы делегаций указали на документ «Поддержали и одобрили».')).toEqual({
      stance: 'pointed_out',
      otherStances: [],
    });
  });

  it('reads "будут" as a commitment only after who commits', () => {
    expect(classifyRussianStance('Главы делегаций отметили, что реформы будут продолжены.')).toEqual({
      stance: 'noted',
      otherStances: [],
    });
    expect(
      classifyRussianStance('Главы делегаций отметили, что государства-члены будут содействовать торговле.'),
    ).toEqual({
      stance: 'noted',
      otherStances: ['committed'],
    });
  });
});
