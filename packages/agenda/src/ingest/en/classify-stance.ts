import type { Stance } from '../../vocabulary.ts';
import { endsWithStateName } from './country-names.ts';
import { maskQuotations } from './mask-quotations.ts';

/**
 * How a stance verb is written: `finite` (noted, reaffirm, stressed), `modal` (will, shall: a commitment, read only
 * right after an actor) or `participle` (noting, reaffirming: a further stance beside the main verb).
 */
type VerbForm = 'finite' | 'modal' | 'participle';

interface StanceVerb {
  source: string;
  stances: readonly Stance[];
  form: VerbForm;
}

const their = String.raw`(?:their\s+|its\s+)?`;
const firmly = String.raw`(?:(?:strong|firm|full|continued|unwavering|deep|serious|grave|high|sincere)\s+)?`;

/**
 * Stance verbs in British and American spelling, phrases before the single words they start with, so that
 * "reaffirmed their support" gives both of its stances and "expressed concern" is not read as plain "expressed".
 */
const stanceVerbTable: readonly StanceVerb[] = [
  { source: `reaffirm(?:ed|s)?\\s+${their}${firmly}support`, stances: ['reaffirmed', 'supported'], form: 'finite' },
  { source: `reaffirm(?:ed|s)?\\s+${their}${firmly}commitment`, stances: ['reaffirmed', 'committed'], form: 'finite' },
  { source: `reaffirming\\s+${their}${firmly}support`, stances: ['reaffirmed', 'supported'], form: 'participle' },
  { source: `reaffirming\\s+${their}${firmly}commitment`, stances: ['reaffirmed', 'committed'], form: 'participle' },
  { source: `express(?:ed|es)?\\s+${their}${firmly}support`, stances: ['supported'], form: 'finite' },
  { source: `expressing\\s+${their}${firmly}support`, stances: ['supported'], form: 'participle' },
  { source: `express(?:ed|es)?\\s+${their}${firmly}concern`, stances: ['concerned'], form: 'finite' },
  { source: `expressing\\s+${their}${firmly}concern`, stances: ['concerned'], form: 'participle' },
  {
    source: `express(?:ed|es)?\\s+${their}${firmly}(?:readiness|willingness|intention|determination|commitment)`,
    stances: ['committed'],
    form: 'finite',
  },
  {
    source: `express(?:ed|es)?\\s+${their}${firmly}(?:appreciation|gratitude)`,
    stances: ['appreciated'],
    form: 'finite',
  },
  {
    source: String.raw`(?:highly|greatly|positively)\s+(?:appreciat(?:ed|es|e)|commend(?:ed|s)?|valu(?:ed|es|e)|prais(?:ed|es|e)|assess(?:ed|es)?|evaluat(?:ed|es|e))`,
    stances: ['appreciated'],
    form: 'finite',
  },
  {
    source: 'appreciat(?:ed|es|e)|commend(?:ed|s)?|prais(?:ed|es|e)',
    stances: ['appreciated'],
    form: 'finite',
  },
  { source: String.raw`(?:highly\s+)?appreciating|commending`, stances: ['appreciated'], form: 'participle' },
  { source: String.raw`t(?:ook|ake|akes)\s+note\s+of|not(?:ed|es|e)`, stances: ['noted'], form: 'finite' },
  { source: String.raw`noting|taking\s+note\s+of`, stances: ['noted'], form: 'participle' },
  { source: 'support(?:ed|s)?', stances: ['supported'], form: 'finite' },
  { source: 'supporting', stances: ['supported'], form: 'participle' },
  { source: '(?:approv|endors)(?:ed|es|e)', stances: ['approved'], form: 'finite' },
  { source: 'approving|endorsing', stances: ['approved'], form: 'participle' },
  { source: 'welcom(?:ed|es|e)|hail(?:ed|s)?', stances: ['welcomed'], form: 'finite' },
  { source: 'welcoming', stances: ['welcomed'], form: 'participle' },
  {
    source: 'emphasi[sz](?:ed|es|e)|stress(?:ed|es)?|underlin(?:ed|es|e)|underscor(?:ed|es|e)|highlight(?:ed|s)?',
    stances: ['emphasized'],
    form: 'finite',
  },
  {
    source: 'emphasi[sz]ing|stressing|underlining|underscoring|highlighting',
    stances: ['emphasized'],
    form: 'participle',
  },
  {
    source: 'reaffirm(?:ed|s)?|reiterat(?:ed|es|e)|confirm(?:ed|s)?',
    stances: ['reaffirmed'],
    form: 'finite',
  },
  { source: 'reaffirming|reiterating|confirming', stances: ['reaffirmed'], form: 'participle' },
  {
    source: String.raw`(?:are|were|remain(?:ed)?)\s+(?:deeply\s+|seriously\s+)?concerned|voic(?:ed|es|e)\s+${their}${firmly}concern`,
    stances: ['concerned'],
    form: 'finite',
  },
  {
    source: String.raw`consider(?:ed|s)?|believ(?:ed|es|e)|(?:are|were|remain(?:ed)?)\s+convinced|deem(?:ed|s)?`,
    stances: ['considered'],
    form: 'finite',
  },
  { source: 'considering|believing', stances: ['considered'], form: 'participle' },
  { source: String.raw`point(?:ed|s)?\s+out`, stances: ['pointed_out'], form: 'finite' },
  { source: String.raw`pointing\s+out`, stances: ['pointed_out'], form: 'participle' },
  {
    source: String.raw`advocat(?:ed|es|e)|st(?:and|ands|ood)\s+for|(?:are|were)\s+in\s+favou?r\s+of|favou?r(?:ed|s)?|champion(?:ed|s)?`,
    stances: ['advocated'],
    form: 'finite',
  },
  { source: 'advocating', stances: ['advocated'], form: 'participle' },
  {
    source: String.raw`call(?:ed|s)?\s+(?:for|on|upon)|urg(?:ed|es|e)|appeal(?:ed|s)?\s+(?:to|for)`,
    stances: ['called_for'],
    form: 'finite',
  },
  { source: String.raw`calling\s+(?:for|on|upon)|urging`, stances: ['called_for'], form: 'participle' },
  // Condemning an act judges it as gravely as concern does; opposing a policy takes a position, as advocating
  // does (the Russian parser reads "выступают против" the same way); recognising states a view.
  {
    source: String.raw`condemn(?:ed|s)?|(?:are|were|remain(?:ed)?)\s+(?:deeply\s+)?(?:alarmed|troubled)`,
    stances: ['concerned'],
    form: 'finite',
  },
  { source: 'condemning', stances: ['concerned'], form: 'participle' },
  {
    source: String.raw`oppos(?:ed|es|e)|(?:are|were|remain(?:ed)?)\s+(?:firmly\s+|strongly\s+)?opposed\s+to|reject(?:ed|s)?`,
    stances: ['advocated'],
    form: 'finite',
  },
  { source: 'opposing|rejecting', stances: ['advocated'], form: 'participle' },
  { source: 'recogni[sz](?:ed|es|e)|acknowledg(?:ed|es|e)', stances: ['considered'], form: 'finite' },
  { source: 'recogni[sz]ing|acknowledging', stances: ['considered'], form: 'participle' },
  {
    source: String.raw`agre(?:ed|es|e)\s+to|intend(?:ed|s)?|(?:are|were|remain(?:ed)?)\s+(?:committed|determined|ready)|commit(?:ted|s)?\s+(?:themselves|itself)|pledg(?:ed|es|e)|undert(?:ook|akes|ake)`,
    stances: ['committed'],
    form: 'finite',
  },
  // Agreeing on something settles it; agreeing that something is so, or plain agreement, binds the parties to it.
  { source: String.raw`agre(?:ed|es|e)\s+(?:on|upon)`, stances: ['decided'], form: 'finite' },
  { source: 'agre(?:ed|es|e)', stances: ['committed'], form: 'finite' },
  { source: 'agreeing', stances: ['committed'], form: 'participle' },
  {
    source: String.raw`decid(?:ed|es|e)|adopt(?:ed|s)?|resolv(?:ed|es|e)|t(?:ook|ake|akes)\s+(?:a\s+)?decisions?|sign(?:ed|s)?`,
    stances: ['decided'],
    form: 'finite',
  },
  { source: 'deciding|signing', stances: ['decided'], form: 'participle' },
  { source: 'express(?:ed|es)?', stances: ['expressed'], form: 'finite' },
  { source: 'expressing', stances: ['expressed'], form: 'participle' },
  { source: 'will|shall', stances: ['committed'], form: 'modal' },
];
const stanceVerbs = stanceVerbTable.map((verb) => ({
  ...verb,
  pattern: new RegExp(`(?:${verb.source})(?![\\p{L}])`, 'iuy'),
}));

/** Who may speak in a paragraph; a verb right after one of them is that actor's predicate. */
const actorSource = [
  'heads of (?:the |each |all |all the )?delegations?(?: of the (?:sco )?member states)?',
  String.raw`heads of (?:state|government)(?: \(prime ministers\))?`,
  'prime ministers',
  'leaders(?: of the (?:sco )?member states)?',
  '(?:sco )?member states(?: of the (?:sco|shanghai cooperation organi[sz]ation))?',
  'member states concerned',
  'parties',
  'sides',
  'side',
  'they',
  'it',
  String.raw`council(?: of heads of (?:state|government)(?: \(prime ministers\))?| of (?:ministers of foreign affairs|foreign ministers))?`,
  'meeting',
  'ministers',
  'secretariat',
  'organi[sz]ation',
  '(?:competent|relevant) (?:authorities|bodies|agencies|ministries and (?:agencies|departments))(?: of the (?:sco )?member states)?',
].join('|');
const endsWithActorPhrase = new RegExp(`\\b(?:${actorSource})$`, 'i');
const trailingAdverb =
  /\s*\b(?:also|further|again|once again|once more|firmly|strongly|fully|unanimously|jointly|consistently|duly|hereby|resolutely|actively|particularly|in particular|have|has|had|do|does|did|therefore|thus|accordingly|likewise|equally|similarly|each)$/i;
const passiveAuxiliary = /\b(?:was|were|has been|have been|had been)$/i;

export interface StanceClassification {
  stance: Stance;
  otherStances: Stance[];
}

interface FoundVerb {
  stances: readonly Stance[];
  form: VerbForm;
}

/**
 * The stance of a paragraph from its verbs. The main stance is the first finite verb (or `will`) that stands where
 * a predicate starts: right after an actor (The Heads of Delegation noted…, The Member States will…, They stressed…,
 * a state's name), optionally with an adverb between (also, further, once again…); at the start of a sentence or
 * clause (after `;` or `:`); after ", and" (oppose …, and support …), and after a bare "and" once a predicate has
 * been read (stressed … and noted …); after a participle
 * phrase that follows the actor (…, reaffirming their support for …, noted …); or as a passive (Decisions were
 * adopted…). Participles (noting, reaffirming …) and later verbs are `otherStances`, in order, each once; a
 * paragraph whose verbs are all participles takes the first of them. Words inside quotations are ignored. A
 * paragraph without any stance verb reads as `expressed`.
 */
export function classifyStance(text: string): StanceClassification {
  const masked = maskQuotations(text);
  const found: FoundVerb[] = [];
  let index = 0;
  for (const word of masked.matchAll(/\p{L}+/gu)) {
    if (word.index < index) continue;
    const verb = verbAt({ masked, index: word.index });
    if (!verb) continue;
    if (!startsPredicate({ masked, index: word.index, form: verb.form, readAny: found.length > 0 })) continue;
    found.push({ stances: verb.stances, form: verb.form });
    index = word.index + verb.length;
  }
  const main = found.find((verb) => verb.form !== 'participle') ?? found[0];
  if (!main) return { stance: 'expressed', otherStances: [] };
  const stance = main.stances[0]!;
  const rest = found.flatMap((verb) => (verb === main ? verb.stances.slice(1) : verb.stances));
  return { stance, otherStances: [...new Set(rest)].filter((other) => other !== stance) };
}

function verbAt(options: { masked: string; index: number }): (FoundVerb & { length: number }) | null {
  for (const verb of stanceVerbs) {
    verb.pattern.lastIndex = options.index;
    const match = verb.pattern.exec(options.masked);
    if (match) return { stances: verb.stances, form: verb.form, length: match[0].length };
  }
  return null;
}

function startsPredicate(options: { masked: string; index: number; form: VerbForm; readAny: boolean }): boolean {
  const before = withoutAdverbs(options.masked.slice(0, options.index));
  if (endsWithActor(before)) return true;
  if (options.form === 'modal') return options.readAny && /\band$/i.test(before);
  if (before === '' || /[;:.!?]$/.test(before)) return true;
  if (options.form === 'participle') return /,$/.test(before);
  if (passiveAuxiliary.test(before)) return true;
  if (/,\s*(?:and|as well as)$/i.test(before)) return true;
  if (/\b(?:and|as well as)$/i.test(before)) return options.readAny;
  return followsParticiplePhrase(before);
}

function withoutAdverbs(text: string): string {
  let result = text.trimEnd();
  for (;;) {
    const shorter = result.replace(trailingAdverb, '').trimEnd();
    if (shorter === result) return result;
    result = shorter;
  }
}

function endsWithActor(text: string): boolean {
  return endsWithActorPhrase.test(text) || endsWithStateName(text);
}

// "The Heads of Delegation, reaffirming their support for X, noted …": the verb after the closing comma belongs to
// the actor before the opening one.
function followsParticiplePhrase(before: string): boolean {
  if (!before.endsWith(',')) return false;
  const phrase = /,\s*(?:\p{L}+ing|having|while|as|in|with)\b[^,;]*(?:,[^,;]*)?,$/iu.exec(before);
  return phrase !== null && endsWithActor(withoutAdverbs(before.slice(0, phrase.index)));
}

/** Whether the text starts with a stance verb, i.e. what precedes it can be read as its actor. */
export function startsWithStanceVerb(text: string): boolean {
  const trimmed = withoutLeadingAdverbs(text.replace(/^\s*,?\s*/, ''));
  return verbAt({ masked: trimmed, index: 0 }) !== null || /^(?:are|have|has|intend)\b/i.test(trimmed);
}

function withoutLeadingAdverbs(text: string): string {
  return text.replace(
    /^(?:(?:also|further|again|once again|firmly|strongly|fully|jointly|consistently|have|has)\s+)+/i,
    '',
  );
}
