import type { DocumentReference, PartialDate } from '../types.ts';
import { findQuotations, maskQuotations } from './mask-quotations.ts';
import { readDateAndPlace } from './read-date-and-place.ts';

/** Nouns that make a capitalised phrase the title of a document. */
const documentNouns = new Set([
  'Agenda',
  'Agreement',
  'Charter',
  'Communique',
  'Communiqué',
  'Concept',
  'Convention',
  'Decision',
  'Declaration',
  'Memorandum',
  'Plan',
  'Program',
  'Programme',
  'Protocol',
  'Regulation',
  'Regulations',
  'Resolution',
  'Roadmap',
  'Rules',
  'Statement',
  'Strategy',
  'Treaty',
]);
// Lower-case words a title may hold between its capitalised words.
const connectors = new Set([
  'of',
  'the',
  'for',
  'on',
  'in',
  'and',
  'to',
  'until',
  'till',
  'between',
  'among',
  'with',
  'at',
]);
// Capitalised words that open a sentence or clause rather than a title.
const leadingNonTitle = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'following',
  'during',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'under',
  'within',
  'they',
  'it',
  'its',
  'their',
  'and',
]);

interface Run {
  start: number;
  end: number;
  tokens: { text: string; start: number; end: number }[];
}

/**
 * Every document a paragraph cites, in order of mention, each title once:
 * - a title in quotation marks (“…”, "…", «…») that holds a document noun (Declaration, Programme, Agreement…) or is
 *   followed by its adoption data; a quoted title starting with "On" joins the capitalised name before it (the SCO
 *   Initiative “On World Unity for a Just Peace, Harmony and Development”);
 * - a capitalised title without quotation marks that holds a document noun: the SCO Development Strategy until 2035,
 *   the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States, the UN Charter. Two titles
 *   joined by "and" are two documents; lower-case words other than of/the/for/on/in/and/to/until/between end a title.
 * Titles are given without the leading article. A parenthesis right after a title gives its adoption date and place
 * ((Tianjin, 1 September 2025), (adopted in 2021)); spans cover the title, its quotation marks and that parenthesis.
 */
export function extractDocuments(options: { text: string; offset: number }): DocumentReference[] {
  const { text, offset } = options;
  const masked = maskQuotations(text);
  const runs = findCapitalisedRuns(masked);
  const found: { title: string; start: number; end: number }[] = [];
  const consumedRuns = new Set<Run>();
  for (const quotation of findQuotations(text)) {
    const prefix = runs.find(
      (run) => run.end <= quotation.start && /^\s*$/.test(masked.slice(run.end, quotation.start)),
    );
    const prefixNoun = prefix?.tokens.at(-1)?.text ?? '';
    if (prefix && /^on\s/i.test(quotation.inner) && (documentNouns.has(prefixNoun) || prefixNoun === 'Initiative')) {
      const start = titleStart(prefix);
      found.push({ title: text.slice(start, quotation.end), start, end: quotation.end });
      consumedRuns.add(prefix);
    } else if (holdsDocumentNoun(quotation.inner) || adoptionNote(text.slice(quotation.end))) {
      found.push({ title: quotation.inner.trim(), start: quotation.start, end: quotation.end });
    }
  }
  let extendedTo = -1;
  for (const run of runs) {
    if (consumedRuns.has(run) || run.start < extendedTo) continue;
    const parts = splitJoinedTitles(run);
    parts.forEach((part, index) => {
      const start = titleStart(part);
      const words = part.tokens.filter((token) => token.start >= start && !connectors.has(token.text));
      if (!words.some((token) => documentNouns.has(token.text))) return;
      // "the Programme … of the SCO Member States in 2017–2018": a period after "in" dates what is said, not the title.
      const runEnd = part.end - (/\s+in\s+\d{4}(?:[–-]\d{4})?$/.exec(masked.slice(start, part.end))?.[0].length ?? 0);
      const end = index === parts.length - 1 ? lowerCaseContinuation({ masked, from: runEnd }) : runEnd;
      if (words.length < 2 && end === runEnd) return;
      found.push({ title: text.slice(start, end), start, end });
      extendedTo = Math.max(extendedTo, end);
    });
  }
  for (const title of lowerCaseTitles(masked)) {
    if (!found.some((known) => known.start < title.end && title.start < known.end)) {
      found.push({ title: text.slice(title.start, title.end), ...title });
    }
  }
  const documents: DocumentReference[] = [];
  for (const document of found.sort((a, b) => a.start - b.start)) {
    if (documents.some((known) => known.title === document.title)) continue;
    const note = adoptionNote(text.slice(document.end));
    documents.push({
      title: document.title,
      adopted: note?.adopted ?? null,
      place: note?.place ?? null,
      span: { start: offset + document.start, end: offset + document.end + (note?.length ?? 0) },
    });
  }
  return documents;
}

function holdsDocumentNoun(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).some((word) => documentNouns.has(word));
}

/** Maximal runs of capitalised words, numbers (2035, 2026–2035, 21st) and connectors, between punctuation marks. */
function findCapitalisedRuns(masked: string): Run[] {
  const runs: Run[] = [];
  let current: Run['tokens'] = [];
  const close = (): void => {
    while (current.length > 0 && connectors.has(current.at(-1)!.text)) current.pop();
    if (current.length > 0) runs.push({ start: current[0]!.start, end: current.at(-1)!.end, tokens: current });
    current = [];
  };
  let last = 0;
  for (const token of masked.matchAll(/[\p{L}\p{N}](?:[\p{L}\p{N}’'–-]*[\p{L}\p{N}])?/gu)) {
    const between = masked.slice(last, token.index);
    if (!/^\s*$/.test(between)) close();
    last = token.index + token[0].length;
    const word = token[0];
    const kind = /^\p{Lu}/u.test(word)
      ? 'capital'
      : /^\d{4}(?:[–-]\d{4})?$|^\d+(?:st|nd|rd|th)$/.test(word)
        ? 'number'
        : connectors.has(word)
          ? 'connector'
          : 'other';
    if (kind === 'other' || (current.length === 0 && kind !== 'capital')) {
      close();
      continue;
    }
    current.push({ text: word, start: token.index, end: last });
  }
  close();
  return runs;
}

/** Where a run's title starts: after opening words such as "The", "Following the", "In" or "of the". */
function titleStart(run: Run): number {
  const first = run.tokens.find(
    (token) => !leadingNonTitle.has(token.text.toLowerCase()) && !connectors.has(token.text),
  );
  return first?.start ?? run.end;
}

// A title's lower-case part opens with one of these: "Memorandum of Understanding between the authorised agencies …",
// "Plan of Events for holding …", "Agreement … on cooperation in …".
const continuationOpening = /^\s+(?:between|on|of|for|concerning|regarding)\s+(?=\S)/;
// Phrases after a title that say how or why, not which document: "the SCO Charter on the basis of …".
const notATitlePart =
  /^\s+(?:on the (?:basis|occasion|sidelines|eve|margins|part)|on (?:its|their) (?:basis|part)|of (?:its|their|this|these)\b|for (?:the (?:purpose|sake|benefit)|its|their)\b)/i;
// Words that end a title's lower-case part: a clause, a verb or a preposition that cannot stand in a title.
const continuationStop =
  /^(?:which|that|who|whose|whereby|as|by|at|during|within|under|following|signed|adopted|approved|held|concluded|was|were|is|are|will|would|shall|has|have|had|to|from|with|since|until|till|after|before)$/i;

/**
 * Where a title goes on in lower-case words after its capitalised run: the run stopped at "between the" or "for"
 * and the title continues to the end of the phrase ("Memorandum of Understanding between the authorised agencies of
 * the SCO Member States on technical cooperation in the joint prevention of epizootic diseases"). Returns `from`
 * when it does not go on.
 */
function lowerCaseContinuation(options: { masked: string; from: number }): number {
  const { masked, from } = options;
  const rest = masked.slice(from);
  if (!continuationOpening.test(rest) || notATitlePart.test(rest)) return from;
  let end = from;
  let lowerCaseWords = 0;
  const word = /\s+([\p{L}\p{N}][\p{L}\p{N}’'–-]*)/uy;
  for (let count = 0; count < 30; count += 1) {
    word.lastIndex = end;
    const match = word.exec(masked);
    if (!match) break;
    const token = match[1]!;
    if (count > 0 && continuationStop.test(token)) break;
    if (
      /^(?:and|or)$/i.test(token) &&
      /^\s+(?:and|or)\s+(?:the|a|an|to|of|its|their|\p{Ll}+ed|took)\b/iu.test(masked.slice(end))
    ) {
      break;
    }
    if (!connectors.has(token) && /^\p{Ll}/u.test(token)) lowerCaseWords += 1;
    end = match.index + match[0].length;
  }
  while (/\s+(?:of|the|for|on|in|and|to|between|among|with|at|until|till)$/.test(masked.slice(from, end))) {
    end -= /\s+\S+$/.exec(masked.slice(from, end))![0].length;
  }
  return lowerCaseWords > 0 ? end : from;
}

// "signed a memorandum on …", "the signing … of an agreement between …": a document named in lower case.
const signedLowerCaseTitle =
  /\b(?:sign(?:ed|ing|s)?|conclu(?:ded|de|des|sion)|ratif\w+)\b[^.;]{0,80}?\b(?:a|an|the)\s+((?:memorandum|agreement|protocol|convention|treaty)(?=\s+(?:on|between|concerning|regarding|of understanding)\s))/g;

/** Documents named in lower case as what is signed or concluded, each from its noun to the end of its phrase. */
function lowerCaseTitles(masked: string): { start: number; end: number }[] {
  return [...masked.matchAll(signedLowerCaseTitle)].flatMap((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    let from = start + match[1]!.length;
    if (/^\s+of understanding\b/.test(masked.slice(from)))
      from += /^\s+of understanding/.exec(masked.slice(from))![0].length;
    const end = lowerCaseContinuation({ masked, from });
    return end > from ? [{ start, end }] : [];
  });
}

/**
 * "the UN Charter and the SCO Charter" is two titles: a run is cut at "and" when the words since the last cut and
 * those up to the next "and" both hold a document noun. "Multilateral Trade and Economic Cooperation" stays whole.
 */
function splitJoinedTitles(run: Run): Run[] {
  const parts: Run[] = [];
  const hasNoun = (tokens: Run['tokens']): boolean => tokens.some((token) => documentNouns.has(token.text));
  let from = 0;
  run.tokens.forEach((token, index) => {
    if (token.text !== 'and') return;
    // "the SCO Charter and to the Shanghai Spirit": "and" before a preposition joins phrases, not a title's words.
    const next = run.tokens[index + 1]?.text ?? '';
    if (connectors.has(next) && next !== 'the') {
      const head = run.tokens.slice(from, index);
      if (head.length > 0) parts.push({ start: head[0]!.start, end: head.at(-1)!.end, tokens: head });
      from = index + 1;
      return;
    }
    const nextJoint = run.tokens.findIndex((next, nextIndex) => nextIndex > index && next.text === 'and');
    const following = run.tokens.slice(index + 1, nextJoint < 0 ? undefined : nextJoint);
    const head = run.tokens.slice(from, index);
    if (head.length === 0 || !hasNoun(head) || !hasNoun(following)) return;
    parts.push({ start: head[0]!.start, end: head.at(-1)!.end, tokens: head });
    from = index + 1;
  });
  const tail = run.tokens.slice(from);
  if (tail.length > 0) parts.push({ start: tail[0]!.start, end: tail.at(-1)!.end, tokens: tail });
  return parts;
}

/**
 * The adoption data in a parenthesis at the start of `after`: (Tianjin, 1 September 2025), (1 September 2025,
 * Tianjin), (adopted in 2021). Null when the parenthesis holds no date.
 */
function adoptionNote(after: string): { adopted: PartialDate; place: string | null; length: number } | null {
  const match = /^\s*\(([^()]*)\)/.exec(after);
  const note = match ? readDateAndPlace(match[1]!) : null;
  return note ? { adopted: note.dates.start, place: note.place, length: match![0].length } : null;
}
