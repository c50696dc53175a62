import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { maskQuotations } from './mask-quotations.ts';

// The verbs that give an initiative its stage, nearest before it in the sentence.
const stageVerb =
  /\b(?:(?:took|take|takes|taking)\s+note\s+of|not(?:ed|es|e|ing))\b|\b(?:support(?:ed|s|ing)?|back(?:ed|s|ing)?)\b|\b(?:approv(?:ed|es|e|ing)|endors(?:ed|es|e|ing)|decid(?:ed|es|e))\b/gi;
// "the proposal of the Republic of Belarus to draft …", "the initiative on establishing …", "the idea to create …".
const proposal =
  /\b(?:proposals?|initiatives?|ideas?|suggestions?)(?:\s+(?:of|by|from)\s+(?:the\s+)?\p{Lu}[^,;.]*?)?\s+(?:to|on|for|regarding|concerning)\s+/giu;
// A capitalised initiative known by its name: the Belt and Road Initiative, the Global Development Initiative.
const namedInitiative = /\b(?:[“"]?\p{Lu}[\p{L}’'-]*[”"]?\s+(?:(?:and|of|for|the|on)\s+)?)+Initiative\b/gu;
// What the speakers approve now: "approved the Plan …, the SCO budget for 2024 and …".
const approval = /\b(?:approved|approve|approves|endorsed|endorse|endorses)\s+/gi;
// "decided to establish the SCO Development Bank", "the decision to set up …".
const decidedFoundation =
  /\b(?:decided|decide|decides|decision)\s+(?:on|to)\s+((?:establish(?:ing)?|creat(?:e|ing)|set(?:ting)? up|found(?:ing)?)\b)/gi;
// "supported the establishment of …", "support for setting up …".
const supportedFoundation =
  /\bsupport(?:ed|s|ing)?(?:\s+for)?\s+(?:the\s+)?(?:(?:speedy|early|accelerated|swift)\s+)?((?:establishment|creation|setting up|signing|conclusion) of\b|(?:establishing|creating|setting up|signing|concluding)\b)/gi;
const pronounObject =
  /^(?:establish(?:ing)?|creat(?:e|ing)|set(?:ting)? up|found(?:ing)?)\s+(?:it|them|this institution)\b/i;

const stageOf = (verb: string): InitiativeStage => {
  const lower = verb.toLowerCase();
  if (/^(?:approv|endors|decid)/.test(lower)) return 'approved';
  if (/^(?:support|back)/.test(lower)) return 'supported';
  return 'noted';
};

interface FoundInitiative {
  span: Span;
  stage: InitiativeStage;
}

/**
 * The initiatives a paragraph advances, each with the stage this paragraph gives it, in order of mention:
 * - proposals named as such: "noted the proposal of the Republic of Belarus to draft a Eurasian Charter …" (title:
 *   what is proposed, "draft a Eurasian Charter …"); a proposal listing several items ("to establish X, to create
 *   Y and to hold Z") gives one initiative per item;
 * - initiatives known by a capitalised name: "reaffirming their support for the Belt and Road Initiative";
 * - what the speakers approve now: "approved the SCO Development Strategy until 2035" (each item of the list);
 * - support for founding a body or concluding an agreement: "supported the establishment of …";
 * - a founding decided: "decided to establish the SCO Development Bank" (approved); "decided to establish it" takes
 *   its title from the founding named earlier in the sentence ("confirming the importance of establishing the SCO
 *   Development Bank").
 * The stage comes from the nearest noted / supported / approved (or decided) before the initiative in the same
 * sentence; a proposal with no such verb is not an initiative of this paragraph, a named one is `proposed`. Titles
 * are verbatim, so each span covers exactly its title.
 */
export function extractInitiatives(options: { text: string; offset: number }): InitiativeReference[] {
  const masked = maskQuotations(options.text);
  const found = [
    ...proposals(masked),
    ...namedInitiatives({ text: options.text, masked }),
    ...approvals(masked),
    ...foundations(masked),
    ...decidedFoundations(masked),
  ].sort((a, b) => a.span.start - b.span.start);
  const initiatives: InitiativeReference[] = [];
  for (const { span, stage } of found) {
    const title = options.text.slice(span.start, span.end);
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
    const end = clauseEnd({ masked, from: start, stopAtComma: false, stopAt: /,(?!\s*(?:and\s+)?to\s)/ });
    const trailingDate = /\s*\([^()]*\)$/.exec(masked.slice(start, end))?.[0].length ?? 0;
    return splitItems({
      masked,
      span: { start, end: end - trailingDate },
      separator: /,\s*(?:and\s+)?to\s+|\s+and\s+to\s+/g,
    }).map((span) => ({ span, stage: verb.stage }));
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
  return [...masked.matchAll(supportedFoundation)].map((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    return { span: { start, end: clauseEnd({ masked, from: start }) }, stage: 'supported' as const };
  });
}

function decidedFoundations(masked: string): FoundInitiative[] {
  return [...masked.matchAll(decidedFoundation)].flatMap((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    const end = clauseEnd({ masked, from: start, stopAtAnd: true });
    if (!pronounObject.test(masked.slice(start, end))) {
      return [{ span: { start, end }, stage: 'approved' as const }];
    }
    const sentenceStart = masked.lastIndexOf('. ', match.index) + 1;
    const earlier = [
      ...masked
        .slice(sentenceStart, match.index)
        .matchAll(/\b(?:establishing|establishment of|creating|creation of|setting up)\s+[^,;.]+/gi),
    ].at(-1);
    if (!earlier) return [];
    const earlierStart = sentenceStart + earlier.index;
    return [
      { span: { start: earlierStart, end: earlierStart + earlier[0].trimEnd().length }, stage: 'approved' as const },
    ];
  });
}

/** The nearest stage verb before `before`, within its sentence. */
function lastStageVerb(options: { masked: string; before: number }): { stage: InitiativeStage } | null {
  const sentenceStart = options.masked.lastIndexOf('. ', options.before - 1) + 1;
  const verbs = [...options.masked.slice(sentenceStart, options.before).matchAll(stageVerb)];
  const last = verbs.at(-1);
  return last ? { stage: stageOf(last[0]) } : null;
}

// Where a list of approved items ends: ", which …", or "and" before a new actor or a new verb.
const listEnd =
  /,\s*(?:which|whereby|thereby|\p{Ll}+ed)\b|,?\s+and\s+(?:the\s+)?(?:member states|heads|leaders|they|competent|interested)\b|,?\s+and\s+\p{Ll}+ed\b/iu;

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
