import type { ActorKind } from '../../vocabulary.ts';
import { type ActorClassification, countriesOfActorKind } from '../actor-countries.ts';
import { startsWithStanceWord } from './classify-stance.ts';
import { matchCountryPrefix } from './country-aliases.ts';

// Checked in order against the start of the paragraph; the first that fits names the actor.
const actorOpenings: readonly { pattern: RegExp; kind: Exclude<ActorKind, 'named_states'> }[] = [
  { pattern: /^(?:各代表团团长|团长们)/, kind: 'heads_of_delegation' },
  { pattern: /^(?:各国|成员国)?主管部门/, kind: 'competent_authorities' },
  { pattern: /^各?有关成员国/, kind: 'relevant_member_states' },
  { pattern: /^会议|^[^，。]*下次会议将/, kind: 'meeting' },
  { pattern: /^(?:上合组织)?成员国/, kind: 'member_states' },
];
// A short framing phrase before the actor: 鉴此，团长们… / 为此，团长们….
const framingPhrase = /^(?:鉴此|为此|此外|同时)，/;

/**
 * Who speaks in a paragraph, from how it opens: 各代表团团长/团长们 → the heads of delegation, for every member state
 * whose delegation attended (`delegationCountryCodes`); a list of states (白俄罗斯共和国、…和乌兹别克斯坦共和国重申…) →
 * exactly those states; 各国主管部门/成员国主管部门/主管部门 → the competent authorities of all member states;
 * 有关成员国 → the member states concerned, which the text does not name (no codes); 会议… or …下次会议将… → the meeting
 * itself; 上合组织成员国/成员国 → all member states. Any other opening is the heads of delegation, in whose name the
 * whole communiqué is issued.
 */
export function extractActors(options: { text: string; delegationCountryCodes: string[] }): ActorClassification {
  const text = options.text.replace(framingPhrase, '');
  const namedStates = leadingStateList(text);
  if (namedStates.length > 0) return { actorKind: 'named_states', actorCountryCodes: namedStates };
  const kind = actorOpenings.find((opening) => opening.pattern.test(text))?.kind ?? 'heads_of_delegation';
  return {
    actorKind: kind,
    actorCountryCodes: countriesOfActorKind({ kind, delegationCountryCodes: options.delegationCountryCodes }),
  };
}

/** The states a paragraph opens with, joined by 、/和/及, when a stance verb (not more of a noun phrase) follows. */
function leadingStateList(text: string): string[] {
  const codes: string[] = [];
  let rest = text;
  for (;;) {
    const country = matchCountryPrefix(rest);
    if (!country) return [];
    codes.push(country.code);
    rest = rest.slice(country.alias.length);
    const separator = /^(?:、|和|及)/.exec(rest);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  // 中国－吉尔吉斯斯坦－乌兹别克斯坦铁路 or 俄罗斯联邦作为… open with a state that is not the actor.
  return startsWithStanceWord(rest) ? codes : [];
}
