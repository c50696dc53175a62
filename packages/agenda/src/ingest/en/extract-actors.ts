import type { ActorKind } from '../../vocabulary.ts';
import { type ActorClassification, countriesOfActorKind } from '../actor-countries.ts';
import { startsWithStanceVerb } from './classify-stance.ts';
import { matchStatePrefix } from './country-names.ts';

// Checked in order against the paragraph's opening; the first that fits names the actor.
const actorOpenings: readonly { pattern: RegExp; kind: Exclude<ActorKind, 'named_states'> }[] = [
  {
    pattern:
      /^(?:the\s+)?next (?:meeting|session|summit)\b|^[^.;]*\bnext (?:meeting|session|summit)\b[^.;]*\b(?:will|shall) (?:be held|take place)/i,
    kind: 'meeting',
  },
  {
    pattern:
      /^(?:the\s+)?heads of (?:the\s+|each\s+|all\s+|all the\s+)?delegations?\b|^(?:the\s+)?(?:sco\s+)?heads of (?:state|government)\b|^(?:the\s+)?prime ministers\b|^(?:the\s+)?leaders\b/i,
    kind: 'heads_of_delegation',
  },
  {
    pattern:
      /^(?:the\s+)?(?:member states[’']\s+)?(?:competent|relevant) (?:authorities|bodies|agencies|ministries)\b/i,
    kind: 'competent_authorities',
  },
  {
    pattern:
      /^(?:the\s+)?(?:interested|relevant|concerned) (?:sco\s+)?member states\b|^(?:the\s+)?member states concerned\b|^(?:the\s+)?interested parties\b/i,
    kind: 'relevant_member_states',
  },
  {
    pattern:
      /^(?:the\s+)?(?:meeting|council)\b|^(?:during|following|at) the meeting\b|^(?:it was decided|decisions were)\b/i,
    kind: 'meeting',
  },
  { pattern: /^(?:the\s+)?(?:sco\s+)?member states\b/i, kind: 'member_states' },
];
// A short framing phrase before the actor: "In this regard, the Heads of Delegation …".
const framingPhrase =
  /^(?:in this (?:regard|context|connection)|to this end|at the same time|in addition|furthermore|moreover|further|accordingly|therefore|with this in mind|against this background|on this basis|in particular|taking into account [^,]+|in view of [^,]+)\s*,\s*/i;

/**
 * Who speaks in a paragraph, from how it opens (after a framing phrase such as "In this regard," or a leading
 * participle clause such as "Noting …, the Heads of Delegation …"):
 * - "The Heads of Delegation", "The leaders", "The Heads of State" → the heads of delegation, for every state whose
 *   delegation attended (`delegationCountryCodes`);
 * - a list of states followed by a verb ("The Republic of Belarus, the Islamic Republic of Iran, … and the Republic of
 *   Uzbekistan, reaffirming their support for …") → exactly those states; so does "The Kyrgyz side", "the Chinese and
 *   Russian sides";
 * - "the competent authorities", "the relevant ministries and agencies" → the competent authorities of the member
 *   states; "interested Member States", "the Member States concerned" → those states, which the text does not name;
 * - "The meeting", "The Council", "Following the meeting", an announcement of the next meeting → the meeting itself;
 * - "The Member States" → the member states.
 * "They" continues the actor of the paragraph before (`previous`). Any other opening is the heads of delegation, in
 * whose name a communiqué is issued. The member states and their competent authorities are the states whose
 * delegations attended the meeting as members when the header lists them (a 2023 text does not speak for Belarus),
 * else all current members.
 */
export function extractActors(options: {
  text: string;
  delegationCountryCodes: string[];
  previous?: ActorClassification;
}): ActorClassification {
  const text = actorOpening(options.text);
  if (/^they\b/i.test(text) && options.previous) return options.previous;
  const namedStates = leadingStateList(text);
  if (namedStates.length > 0) return { actorKind: 'named_states', actorCountryCodes: namedStates };
  const sides = leadingSides(text);
  if (sides.length > 0) return { actorKind: 'named_states', actorCountryCodes: sides };
  const kind =
    actorOpenings.find((opening) => opening.pattern.test(text) || opening.pattern.test(options.text))?.kind ??
    'heads_of_delegation';
  return {
    actorKind: kind,
    actorCountryCodes: countriesOfActorKind({ kind, delegationCountryCodes: options.delegationCountryCodes }),
  };
}

function actorOpening(paragraph: string): string {
  let text = paragraph.trim();
  for (;;) {
    const framing = framingPhrase.exec(text);
    if (!framing) break;
    text = text.slice(framing[0].length);
  }
  // "Reaffirming …, the Member States …": the actor follows the participle clause.
  if (/^\p{Lu}\p{Ll}+ing\b/u.test(text)) {
    const clauseEnd = /,\s*(?=(?:the\s+)?(?:heads|leaders|member|competent|relevant|interested|they)\b)/i.exec(text);
    if (clauseEnd) text = text.slice(clauseEnd.index + clauseEnd[0].length);
  }
  return text;
}

/** The states a paragraph opens with, joined by commas, "and" or "as well as", when a verb (not more of a noun phrase) follows. */
function leadingStateList(text: string): string[] {
  const codes: string[] = [];
  let rest = text;
  for (;;) {
    const state = matchStatePrefix(rest);
    if (!state) return [];
    codes.push(state.code);
    rest = rest.slice(state.length);
    const separator = /^(?:\s*,\s*(?:and\s+|as well as\s+)?(?=the\s|\p{Lu})|\s+and\s+|\s+as well as\s+)/u.exec(rest);
    if (!separator || !matchStatePrefix(rest.slice(separator[0].length))) break;
    rest = rest.slice(separator[0].length);
  }
  // "The Russian Federation's chairmanship…" or "China–Kyrgyzstan–Uzbekistan railway" open with a state that is
  // not the actor.
  return startsWithStanceVerb(rest) ? [...new Set(codes)] : [];
}

/** The states of an opening "The Kyrgyz side" / "The Chinese and Russian sides", named by their adjectives. */
function leadingSides(text: string): string[] {
  const codes: string[] = [];
  let rest = text;
  for (;;) {
    const state = matchStatePrefix(rest, { adjectives: true });
    if (!state?.adjective) return [];
    codes.push(state.code);
    rest = rest.slice(state.length);
    const separator = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(rest);
    if (!separator || !matchStatePrefix(rest.slice(separator[0].length), { adjectives: true })?.adjective) break;
    rest = rest.slice(separator[0].length);
  }
  return /^\s+sides?\b(?![’'])/i.test(rest) ? [...new Set(codes)] : [];
}
