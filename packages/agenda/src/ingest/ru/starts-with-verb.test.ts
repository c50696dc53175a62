import { describe, expect, it } from 'vitest';
import { startsWithRussianVerb } from './starts-with-verb.ts';

describe('startsWithRussianVerb', () => {
  it.each([
    'определяет задачи',
    'ведется в соответствии с графиком',
    'было подписано',
    'подписано соглашение',
    'будет способствовать',
    'отметили итоги',
  ])('reads %j as starting with a verb', (text) => {
    expect(startsWithRussianVerb(text)).toBe(true);
  });

  it.each(['бюджет ШОС', 'саммит ШОС', 'министров транспорта', 'государств-членов', 'плана мероприятий'])(
    'reads %j as starting with no verb',
    (text) => {
      expect(startsWithRussianVerb(text)).toBe(false);
    },
  );
});
