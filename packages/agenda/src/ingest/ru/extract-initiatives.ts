import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { maskAbbreviationPeriods, maskQuotations } from './mask-quotes.ts';
import { documentNounOf, nominativeDocumentTitle, nominativeVerbalNoun } from './nominative.ts';

// The verbs that move an initiative to a stage, gerunds and nouns included (подтверждая поддержку инициативы…).
const stageVerb =
  /(?<![\p{L}])(?:(отмет(?:или|ил)|отмеча(?:ют|ет|я)|прин(?:яли|ял|имают|имая)\s+к\s+сведению)|(поддерж(?:али|ал|ивают|ивает|ивая|ку)|выступ(?:или|ил|ают|ает)\s+(?:в\s+поддержку|за))|(одобр(?:или|ил|яют|яет)|утверд(?:или|ил)|утвержда(?:ют|ет)|прин(?:яли|ял)\s+решени[ея]|реш(?:или|ил)))(?![\p{L}])/giu;
// Welcoming a proposal supports it; welcoming a signing or a result moves no initiative.
const welcomeVerb = /(?<![\p{L}])приветств(?:овали|овал|уют|ует|уя)(?![\p{L}])/giu;
const proposalNoun = /(?<![\p{L}])(?:предложени[еяюий]|инициатив(?:а|ы|у|е|ой)|иде(?:ю|я|и|ей))(?![\p{L}])/giu;
// What a proposal is about starts after "о/об/по" or at an infinitive, with only its author between: предложение
// Республики Казахстан о создании…, инициативу российской стороны о проведении…, предложение провести….
const proposalObject =
  /^\s+(?:(?:[А-ЯЁ][\p{L}-]*|ШОС)\s+){0,4}(?:(?:[а-яё]+(?:ой|ей)\s+)?сторон[ыа]\s+)?(?:(?:о|об|по)\s+(?!(?:том|тем)(?![\p{L}]))|(?=(?:провести|создать|учредить|разработать|организовать)\s))/u;
// An initiative known by its quoted name, the organisation's name between: инициативу ШОС «О мировом единстве…».
const namedInitiative = /(?<![\p{L}])инициатив(?:а|ы|у|е|ой|ам|ами)\s+(?:ШОС\s+)?(«[^»]*(?:«[^»]*»[^»]*)*»)/giu;
const namedObject = /^инициатив[а-яё]*\s+(?:ШОС\s+)?«/u;
const approvalVerb = /(?<![\p{L}])(?:одобр(?:или|ил|яют|яет)|утверд(?:или|ил)|утвержда(?:ют|ет))\s+/giu;
const decisionAbout = /(?<![\p{L}])(?:прин(?:яли|ял)\s+решение|реш(?:или|ил)|договорил(?:ись|ся))\s+(?:о|об)\s+/giu;
// Consultations on founding a body keep it under consideration: noted unless a stage verb says more.
const consultationOn =
  /(?<![\p{L}])консультаци[а-яё]*\s+по\s+(?:вопросу\s+|вопросам\s+)?(?=(?:создани|учреждени)[а-яё]*\s)/giu;
// Founding a body, anywhere in the clause after a stage verb: создание, учреждение.
const foundingNoun = /(?<![\p{L}])(?:создани|учреждени)[а-яё]*/giu;
// What is founded must be a body: a name (Банка развития ШОС, «…») or a kind of body within its first words, not a
// state of affairs ("создание благоприятных условий").
const bodyNoun =
  /^(?:[А-ЯЁ«]|(?:[а-яё-]+\s+){0,3}(?:центр|фонд|банк|механизм|платформ|ассоциаци|альянс|союз|консорциум|сет[иь]|комисси|совет|групп|офис|агентств|институт|клуб|организаци|структур|отделени|представительств|секретариат|университет|академи|реестр|пул|зон|бюро|пункт|хаб|лаборатори|парк)[а-яё]*(?![\p{L}]))/u;
// The verbal nouns that name an initiative right after a stage verb (an adverb-like adjective may come first).
const initiativeNoun =
  /^((?:скорейш|дальнейш|совместн)[а-яё]+\s+)?((создани|учреждени|разработк|подписани|заключени)[а-яё]*)\s/iu;
// Where an initiative's wording ends: punctuation, a dash, or a new clause.
const clauseEnd =
  /[,;:.!?]|\s[–—]\s|\s+(?:котор[а-яё]+|что|в\s+целях|с\s+целью|для\s+того|в\s+том\s+числе|включая)(?![\p{L}])/u;
// A comma inside a title joins one or two words to an "и" pair: "терроризму, сепаратизму и экстремизму".
const enumerationComma = /^,\s+((?:[а-яё]+\s+)?[а-яё]+)\s+и\s+/u;

const stages: readonly InitiativeStage[] = ['noted', 'supported', 'approved'];

/**
 * The initiatives a Russian paragraph advances, each with the stage this paragraph gives it, in order of mention:
 * - proposals named as such: "отметили предложение Республики Казахстан о создании …" (the object after о/об/по,
 *   its verbal noun in the nominative: "создание …"); a proposal welcomed ("приветствовали инициативу … о …") is
 *   supported, one no stage verb moves is `proposed`;
 * - initiatives known by a quoted name: "подтверждая поддержку инициативы «Один пояс, один путь»", "одобрили
 *   инициативу ШОС «О мировом единстве…»" (the name without its quotation marks; `proposed` when no stage verb
 *   precedes);
 * - what is approved now: "утвердили План мероприятий…", "одобрили Концепцию…" (each listed document, capitalised or
 *   not: "…и программу действий…", its head in the nominative), "приняли решение о разработке …", "договорились о
 *   создании …";
 * - founding a body after a stage verb or in consultations: "отметили важность продолжения консультаций по вопросу
 *   создания Банка развития ШОС и Фонда развития (Специального счета) ШОС", "продолжить консультации по созданию …"
 *   give one initiative per body ("создание Банка развития ШОС", …), noted unless a verb says more;
 * - initiatives named by a verbal noun right after a stage verb, one per item: "выступили за создание платформы … и
 *   разработку концепции …", "поддержали подписание Соглашения …" (what is created must be a body, what is drafted or
 *   signed a document).
 * The stage comes from the nearest stage verb before the initiative in the same sentence: отметили → noted,
 * поддержали/выступили за → supported, одобрили/утвердили/приняли решение/договорились о → approved. Spans cover the
 * wording the title was read from.
 */
export function extractRussianInitiatives(options: { text: string; offset: number }): InitiativeReference[] {
  const masked = maskAbbreviationPeriods(maskQuotations(options.text));
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
    const afterNoun = noun.index + noun[0].length;
    const rest = input.masked.slice(afterNoun);
    const lead = proposalObject.exec(rest);
    if (!lead) return [];
    const start = afterNoun + lead[0].length;
    const end = start + wordingLength(input.masked.slice(start));
    const stage = lastStageVerb({ masked: input.masked, before: noun.index, welcome: true }) ?? 'proposed';
    // An infinitive's object is in the accusative, so "провести … Форум" stays as written.
    return end > start
      ? [{ title: nominativeVerbalNoun(input.text.slice(start, end)), span: { start, end }, stage }]
      : [];
  });
}

function namedInitiatives(input: Input): FoundInitiative[] {
  return [...input.text.matchAll(namedInitiative)].map((match) => {
    const quoteStart = match.index + match[0].length - match[1]!.length;
    return {
      title: match[1]!.slice(1, -1),
      span: { start: quoteStart, end: match.index + match[0].length },
      stage: lastStageVerb({ masked: input.masked, before: match.index, welcome: true }) ?? 'proposed',
    };
  });
}

function approvals(input: Input): FoundInitiative[] {
  return [...input.masked.matchAll(approvalVerb)].flatMap((verb) =>
    listedObjects({ input, start: verb.index + verb[0].length }).map((span) => {
      const written = input.text.slice(span.start, span.end);
      // "одобрили инициативу ШОС «…»" approves the initiative known by that name.
      const named = namedObject.exec(written);
      if (named) {
        const quote = { start: span.start + named[0].length - 1, end: span.end };
        return { title: input.text.slice(quote.start + 1, quote.end - 1), span: quote, stage: 'approved' as const };
      }
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

/** Where initiatives may follow: a stage verb with its stage, or consultations on founding (noted by default). */
function anchors(masked: string): { end: number; stage: InitiativeStage }[] {
  const verbs = [...masked.matchAll(stageVerb)].map((verb) => ({
    end: verb.index + verb[0].length,
    stage: stageOf(verb),
  }));
  const consultations = [...masked.matchAll(consultationOn)].map((match) => ({
    end: match.index + match[0].length,
    stage: lastStageVerb({ masked, before: match.index, welcome: false }) ?? ('noted' as const),
  }));
  return [...verbs, ...consultations];
}

function foundations(input: Input): FoundInitiative[] {
  const { masked, text } = input;
  const found: FoundInitiative[] = [];
  for (const anchor of anchors(masked)) {
    const sentenceEnd = anchor.end + wordingLength(masked.slice(anchor.end));
    const leading = masked.slice(anchor.end).length - masked.slice(anchor.end).trimStart().length;
    const direct = initiativeNoun.exec(masked.slice(anchor.end + leading));
    if (direct) {
      found.push(...verbalNounItems({ input, start: anchor.end + leading, end: sentenceEnd, stage: anchor.stage }));
      continue;
    }
    const founding = [...masked.slice(anchor.end, sentenceEnd).matchAll(foundingNoun)][0];
    if (!founding || /[А-ЯЁ«]/u.test(masked.slice(anchor.end, anchor.end + founding.index))) continue;
    const nounStart = anchor.end + founding.index;
    const nounEnd = nounStart + founding[0].length;
    if (!bodyNoun.test(masked.slice(nounEnd).trimStart())) continue;
    const verbalNoun = nominativeVerbalNoun(text.slice(nounStart, nounEnd));
    splitBodies({ masked, start: nounEnd, end: sentenceEnd }).forEach((object, index) => {
      const span = index === 0 ? { start: nounStart, end: object.end } : object;
      found.push({ title: `${verbalNoun} ${text.slice(object.start, object.end)}`, span, stage: anchor.stage });
    });
  }
  return found;
}

/**
 * The initiatives a list of verbal nouns names: "создание платформы … и разработку концепции …" gives one per verbal
 * noun, and a founding of several bodies one per body. What is created must be a body; what is drafted, signed or
 * concluded must be a document.
 */
function verbalNounItems(options: {
  input: Input;
  start: number;
  end: number;
  stage: InitiativeStage;
}): FoundInitiative[] {
  const { input, stage } = options;
  const { masked, text } = input;
  const itemStarts = [options.start];
  for (const separator of masked.slice(options.start, options.end).matchAll(/,\s*|\s+и\s+/gu)) {
    const next = options.start + separator.index + separator[0].length;
    if (initiativeNoun.test(masked.slice(next))) itemStarts.push(next);
  }
  return itemStarts.flatMap((itemStart, index) => {
    const nextStart = itemStarts[index + 1];
    const itemEnd = nextStart === undefined ? options.end : separatorStart({ masked, end: nextStart });
    const noun = initiativeNoun.exec(masked.slice(itemStart))!;
    const verbalStart = itemStart + (noun[1]?.length ?? 0);
    const nounEnd = verbalStart + noun[2]!.length;
    const objectStart = nounEnd + (masked.slice(nounEnd).length - masked.slice(nounEnd).trimStart().length);
    const object = masked.slice(objectStart, itemEnd);
    const founding = /^(?:создани|учреждени)/iu.test(noun[3]!);
    if (founding ? !bodyNoun.test(object) : !namesDocument(object)) return [];
    const verbalNoun = nominativeVerbalNoun(text.slice(verbalStart, nounEnd));
    const objects = founding
      ? splitBodies({ masked, start: nounEnd, end: itemEnd })
      : [{ start: objectStart, end: itemEnd }];
    return objects.map((body, bodyIndex) => ({
      title: `${verbalNoun} ${text.slice(body.start, body.end)}`,
      span: bodyIndex === 0 ? { start: verbalStart, end: body.end } : body,
      stage,
    }));
  });
}

function separatorStart(options: { masked: string; end: number }): number {
  return options.masked.slice(0, options.end).replace(/(?:,\s*|\s+и\s+)$/u, '').length;
}

/** Whether a drafted or signed object is a document: a title, or a kind of document among its first two words. */
function namesDocument(object: string): boolean {
  const [first = '', second = ''] = object.split(/\s+/u);
  return /^[А-ЯЁ«]/u.test(first) || documentNounOf(first) !== null || documentNounOf(second) !== null;
}

/**
 * The bodies a founding noun governs, split at "и" before another body: "Банка … и Фонда …", "центра … и
 * лаборатории …".
 */
function splitBodies(options: { masked: string; start: number; end: number }): Span[] {
  const { masked } = options;
  const start = options.start + (masked.slice(options.start).length - masked.slice(options.start).trimStart().length);
  const spans: Span[] = [];
  let itemStart = start;
  for (const conjunction of masked.slice(start, options.end).matchAll(/\s+и\s+/gu)) {
    const next = start + conjunction.index + conjunction[0].length;
    if (!bodyNoun.test(masked.slice(next))) continue;
    spans.push({ start: itemStart, end: start + conjunction.index });
    itemStart = next;
  }
  spans.push({ start: itemStart, end: options.end });
  return spans.filter((span) => span.end > span.start);
}

/**
 * The objects an approval verb takes: one, or several separated by commas and "и", each starting with a capital
 * letter, a quotation or a kind of document ("утвердили План …, Концепцию … и программу …"). The list ends at the
 * first item that does not (", подготовленную при участии…"). A comma inside a title's enumeration ("терроризму,
 * сепаратизму и экстремизму") does not end it.
 */
function listedObjects(options: { input: Input; start: number }): Span[] {
  const { masked } = options.input;
  const spans: Span[] = [];
  let start = options.start;
  for (;;) {
    const length = objectLength(masked.slice(start));
    spans.push({ start, end: start + length });
    const separator = /^(?:,\s*(?:а\s+также\s+)?|\s+и\s+)/u.exec(masked.slice(start + length));
    if (!separator) break;
    const next = start + length + separator[0].length;
    if (!startsObject(masked.slice(next))) break;
    start = next;
  }
  return spans.filter((span) => span.end > span.start);
}

/** How far one approved object runs: to the end of its clause, to "и" before another object, or past an enumeration. */
function objectLength(text: string): number {
  let end = 0;
  for (;;) {
    const rest = text.slice(end);
    let length = wordingLength(rest);
    for (const conjunction of rest.slice(0, length).matchAll(/\s+и\s+/gu)) {
      if (startsObject(rest.slice(conjunction.index + conjunction[0].length))) {
        length = conjunction.index;
        break;
      }
    }
    end += length;
    const enumeration = enumerationComma.exec(text.slice(end));
    const lastLetter = /([а-яё])\s*$/u.exec(text.slice(0, end))?.[1];
    if (!enumeration || enumeration[1]!.at(-1) !== lastLetter || startsObject(enumeration[1]!)) return end;
    end += enumeration[0].length;
  }
}

function startsObject(text: string): boolean {
  const [first = '', second = ''] = text.split(/\s+/u);
  return /^[А-ЯЁ«]/u.test(first) || documentNounOf(first) !== null || documentNounOf(second) !== null;
}

/** How far an initiative's wording runs: to the end of its clause. */
function wordingLength(text: string): number {
  const end = clauseEnd.exec(text)?.index ?? text.length;
  return text.slice(0, end).trimEnd().length;
}

/**
 * The stage of the nearest stage verb before `before`, within its sentence; with `welcome`, "приветствовали" counts
 * as support.
 */
function lastStageVerb(options: { masked: string; before: number; welcome: boolean }): InitiativeStage | null {
  const sentenceStart = options.masked.lastIndexOf('. ', options.before - 1) + 1;
  const sentence = options.masked.slice(sentenceStart, options.before);
  const verbs = [...sentence.matchAll(stageVerb)].map((verb) => ({ index: verb.index, stage: stageOf(verb) }));
  const welcomes = options.welcome
    ? [...sentence.matchAll(welcomeVerb)].map((verb) => ({ index: verb.index, stage: 'supported' as const }))
    : [];
  return [...verbs, ...welcomes].sort((a, b) => a.index - b.index).at(-1)?.stage ?? null;
}

function stageOf(match: RegExpMatchArray): InitiativeStage {
  return stages[[match[1], match[2], match[3]].findIndex((group) => group !== undefined)]!;
}

function covers(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && (outer.start < inner.start || inner.end < outer.end);
}
