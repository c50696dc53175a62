import { describe, expect, it } from 'vitest';
import { memberCountryCodes } from '../../../../core/src/countries.ts';
import { extractRussianActors } from './extract-actors.ts';

const delegationCountryCodes = ['IN', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
// "The member states" of a 2019 text are the members whose delegations attended, not today's members.
const membersOfTheDay = memberCountryCodes.filter((code) => delegationCountryCodes.includes(code));
const actors = (text: string, defaultKind: 'heads_of_delegation' | 'member_states' = 'heads_of_delegation') =>
  extractRussianActors({ text, delegationCountryCodes, defaultKind });

describe('extractRussianActors', () => {
  it('reads the heads of delegation as every attending member, after a number or a framing phrase too', () => {
    const heads = { actorKind: 'heads_of_delegation', actorCountryCodes: delegationCountryCodes };
    expect(actors('Главы делегаций отметили…')).toEqual(heads);
    expect(actors('4. Главы делегаций указали…')).toEqual(heads);
    expect(actors('В этой связи главы делегаций подчеркнули…')).toEqual(heads);
    expect(actors('Министры отметили…')).toEqual(heads);
  });

  it('reads a leading list of states in the nominative, across a gerund clause, as exactly those states', () => {
    const text =
      'Республика Беларусь, Республика Индия, Исламская Республика Иран, Республика Казахстан, Кыргызская Республика, Исламская Республика Пакистан, Российская Федерация, Республика Таджикистан и Республика Узбекистан, подтверждая поддержку инициативы «Один пояс, один путь», отмечают текущую работу по ее совместной реализации.';
    expect(actors(text)).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['BY', 'IN', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'],
    });
    expect(actors('Казахстан и Китай подчеркнули…')).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['KZ', 'CN'],
    });
  });

  it('does not read a state that opens a noun phrase, or a state in another case, as the actor', () => {
    expect(actors('Российская Федерация как председательствующая сторона провела ряд мероприятий.').actorKind).toBe(
      'heads_of_delegation',
    );
    expect(actors('Республике Узбекистан выражена признательность.').actorKind).toBe('heads_of_delegation');
  });

  it.each([
    ['Компетентные органы государств-членов продолжат работу над проектом.', 'competent_authorities', membersOfTheDay],
    ['Заинтересованные государства-члены приняли решение об учреждении Банка.', 'relevant_member_states', []],
    ['Совет принял решения по бюджету ШОС на 2020 год.', 'meeting', []],
    ['По итогам заседания подписаны документы.', 'meeting', []],
    [
      'Очередное заседание Совета глав правительств (премьер-министров) государств-членов ШОС состоится в 2020 году.',
      'meeting',
      [],
    ],
    ['Государства-члены выступают за открытую экономику.', 'member_states', membersOfTheDay],
    ['Государства – члены ШОС выступают за открытую экономику.', 'member_states', membersOfTheDay],
  ] as const)('%s → %s', (text, actorKind, codes) => {
    expect(actors(text)).toEqual({ actorKind, actorCountryCodes: [...codes] });
  });

  it('falls back to the speaker of the text', () => {
    expect(actors('Развитие торговли остается приоритетом.', 'member_states')).toEqual({
      actorKind: 'member_states',
      actorCountryCodes: membersOfTheDay,
    });
    expect(membersOfTheDay).not.toContain('BY');
  });
});
