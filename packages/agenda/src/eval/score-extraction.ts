import { type Paragraph, splitParagraphs } from '../ingest/split-paragraphs.ts';
import type { ParsedStatement, ParsedText, PartialDate, Span } from '../ingest/types.ts';
import { normalizeForComparison, textSimilarity } from './compare-text.ts';
import type { ExtractionGold, GoldStatement } from './gold-schema.ts';

/** The kinds of facts scored, each with its own precision and recall. */
export const factTypes = ['header', 'documents', 'events', 'stances', 'actors', 'initiatives'] as const;
export type FactType = (typeof factTypes)[number];

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** A fact the parser reported that the gold does not hold (false positive), or one it missed (false negative). */
export interface FactMiss {
  factType: FactType;
  kind: 'false_positive' | 'false_negative';
  /** The statement's ordinal in the gold's numbering; null for header facts and for statements the gold lacks. */
  ordinal: number | null;
  /** The ordinal the parser gave the statement; null for header facts and for statements the parser lacks. */
  parsedOrdinal: number | null;
  fact: string;
}

export interface ExtractionScore {
  tallies: Record<FactType, Tally>;
  misses: FactMiss[];
}

/**
 * Title overlap (`textSimilarity`) a cited document needs: the same title, one holding the other almost whole, or
 * the same words with another ending (a title inflected where it stands, as Russian does).
 */
export const documentTitleThreshold = 0.8;
/** Name overlap (`textSimilarity`) an event with the same start date needs. */
export const eventNameThreshold = 0.5;
/** Title overlap (`textSimilarity`) an initiative at the same stage needs. */
export const initiativeTitleThreshold = 0.6;

/**
 * Scores one parsed text against its gold. Statements are paired by where they stand in the text (a parsed
 * statement whose span covers more than half of a gold statement's paragraph, and is more than half made of it),
 * so a parser that draws the header's end elsewhere loses only the statements it actually misplaced. Facts are
 * then matched one to one, the closest pairs first, by the rules in `packages/agenda/eval/README.md`. `parsed: null`
 * (the parser rejected the text) makes every gold fact a false negative.
 */
export function scoreExtraction(options: { gold: ExtractionGold; parsed: ParsedText | null }): ExtractionScore {
  const { gold, parsed } = options;
  const score = emptyScore();
  scoreHeader({ gold, parsed, score });
  const paragraphs = parsed ? splitParagraphs(parsed.text) : [];
  const unpaired = new Set(parsed?.statements ?? []);
  for (const statement of gold.statements) {
    const paragraph = paragraphs[gold.headerParagraphs + statement.ordinal - 1];
    const counterpart = paragraph ? findCounterpart({ paragraph, candidates: unpaired }) : undefined;
    if (counterpart) unpaired.delete(counterpart);
    scoreStatement({ gold: statement, parsed: counterpart, score });
  }
  for (const extra of unpaired) scoreStatement({ gold: undefined, parsed: extra, score });
  return score;
}

/** Precision, recall and F1 of a tally; see `rates`. */
export interface Rates {
  /** null ("n/a") when nothing was reported but something was expected. */
  precision: number | null;
  /** null ("n/a") when nothing was expected but something was reported. */
  recall: number | null;
  f1: number;
}

/**
 * Precision and recall without dividing by zero: both are 1 when nothing was expected and nothing reported; the
 * one whose denominator is empty is null ("n/a") when the other side is not. F1 = 2·TP / (2·TP + FP + FN), which is
 * 0 whenever either rate is n/a and 1 when both sets are empty.
 */
export function rates(tally: Tally): Rates {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = tally;
  const bothEmpty = tp + fp + fn === 0;
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : bothEmpty ? 1 : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : bothEmpty ? 1 : null,
    f1: bothEmpty ? 1 : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** The sum of several tallies (micro-averaging adds counts, then computes rates). */
export function addTallies(tallies: Tally[]): Tally {
  return tallies.reduce(
    (sum, tally) => ({
      truePositives: sum.truePositives + tally.truePositives,
      falsePositives: sum.falsePositives + tally.falsePositives,
      falseNegatives: sum.falseNegatives + tally.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
}

/** A parsed date in the gold's compact form: 2026, 2026-05 or 2026-05-12. */
export function compactDate(date: PartialDate | null): string {
  if (!date) return '(undated)';
  if (date.precision === 'year') return date.date.slice(0, 4);
  if (date.precision === 'month') return date.date.slice(0, 7);
  return date.date;
}

function emptyScore(): ExtractionScore {
  const tallies = Object.fromEntries(
    factTypes.map((factType) => [factType, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  ) as Record<FactType, Tally>;
  return { tallies, misses: [] };
}

function scoreHeader(options: { gold: ExtractionGold; parsed: ParsedText | null; score: ExtractionScore }): void {
  const { gold, parsed, score } = options;
  const expected = headerFacts(gold);
  const found = parsed ? parsedHeaderFacts(parsed) : [];
  record({
    score,
    factType: 'header',
    ordinal: null,
    parsedOrdinal: null,
    ...matchOneToOne({
      expected,
      found,
      similarity: (a, b) => (a.field === b.field && a.value === b.value ? 1 : null),
      describe: (fact) => `${fact.field}: ${fact.value}`,
    }),
  });
}

interface HeaderFact {
  field: string;
  value: string;
}

function headerFacts(gold: ExtractionGold): HeaderFact[] {
  const { header } = gold;
  return [
    { field: 'body', value: header.body },
    { field: 'number', value: String(header.number ?? '(none)') },
    { field: 'start', value: header.start },
    { field: 'end', value: header.end },
    { field: 'place', value: normalizeForComparison(header.place) },
    { field: 'format', value: header.format },
    { field: 'chair country', value: header.chairCountry ?? '(none)' },
    { field: 'guest organisations', value: String(header.guestOrganizationCount) },
    ...distinct(header.headsOfDelegation).map((code) => ({ field: 'head of delegation', value: code })),
    ...distinct(header.guestCountries).map((code) => ({ field: 'guest country', value: code })),
  ];
}

function parsedHeaderFacts(parsed: ParsedText): HeaderFact[] {
  const { meeting } = parsed;
  const heads = meeting.participants.filter((participant) => participant.role === 'head_of_delegation');
  const others = meeting.participants.filter((participant) => participant.role !== 'head_of_delegation');
  return [
    { field: 'body', value: meeting.body },
    { field: 'number', value: String(meeting.number ?? '(none)') },
    { field: 'start', value: compactDate(meeting.start) },
    { field: 'end', value: compactDate(meeting.end) },
    { field: 'place', value: normalizeForComparison(meeting.place) },
    { field: 'format', value: meeting.format },
    { field: 'chair country', value: meeting.chair?.countryCode ?? '(none)' },
    {
      field: 'guest organisations',
      value: String(others.filter((participant) => participant.countryCode === null).length),
    },
    ...distinct(heads.flatMap((participant) => participant.countryCode ?? [])).map((code) => ({
      field: 'head of delegation',
      value: code,
    })),
    ...distinct(others.flatMap((participant) => participant.countryCode ?? [])).map((code) => ({
      field: 'guest country',
      value: code,
    })),
  ];
}

/** The parsed statement that stands where the gold statement's paragraph stands, if any. */
function findCounterpart(options: {
  paragraph: Paragraph;
  candidates: Set<ParsedStatement>;
}): ParsedStatement | undefined {
  const { paragraph } = options;
  let best: { statement: ParsedStatement; overlap: number } | undefined;
  for (const statement of options.candidates) {
    const shared = overlap(paragraph.span, statement.span);
    if (shared > (best?.overlap ?? 0)) best = { statement, overlap: shared };
  }
  if (!best) return undefined;
  const coversParagraph = 2 * best.overlap > length(paragraph.span);
  const madeOfParagraph = 2 * best.overlap > length(best.statement.span);
  return coversParagraph && madeOfParagraph ? best.statement : undefined;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function length(span: Span): number {
  return span.end - span.start;
}

function scoreStatement(options: {
  gold: GoldStatement | undefined;
  parsed: ParsedStatement | undefined;
  score: ExtractionScore;
}): void {
  const { gold, parsed, score } = options;
  const where = { ordinal: gold?.ordinal ?? null, parsedOrdinal: parsed?.ordinal ?? null };
  const equalText = (a: string, b: string) => (a === b ? 1 : null);
  record({
    score,
    factType: 'stances',
    ...where,
    ...matchOneToOne({
      expected: gold ? [gold.stance] : [],
      found: parsed ? [parsed.stance] : [],
      similarity: equalText,
      describe: (stance) => stance,
    }),
  });
  record({
    score,
    factType: 'actors',
    ...where,
    ...matchOneToOne({
      expected: gold ? [describeActor(gold.actorKind, gold.actorCountries ?? [])] : [],
      found: parsed ? [describeActor(parsed.actorKind, parsed.actorCountryCodes)] : [],
      similarity: equalText,
      describe: (actor) => actor,
    }),
  });
  record({
    score,
    factType: 'documents',
    ...where,
    ...matchOneToOne({
      expected: distinctTitles(gold?.documents ?? []),
      found: distinctTitles(parsed?.documents.map((document) => document.title) ?? []),
      similarity: (a, b) => atLeast(textSimilarity({ a, b }), documentTitleThreshold),
      describe: (title) => title,
    }),
  });
  record({
    score,
    factType: 'events',
    ...where,
    ...matchOneToOne({
      expected: gold?.events ?? [],
      found: parsed?.events.map((event) => ({ name: event.name, start: compactDate(event.start) })) ?? [],
      similarity: (a, b) =>
        a.start === b.start ? atLeast(textSimilarity({ a: a.name, b: b.name }), eventNameThreshold) : null,
      describe: (event) => `${event.name} (${event.start})`,
    }),
  });
  record({
    score,
    factType: 'initiatives',
    ...where,
    ...matchOneToOne({
      expected: gold?.initiatives ?? [],
      found: parsed?.initiatives.map((initiative) => ({ title: initiative.title, stage: initiative.stage })) ?? [],
      similarity: (a, b) =>
        a.stage === b.stage ? atLeast(textSimilarity({ a: a.title, b: b.title }), initiativeTitleThreshold) : null,
      describe: (initiative) => `${initiative.title} [${initiative.stage}]`,
    }),
  });
}

/** Who speaks, as one comparable fact: the kind, and for named states the sorted list of their codes. */
function describeActor(kind: string, countryCodes: readonly string[]): string {
  return kind === 'named_states' ? `named_states: ${distinct(countryCodes).sort().join(', ')}` : kind;
}

function atLeast(value: number, threshold: number): number | null {
  return value >= threshold ? value : null;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Titles cited twice in one statement count once; so do titles that differ only in quotes, case or spacing. */
function distinctTitles(titles: readonly string[]): string[] {
  const seen = new Set<string>();
  return titles.filter((title) => {
    const key = normalizeForComparison(title);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface Matching {
  matched: number;
  unmatchedExpected: string[];
  unmatchedFound: string[];
}

/**
 * Pairs expected and found facts one to one: every pair that may match (similarity not null) is considered, the
 * most similar first, earlier facts first among equals; each fact takes part in at most one pair.
 */
function matchOneToOne<T>(options: {
  expected: readonly T[];
  found: readonly T[];
  similarity: (expected: T, found: T) => number | null;
  describe: (fact: T) => string;
}): Matching {
  const { expected, found, similarity, describe } = options;
  const candidates: { expectedIndex: number; foundIndex: number; similarity: number }[] = [];
  expected.forEach((expectedFact, expectedIndex) => {
    found.forEach((foundFact, foundIndex) => {
      const value = similarity(expectedFact, foundFact);
      if (value !== null) candidates.push({ expectedIndex, foundIndex, similarity: value });
    });
  });
  candidates.sort(
    (a, b) => b.similarity - a.similarity || a.expectedIndex - b.expectedIndex || a.foundIndex - b.foundIndex,
  );
  const pairedExpected = new Set<number>();
  const pairedFound = new Set<number>();
  for (const candidate of candidates) {
    if (pairedExpected.has(candidate.expectedIndex) || pairedFound.has(candidate.foundIndex)) continue;
    pairedExpected.add(candidate.expectedIndex);
    pairedFound.add(candidate.foundIndex);
  }
  return {
    matched: pairedExpected.size,
    unmatchedExpected: expected.filter((_fact, index) => !pairedExpected.has(index)).map(describe),
    unmatchedFound: found.filter((_fact, index) => !pairedFound.has(index)).map(describe),
  };
}

function record(
  options: { score: ExtractionScore; factType: FactType } & Pick<FactMiss, 'ordinal' | 'parsedOrdinal'> & Matching,
): void {
  const { score, factType, ordinal, parsedOrdinal } = options;
  const tally = score.tallies[factType];
  tally.truePositives += options.matched;
  tally.falsePositives += options.unmatchedFound.length;
  tally.falseNegatives += options.unmatchedExpected.length;
  for (const fact of options.unmatchedFound) {
    score.misses.push({ factType, kind: 'false_positive', ordinal, parsedOrdinal, fact });
  }
  for (const fact of options.unmatchedExpected) {
    score.misses.push({ factType, kind: 'false_negative', ordinal, parsedOrdinal, fact });
  }
}
