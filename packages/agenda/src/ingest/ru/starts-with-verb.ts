import { startsWithRussianStanceWord } from './classify-stance.ts';

// Auxiliary and linking verbs that follow a name or title as its predicate: "…до 2035 года будет способствовать…",
// "по итогам заседания было подписано…".
const auxiliaryVerb =
  /^(?:будут|будет|станут|станет|был[аои]?|могут|может|должны|должен|является|являются|позвол(?:ит|ят|яет|яют)|способств(?:ует|уют|овал[аи]?))(?![\p{L}])/u;

// A third-person verb (определяет, предусматривают, содержит, ведется): nouns with the same endings are listed as
// exceptions.
const thirdPersonVerb = /^[а-яё]+(?:ет|ёт|ит|ют|ят|ут|ат)(?:ся)?(?![\p{L}])/u;
// A short passive participle in the neuter (подписано, утверждено, принято), the predicate of an impersonal clause.
const shortParticiple = /^[а-яё]+(?:ан|ен|ён|ят|ыт)о(?![\p{L}])/u;
const nounsLikeVerbs = new Set([
  'бюджет',
  'совет',
  'комитет',
  'пакет',
  'предмет',
  'приоритет',
  'паритет',
  'кабинет',
  'кредит',
  'саммит',
  'транзит',
  'институт',
  'маршрут',
  'формат',
  'секретариат',
  'климат',
  'мандат',
  'результат',
  'аппарат',
  'атлант',
]);

/**
 * Whether a lower-case Russian text starts with a verb that ends the noun phrase before it: a stance word, an
 * auxiliary, a third-person verb (reflexive included) or a short neuter participle. Nouns with verb-like endings
 * (бюджет, саммит, климат) are not verbs.
 */
export function startsWithRussianVerb(text: string): boolean {
  const word = /^[а-яё]+/u.exec(text)?.[0] ?? '';
  return (
    startsWithRussianStanceWord(text) ||
    auxiliaryVerb.test(text) ||
    shortParticiple.test(text) ||
    (thirdPersonVerb.test(text) && !nounsLikeVerbs.has(word))
  );
}
