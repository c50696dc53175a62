import type { ActorKind } from '../../vocabulary.ts';
import { type ActorClassification, countriesOfActorKind } from '../actor-countries.ts';
import { startsWithRussianStanceWord } from './classify-stance.ts';
import { matchRussianCountryPrefix } from './country-names.ts';

const memberStates = String.raw`(?:государства|страны)\s*[-–—]?\s*члены`;
// Checked in order against the start of the paragraph; the first that fits names the actor.
const actorOpenings: readonly { pattern: RegExp; kind: Exclude<ActorKind, 'named_states'> }[] = [
  {
    pattern: /^(?:Главы\s+делегаций|Министры|Стороны|Участники\s+(?:заседания|совещания))/iu,
    kind: 'heads_of_delegation',
  },
  {
    pattern: /^(?:Компетентные|Профильные|Уполномоченные)\s+(?:органы|ведомства|министерства)/iu,
    kind: 'competent_authorities',
  },
  { pattern: new RegExp(`^Заинтересованные\\s+${memberStates}`, 'iu'), kind: 'relevant_member_states' },
  {
    pattern:
      /^(?:Совет(?:\s+глав[^.,;]*?)?\s+(?:принял|утвердил|одобрил|постановил|решил|поручил)|(?:На|По\s+итогам)\s+заседания?\s+(?:был[иао]?\s+)?(?:приняты|принято|принят|подписаны|подписан|подписано|утверждены|утвержден[оа]?|одобрены)|(?:Очередное|Следующее)\s+(?:[а-яё]+\s+)?(?:заседание|совещание))/iu,
    kind: 'meeting',
  },
  { pattern: new RegExp(`^${memberStates}`, 'iu'), kind: 'member_states' },
];
// A paragraph number and a short framing phrase before the actor: "3. В этой связи, главы делегаций…".
const framing =
  /^(?:\d{1,3}[.)]\s+)?(?:(?:В\s+этой\s+связи|В\s+этом\s+контексте|Вместе\s+с\s+тем|Кроме\s+того|Помимо\s+этого|С\s+этой\s+целью|При\s+этом|Наряду\s+с\s+этим)\s*,?\s*)?/u;

/**
 * Who speaks in a paragraph, from how it opens: "Главы делегаций" (or "Министры", "Стороны" in ministerial texts)
 * → the heads of delegation, for every member state whose delegation attended (`delegationCountryCodes`); a list of states in the nominative ("Республика Беларусь,
 * Республика Индия, …, подтверждая поддержку…, отмечают…") → exactly those states; "Компетентные органы" → the
 * competent authorities of all member states; "Заинтересованные государства-члены" → the member states concerned,
 * which the text does not name (no codes); "Совет принял…", "По итогам заседания подписаны…" or "Очередное
 * заседание … состоится…" → the meeting itself; "Государства-члены" → all member states. Any other opening is the
 * text's own speaker (`defaultKind`): the heads of delegation of a communiqué, the member states of a declaration.
 */
export function extractRussianActors(options: {
  text: string;
  delegationCountryCodes: string[];
  defaultKind: 'heads_of_delegation' | 'member_states';
}): ActorClassification {
  const text = options.text.replace(framing, '');
  const namedStates = leadingStateList(text);
  if (namedStates.length > 0) return { actorKind: 'named_states', actorCountryCodes: namedStates };
  const kind = actorOpenings.find((opening) => opening.pattern.test(text))?.kind ?? options.defaultKind;
  return {
    actorKind: kind,
    actorCountryCodes: countriesOfActorKind({ kind, delegationCountryCodes: options.delegationCountryCodes }),
  };
}

/**
 * The states a paragraph opens with, in the nominative, joined by commas and "и", when a verb follows or a comma
 * opens a gerund clause before it ("…Республика Узбекистан, подтверждая поддержку…, отмечают"). A state that opens
 * a longer noun phrase ("Российская Федерация как председатель…") is not an actor list.
 */
function leadingStateList(text: string): string[] {
  const codes: string[] = [];
  let rest = text;
  for (;;) {
    const country = matchRussianCountryPrefix(rest);
    if (!country || country.form !== country.nominative) return [];
    codes.push(country.code);
    rest = rest.slice(country.form.length);
    const separator = /^(?:\s*,\s*|\s+и\s+)(?=[А-ЯЁ])/u.exec(rest);
    if (!separator || !matchRussianCountryPrefix(rest.slice(separator[0].length))) break;
    rest = rest.slice(separator[0].length);
  }
  const afterList = rest.replace(/^\s+(?:также|вновь|совместно)/u, '').trimStart();
  return afterList.startsWith(',') || startsWithRussianStanceWord(afterList) ? codes : [];
}
