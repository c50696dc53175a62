import { describe, expect, it } from 'vitest';
import { topics } from '../../vocabulary.ts';
import { classifyRussianTopics, russianTopicKeywords } from './classify-topics.ts';

describe('classifyRussianTopics', () => {
  it('has a row of stems for every topic', () => {
    for (const topic of topics) expect(russianTopicKeywords[topic].length, topic).toBeGreaterThan(0);
  });

  it.each([
    ['Главы делегаций поддержали расширение использования национальных валют во взаимных расчетах.', ['finance']],
    ['Главы делегаций одобрили Концепцию взаимодействия железнодорожных администраций.', ['transport']],
    ['Главы делегаций приветствовали подписание таможенными службами меморандума.', ['customs']],
    ['Государства-члены подчеркивают важность сотрудничества в сфере искусственного интеллекта.', ['ai']],
    ['Стороны обсудили развитие здравоохранения и борьбу с инфекционными заболеваниями.', ['health']],
    ['Государства-члены будут развивать молодежные обмены и спортивные связи.', ['youth', 'sport']],
  ])('%s → %j', (text, expected) => {
    expect(classifyRussianTopics(text)).toEqual(expected);
  });

  it('does not read abbreviations inside words, nor ordinary words that share a stem with a topic', () => {
    expect(classifyRussianTopics('Во второй половине года главы делегаций обсудили дорожную карту.')).toEqual([
      'institutional',
    ]);
    expect(classifyRussianTopics('Главы делегаций приветствовали подписание Меморандума о взаимопонимании.')).toEqual([
      'institutional',
    ]);
    expect(classifyRussianTopics('Главы делегаций поддерживают правила ВТО.')).toEqual(['trade']);
  });

  it('reads a statement that matches no row as institutional', () => {
    expect(classifyRussianTopics('Главы делегаций выразили признательность принимающей стороне.')).toEqual([
      'institutional',
    ]);
  });
});
