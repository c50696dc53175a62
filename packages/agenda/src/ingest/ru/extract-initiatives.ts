import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { maskQuotations } from './mask-quotes.ts';
import { documentNounOf, nominativeDocumentTitle, nominativeVerbalNoun } from './nominative.ts';

// The verbs that move an initiative to a stage, gerunds and nouns included (подтверждая поддержку инициативы…).
const stageVerb =
  /(?<![\p{L}])(?:(отмет(?:или|ил)|отмеча(?:ют|ет|я)|прин(?:яли|ял|имают|имая)\s+к\s+сведению)|(поддерж(?:али|ал|ивают|ивает|ивая|ку)|выступ(?:или|ил|ают|ает)\s+(?:в\s+поддержку|за))|(одобр(?:или|ил|яют|яет)|утверд(?:или|ил)|утвержда(?:ют|ет)|прин(?:яли|ял)\s+решени[ея]|реш(?:или|ил)))(?![\p{L}])/giu;
const proposalNoun = /(?<![\p{L}])(?:предложени[еяюий]|инициатив(?:а|ы|у|е|ой)|иде(?:ю|я|и|ей))(?![\p{L}])/giu;
// What a proposal is about starts after "о/об/по": предложение Республики Казахстан о создании…
const proposalObject = /^(?:[^,.;:«»()]{0,80}?\s)?(?:о|об|по)\s+/u;
const namedInitiative = /(?<![\p{L}])инициатив(?:а|ы|у|е|ой|ам|ами)\s+(«[^»]*(?:«[^»]*»[^»]*)*»)/giu;
const approvalVerb = /(?<![\p{L}])(?:одобр(?:или|ил|яют|яет)|утверд(?:или|ил)|утвержда(?:ют|ет))\s+/giu;
const decisionAbout = /(?<![\p{L}])(?:прин(?:яли|ял)\s+решение|реш(?:или|ил))\s+(?:о|об)\s+/giu;
// Founding a body: создание, учреждение (and signing, concluding, right after the verb).
const foundingNoun = /(?<![\p{L}])(?:создани|учреждени)[а-яё]*/giu;
// What is founded must be a body: a name (Банка развития ШОС, «…») or a kind of body within its first words, not a
// state of affairs ("создание благоприятных условий").
const bodyNoun =
  /^(?:[А-ЯЁ«]|(?:[а-яё-]+\s+){0,3}(?:центр|фонд|банк|механизм|платформ|ассоциаци|альянс|союз|консорциум|сет[иь]|комисси|совет|групп|офис|агентств|институт|клуб|организаци|структур|отделени|представительств|секретариат|университет|академи|реестр|пул|зон|бюро|пункт|хаб|лаборатори|парк)[а-яё]*(?![\p{L}]))/u;
const signingNoun = /^(?:скорейш[а-яё]+\s+)?(?:подписани|заключени)[а-яё]*\s/iu;
// Where an initiative's wording ends: punctuation, a dash, or a new clause.
const clauseEnd =
  /[,;:.!?]|\s[–—]\s|\s+(?:котор[а-яё]+|что|в\s+целях|с\s+целью|для\s+того|в\s+том\s+числе|включая)(?![\p{L}])/u;

const stages: readonly InitiativeStage[] = ['noted', 'supported', 'approved'];

/**
 * The initiatives a Russian paragraph advances, each with the stage this paragraph gives it, in order of mention:
 * - proposals named as such: "отметили предложение Республики Казахстан о создании …" (the object after о/об/по,
 *   its verbal noun in the nominative: "создание …");
 * - initiatives known by a quoted name: "подтверждая поддержку инициативы «Один пояс, один путь»" (the name
 *   without its quotation marks; `proposed` when no stage verb precedes);
 * - what is approved now: "утвердили План мероприятий…", "одобрили Концепцию…" (each listed document, its head in
 *   the nominative), "приняли решение о разработке …";
 * - founding a body after a stage verb: "отметили важность продолжения консультаций по вопросу создания Банка
 *   развития ШОС и Фонда развития (Специального счета) ШОС" gives one initiative per body ("создание Банка развития
 *   ШОС", "создание Фонда развития (Специального счета) ШОС"); "поддержали подписание …" right after the verb.
 * The stage comes from the nearest stage verb before the initiative in the same sentence: отметили → noted,
 * поддержали/выступили за → supported, одобрили/утвердили/приняли решение → approved. Spans cover the wording the
 * title was read from.
 */
export function extractRussianInitiatives(options: { text: string; offset: number }): InitiativeReference[] {
  const masked = maskQuotations(options.text);
  const input = { text: options.text, masked };
  const found = [
    ...proposals(input),
    ...namedInitiatives(input),
    ...approvals(input),
    ...decisions(input),
    ...foundations(input),
  ].sort((a, b) => a.span.start - b.span.start);
  const initiatives: InitiativeReference[] = [];
  for (const { title, span, stage } of found) {
    if (initiatives.some((initiative) => initiative.title === title)) continue;
    // A founding read inside a proposal's wording is that proposal, already reported.
    if (found.some((other) => covers(other.span, span))) continue;
    initiatives.push({ title, stage, span: { start: options.offset + span.start, end: options.offset + span.end } });
  }
  return initiatives;
}

interface Input {
  text: string;
  masked: string;
}

interface FoundInitiative {
  title: string;
  span: Span;
  stage: InitiativeStage;
}

function proposals(input: Input): FoundInitiative[] {
  return [...input.masked.matchAll(proposalNoun)].flatMap((noun) => {
    const verb = lastStageVerb({ masked: input.masked, before: noun.index });
    const afterNoun = noun.index + noun[0].length;
    const rest = input.masked.slice(afterNoun);
    const lead = proposalObject.exec(rest.replace(/^\s+/u, ' '));
    if (!verb || !lead || rest.trimStart().startsWith('«')) return [];
    const start = afterNoun + lead[0].length;
    const end = start + wordingLength(input.masked.slice(start));
    return end > start
      ? [{ title: nominativeVerbalNoun(input.text.slice(start, end)), span: { start, end }, stage: verb }]
      : [];
  });
}

function namedInitiatives(input: Input): FoundInitiative[] {
  return [...input.text.matchAll(namedInitiative)].map((match) => {
    const quoteStart = match.index + match[0].length - match[1]!.length;
    return {
      title: match[1]!.slice(1, -1),
      span: { start: quoteStart, end: match.index + match[0].length },
      stage: lastStageVerb({ masked: input.masked, before: match.index }) ?? 'proposed',
    };
  });
}

function approvals(input: Input): FoundInitiative[] {
  return [...input.masked.matchAll(approvalVerb)].flatMap((verb) =>
    listedObjects({ input, start: verb.index + verb[0].length }).map((span) => {
      const written = input.text.slice(span.start, span.end);
      const quoted = /^«([\s\S]*)»$/u.exec(written);
      return { title: quoted ? quoted[1]! : nominativeDocumentTitle(written), span, stage: 'approved' as const };
    }),
  );
}

function decisions(input: Input): FoundInitiative[] {
  return [...input.masked.matchAll(decisionAbout)].map((decision) => {
    const start = decision.index + decision[0].length;
    const end = start + wordingLength(input.masked.slice(start));
    return {
      title: nominativeVerbalNoun(input.text.slice(start, end)),
      span: { start, end },
      stage: 'approved' as const,
    };
  });
}

function foundations(input: Input): FoundInitiative[] {
  const { masked, text } = input;
  const found: FoundInitiative[] = [];
  for (const verb of masked.matchAll(stageVerb)) {
    const verbEnd = verb.index + verb[0].length;
    const stage = stageOf(verb);
    const sentenceEnd = verbEnd + wordingLength(masked.slice(verbEnd));
    const signing = signingNoun.exec(masked.slice(verbEnd).trimStart());
    const founding = [...masked.slice(verbEnd, sentenceEnd).matchAll(foundingNoun)][0];
    const nounStart = signing
      ? verbEnd + (masked.slice(verbEnd).length - masked.slice(verbEnd).trimStart().length)
      : founding && !/[А-ЯЁ«]/u.test(masked.slice(verbEnd, verbEnd + founding.index))
        ? verbEnd + founding.index
        : null;
    if (nounStart === null) continue;
    const nounEnd = nounStart + /^[а-яё]+/iu.exec(masked.slice(nounStart))![0].length;
    if (!signing && !bodyNoun.test(masked.slice(nounEnd).trimStart())) continue;
    const verbalNoun = nominativeVerbalNoun(text.slice(nounStart, nounEnd));
    const objects = splitBodies({ masked, start: nounEnd, end: sentenceEnd });
    objects.forEach((object, index) => {
      const span = index === 0 ? { start: nounStart, end: object.end } : object;
      found.push({ title: `${verbalNoun} ${text.slice(object.start, object.end)}`, span, stage });
    });
  }
  return found;
}

/** The bodies a founding noun governs, split at "и" before a capitalised name: "Банка … и Фонда …". */
function splitBodies(options: { masked: string; start: number; end: number }): Span[] {
  const { masked } = options;
  const start = options.start + (masked.slice(options.start).length - masked.slice(options.start).trimStart().length);
  const spans: Span[] = [];
  let itemStart = start;
  for (const conjunction of masked.slice(start, options.end).matchAll(/\s+и\s+(?=[А-ЯЁ])/gu)) {
    spans.push({ start: itemStart, end: start + conjunction.index });
    itemStart = start + conjunction.index + conjunction[0].length;
  }
  spans.push({ start: itemStart, end: options.end });
  return spans.filter((span) => span.end > span.start);
}

/**
 * The objects an approval verb takes: one, or several separated by commas and "и", each starting with a capital
 * letter, a quotation or a kind of document ("утвердили План …, Концепцию … и Положение …"). The list ends at the
 * first item that does not (", подготовленную при участии…").
 */
function listedObjects(options: { input: Input; start: number }): Span[] {
  const { masked } = options.input;
  const spans: Span[] = [];
  let start = options.start;
  for (;;) {
    const length = wordingLength(masked.slice(start), /\s+и\s+(?=[А-ЯЁ«])/u);
    spans.push({ start, end: start + length });
    const separator = /^(?:,\s*(?:а\s+также\s+)?|\s+и\s+)/u.exec(masked.slice(start + length));
    if (!separator) break;
    const next = start + length + separator[0].length;
    if (!startsObject(masked.slice(next))) break;
    start = next;
  }
  return spans.filter((span) => span.end > span.start);
}

function startsObject(text: string): boolean {
  const [first = '', second = ''] = text.split(/\s+/u);
  return /^[А-ЯЁ«]/u.test(first) || documentNounOf(first) !== null || documentNounOf(second) !== null;
}

/** How far an initiative's wording runs: to the end of its clause, or to `extraStop` when that comes first. */
function wordingLength(text: string, extraStop?: RegExp): number {
  const stops = [clauseEnd.exec(text)?.index, extraStop?.exec(text)?.index].filter((index) => index !== undefined);
  const end = stops.length > 0 ? Math.min(...stops) : text.length;
  return text.slice(0, end).trimEnd().length;
}

/** The stage of the nearest stage verb before `before`, within its sentence. */
function lastStageVerb(options: { masked: string; before: number }): InitiativeStage | null {
  const sentenceStart = options.masked.lastIndexOf('. ', options.before - 1) + 1;
  const sentence = options.masked.slice(sentenceStart, options.before);
  const last = [...sentence.matchAll(stageVerb)].at(-1);
  return last ? stageOf(last) : null;
}

function stageOf(match: RegExpMatchArray): InitiativeStage {
  return stages[[match[1], match[2], match[3]].findIndex((group) => group !== undefined)]!;
}

function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start < inner.start || inner.end < outer.end);
}
