import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { maskQuotations } from './mask-quotations.ts';

// Nouns such as "financial support" name a kind of help, not the verb of supporting.
const notTheVerb = String.raw`(?<!\b(?:financial|technical|material|logistical|methodological|informational|organi[sz]ational|budgetary|translation|expert|voluntary)\s)`;
// The verbs that give an initiative its stage, nearest before it in the sentence. Welcoming an initiative supports it.
const stageVerb = new RegExp(
  String.raw`\b(?:(?:took|take|takes|taking)\s+note\s+of|not(?:ed|es|e|ing))\b|${notTheVerb}\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing)?|welcom(?:ed|es|e|ing))\b|\b(?:approv(?:ed|es|e|ing)|endors(?:ed|es|e|ing)|decid(?:ed|es|e))\b`,
  'gi',
);
// "the proposal of the Republic of Belarus to draft …", "the initiative on establishing …", "proposals by the
// Chinese side on strengthening …".
const proposal =
  /\b(?:proposals?|initiatives?|ideas?|suggestions?)(?:\s+(?:of|by|from)\s+(?:the\s+)?\p{Lu}[^,;.]*?)?\s+(to|on|for|regarding|concerning)\s+/giu;
// A capitalised initiative known by its name: the Belt and Road Initiative, the Global Development Initiative.
const namedInitiative = /\b(?:[“"]?\p{Lu}[\p{L}’'-]*[”"]?\s+(?:(?:and|of|for|the|on)\s+)?)+Initiative\b/gu;
// What the speakers approve now: "approved the Plan …, the SCO budget for 2024 and …".
const approval = /\b(?:approved|approve|approves|endorsed|endorse|endorses)\s+/gi;
// "decided to establish the SCO Development Bank", "agreed to set up …", "decided to prepare a new version of …".
const decidedAction =
  /\b(?:decided|decide|decides|decision|agreed|agree|agrees)\s+(?:on|to)\s+((?:establish(?:ing)?|creat(?:e|ing)|set(?:ting)? up|found(?:ing)?|prepar(?:e|ing)|draft(?:ing)?|develop(?:ing)?|elaborat(?:e|ing))\b)/gi;
// Preparing or drafting names a document to come ("prepare a Concept …", "draft a new version of …"); "develop
// cooperation" names no initiative.
const draftingVerb = /^(?:prepar|draft|develop|elaborat)/i;
const draftedObject =
  /^(?:the|a|an)\s+(?:new\s+|draft\s+|revised\s+|updated\s+)?(?:\p{Lu}|(?:version|edition|programme|program|plan|concept|strategy|roadmap|agreement|memorandum|protocol|convention|regulations?|rules|list)\b)/iu;
// "the establishment of …", "establishing …": founding a body, whatever verb governs it.
const founding =
  /\b(?:(?:the\s+)?(?:(?:speedy|early|accelerated|swift)\s+)?((?:establishment|creation|setting up|founding|formation) of|(?:establishing|creating|setting up|founding))|(?:the\s+)?(?:(?:speedy|early|accelerated|swift)\s+)?((?:signing|conclusion) of|(?:signing|concluding)))\s+/gi;
// Consultations or studies about founding a body do not approve it.
const consultation =
  /\b(?:consultations?|discussions?|negotiations?|talks|work|study|studying|examin\w+|consider\w+)\b/i;
const pronounObject =
  /^(?:establish(?:ing)?|creat(?:e|ing)|set(?:ting)? up|found(?:ing)?)\s+(?:it|them|this institution)\b/i;
// Between two objects of one verb: "the SCO Development Bank and the SCO Development Fund", "a new version of … and a
// Programme for …". "Trade and Economic Cooperation" stays whole.
const objectJoint = /\s+and\s+(?=(?:the|a|an)\s)/g;
// A verb that can take several objects in a proposal: "to establish X and Y".
const listedVerb =
  /^(?:establish|create|set up|found|hold|organi[sz]e|host|prepare|draft|develop|launch|build|open)\s+/i;

const stageOf = (verb: string): InitiativeStage => {
  const lower = verb.toLowerCase();
  if (/^(?:approv|endors|decid)/.test(lower)) return 'approved';
  if (/^(?:support|back|welcom)/.test(lower)) return 'supported';
  return 'noted';
};

interface FoundInitiative {
  span: Span;
  stage: InitiativeStage;
  /**
   * For a later object of a verb or noun that governs several ("the establishment of X and Y"): the governing words,
   * which the title repeats before the span's text.
   */
  lead?: Span;
}

type FoundObject = Omit<FoundInitiative, 'stage'>;

/**
 * The initiatives a paragraph advances, each with the stage this paragraph gives it, in order of mention:
 * - proposals named as such: "noted the proposal of the Republic of Belarus to draft a Eurasian Charter …" (title:
 *   what is proposed, "draft a Eurasian Charter …"), "welcomed the initiative of the Republic of Kazakhstan to adopt
 *   …", "noted the proposals by the Chinese side on strengthening cooperation in security, trade, …"; a proposal
 *   listing several items ("to establish X, to create Y and to hold Z", "to establish X and Y") gives one initiative
 *   per item;
 * - initiatives known by a capitalised name: "reaffirming their support for the Belt and Road Initiative";
 * - what the speakers approve now: "approved the SCO Development Strategy until 2035" (each item of the list);
 * - founding a body or, when supported, concluding an agreement: "supported the establishment of …", "noted the
 *   importance of continuing consultations on the establishment of the SCO Development Bank and the SCO Development
 *   Fund (Special Account)" (two initiatives; consultations on a founding never approve it);
 * - a founding or a document decided or agreed: "decided to establish the SCO Development Bank", "agreed to set up
 *   …", "decided to prepare a Concept … and a plan of measures …" (approved, one per object); "decided to establish
 *   it" takes its title from the founding named earlier in the sentence ("confirming the importance of establishing
 *   the SCO Development Bank").
 * The stage comes from the nearest noted / supported or welcomed / approved (or decided) before the initiative in
 * the same sentence; a proposal with no such verb is not an initiative of this paragraph, a named one is `proposed`.
 * Titles are verbatim and each span covers its title, except for the later objects of a verb or noun that governs
 * several: their title repeats the governing words ("establishment of the SCO Development Fund (Special Account)")
 * and their span covers the object.
 */
export function extractInitiatives(options: { text: string; offset: number }): InitiativeReference[] {
  const masked = maskQuotations(options.text);
  const proposed = proposals(masked);
  const found = [
    ...proposed,
    ...namedInitiatives({ text: options.text, masked }),
    ...approvals(masked),
    // A founding inside a proposal ("proposals … on creating a portal") is that proposal, not one of its own.
    ...foundations(masked).filter(
      (founded) =>
        !proposed.some((item) => item.span.start <= founded.span.start && founded.span.start < item.span.end),
    ),
    ...decidedActions(masked),
  ].sort((a, b) => a.span.start - b.span.start);
  const initiatives: InitiativeReference[] = [];
  for (const { span, stage, lead } of found) {
    const spanText = options.text.slice(span.start, span.end);
    const title = lead ? `${options.text.slice(lead.start, lead.end).trim()} ${spanText}` : spanText;
    if (initiatives.some((initiative) => initiative.title === title)) continue;
    initiatives.push({ title, stage, span: { start: options.offset + span.start, end: options.offset + span.end } });
  }
  return initiatives;
}

function proposals(masked: string): FoundInitiative[] {
  return [...masked.matchAll(proposal)].flatMap((match) => {
    const verb = lastStageVerb({ masked, before: match.index });
    if (!verb) return [];
    const start = match.index + match[0].length;
    if (match[1]!.toLowerCase() !== 'to') {
      // "proposals … on strengthening cooperation in security, trade and …": commas join what is proposed, and
      // "on" repeated starts the next proposal.
      const end = clauseEnd({ masked, from: start, stopAtComma: false });
      return splitItems({
        masked,
        span: { start, end },
        separator: new RegExp(`,\\s*(?:and\\s+)?${match[1]}\\s+|\\s+and\\s+${match[1]}\\s+`, 'gi'),
      }).map((span) => ({ span, stage: verb.stage }));
    }
    const end = clauseEnd({ masked, from: start, stopAtComma: false, stopAt: /,(?!\s*(?:and\s+)?to\s)/ });
    const trailingDate = /\s*\([^()]*\)$/.exec(masked.slice(start, end))?.[0].length ?? 0;
    return splitItems({
      masked,
      span: { start, end: end - trailingDate },
      separator: /,\s*(?:and\s+)?to\s+|\s+and\s+to\s+/g,
    }).flatMap((item) => {
      const verbOfItem = listedVerb.exec(masked.slice(item.start, item.end));
      if (!verbOfItem) return [{ span: item, stage: verb.stage }];
      return distribute({
        masked,
        lead: { start: item.start, end: item.start + verbOfItem[0].length },
        end: item.end,
      }).map((object) => ({ ...object, stage: verb.stage }));
    });
  });
}

function namedInitiatives(options: { text: string; masked: string }): FoundInitiative[] {
  const { text, masked } = options;
  return [...text.matchAll(namedInitiative)].flatMap((match) => {
    // "The Belt and Road Initiative", "China’s Belt and Road Initiative": the name starts after the article or owner.
    const leading = /^(?:(?:The|A)\s+|\p{Lu}[\p{L}-]*[’']s\s+)/u.exec(match[0])?.[0].length ?? 0;
    const span = { start: match.index + leading, end: match.index + match[0].length };
    // "the SCO Initiative “On World Unity …”" is a document's title, read by the document rules.
    if (/^\s*[“"«]/.test(masked.slice(span.end))) return [];
    return [{ span, stage: lastStageVerb({ masked, before: span.start })?.stage ?? 'proposed' }];
  });
}

function approvals(masked: string): FoundInitiative[] {
  return [...masked.matchAll(approval)].flatMap((match) => {
    const start = match.index + match[0].length;
    const end = clauseEnd({ masked, from: start, stopAtComma: false });
    return (
      splitItems({
        masked,
        span: { start, end },
        separator:
          /\s*,\s*(?:and\s+|as well as\s+)?(?=(?:the|a|an)\s|\p{Lu})|\s+(?:and|as well as)\s+(?=(?:the|a|an)\s)/gu,
      })
        .map((span) => withoutArticle({ masked, span }))
        // A proposal approved is read as a proposal; "the plan approved at the meeting" approves nothing here.
        .filter(
          (span) =>
            !/^(?:proposals?|initiatives?|ideas?|suggestions?|at|in|by|on|during|earlier|previously)\b/i.test(
              masked.slice(span.start, span.end),
            ),
        )
        .map((span) => ({ span, stage: 'approved' as const }))
    );
  });
}

function foundations(masked: string): FoundInitiative[] {
  return [...masked.matchAll(founding)].flatMap((match) => {
    const concluding = match[2] !== undefined;
    const verb = lastStageVerb({ masked, before: match.index, welcoming: false });
    if (!verb || (concluding && verb.stage !== 'supported')) return [];
    const lead = { start: match.index + match[0].indexOf((match[1] ?? match[2])!), end: match.index + match[0].length };
    const end = clauseEnd({ masked, from: lead.end, stopAtAnd: true });
    if (end <= lead.end || /^(?:it|them|this)\b/i.test(masked.slice(lead.end))) return [];
    const governing = masked.slice(verb.end, match.index);
    const stage = verb.stage === 'approved' && consultation.test(governing) ? 'noted' : verb.stage;
    return distribute({ masked, lead, end }).map((object) => ({ ...object, stage }));
  });
}

function decidedActions(masked: string): FoundInitiative[] {
  return [...masked.matchAll(decidedAction)].flatMap((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    const end = clauseEnd({ masked, from: start, stopAtAnd: true });
    const action = masked.slice(start, end);
    if (pronounObject.test(action)) return earlierFounding({ masked, before: match.index });
    const verbLength = /^\S+(?:\s+up)?\s+/.exec(action)?.[0].length ?? 0;
    if (verbLength === 0) return [];
    if (draftingVerb.test(action) && !draftedObject.test(action.slice(verbLength))) return [];
    return distribute({ masked, lead: { start, end: start + verbLength }, end }).map((object) => ({
      ...object,
      stage: 'approved' as const,
    }));
  });
}

/** "decided to establish it": the founding named earlier in the sentence. */
function earlierFounding(options: { masked: string; before: number }): FoundInitiative[] {
  const { masked, before } = options;
  const sentenceStart = masked.lastIndexOf('. ', before) + 1;
  const earlier = [
    ...masked
      .slice(sentenceStart, before)
      .matchAll(/\b(?:establishing|establishment of|creating|creation of|setting up)\s+[^,;.]+/gi),
  ].at(-1);
  if (!earlier) return [];
  const earlierStart = sentenceStart + earlier.index;
  return [{ span: { start: earlierStart, end: earlierStart + earlier[0].trimEnd().length }, stage: 'approved' }];
}

/**
 * The objects a verb or noun (`lead`, "establishment of ", "prepare ") governs up to `end`, one per object joined by
 * "and the / and a": the first keeps the lead in its span and title, each later one has the lead in its title only.
 */
function distribute(options: { masked: string; lead: Span; end: number }): FoundObject[] {
  const { masked, lead, end } = options;
  const objects = splitItems({ masked, span: { start: lead.end, end }, separator: objectJoint });
  return objects.map((object, index) =>
    index === 0 ? { span: { start: lead.start, end: object.end } } : { span: object, lead },
  );
}

/**
 * The nearest stage verb before `before`, within its sentence, and where it ends. Welcoming counts unless
 * `welcoming` is false: welcoming an initiative supports it, but welcoming a body's establishment reports a fact.
 */
function lastStageVerb(options: {
  masked: string;
  before: number;
  welcoming?: boolean;
}): { stage: InitiativeStage; end: number } | null {
  const sentenceStart = options.masked.lastIndexOf('. ', options.before - 1) + 1;
  const verbs = [...options.masked.slice(sentenceStart, options.before).matchAll(stageVerb)].filter(
    (verb) => options.welcoming !== false || !/^welcom/i.test(verb[0]),
  );
  const last = verbs.at(-1);
  return last ? { stage: stageOf(last[0]), end: sentenceStart + last.index + last[0].length } : null;
}

// Where a list of approved items ends: ", which …", or "and" before a new actor or a new verb.
const listEnd =
  /,\s*(?:which|whereby|thereby|\p{Ll}+ed)\b|,?\s+and\s+(?:the\s+)?(?:member states|heads|leaders|they|competent|interested)\b|,?\s+and\s+(?:\p{Ll}+ed|took|made|gave|held|set|put|saw|met|agreed|decided)\b/iu;

/** Where the clause that starts at `from` ends: at `;` or a full stop, at a comma unless told otherwise, and at
 * ", which" or "and" + a new verb. */
function clauseEnd(options: {
  masked: string;
  from: number;
  stopAtComma?: boolean;
  stopAtAnd?: boolean;
  /** A further mark that ends the clause. */
  stopAt?: RegExp;
}): number {
  const rest = options.masked.slice(options.from);
  const stops = [
    /[;]|\.(?=\s|$)/,
    options.stopAtComma === false ? listEnd : /,/,
    options.stopAtAnd ? /\s+and\s+(?:to\s+)?(?:intensify|accelerate|continue|instruct|task|consult)/i : null,
    options.stopAt ?? null,
  ];
  const ends = stops.flatMap((stop) => {
    const match = stop ? stop.exec(rest) : null;
    return match ? [match.index] : [];
  });
  return options.from + (ends.length > 0 ? Math.min(...ends) : rest.length);
}

function splitItems(options: { masked: string; span: Span; separator: RegExp }): Span[] {
  const { masked, span } = options;
  const items: Span[] = [];
  let start = span.start;
  for (const separator of masked.slice(span.start, span.end).matchAll(options.separator)) {
    items.push({ start, end: span.start + separator.index });
    start = span.start + separator.index + separator[0].length;
  }
  items.push({ start, end: span.end });
  return items
    .map((item) => ({
      start: item.start,
      end: item.end - (/\s+$/.exec(masked.slice(item.start, item.end))?.[0].length ?? 0),
    }))
    .filter((item) => item.end > item.start);
}

function withoutArticle(options: { masked: string; span: Span }): Span {
  const article = /^(?:the|a|an)\s+/i.exec(options.masked.slice(options.span.start, options.span.end))?.[0].length ?? 0;
  return { start: options.span.start + article, end: options.span.end };
}
