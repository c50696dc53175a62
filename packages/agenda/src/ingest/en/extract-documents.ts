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
  for (const run of runs) {
    if (consumedRuns.has(run)) continue;
    for (const part of splitJoinedTitles(run)) {
      const start = titleStart(part);
      const words = part.tokens.filter((token) => token.start >= start && !connectors.has(token.text));
      if (words.length < 2 || !words.some((token) => documentNouns.has(token.text))) continue;
      found.push({ title: text.slice(start, part.end), start, end: part.end });
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

/** Where a run's title starts: after opening words such as "The", "Following the" or "In". */
function titleStart(run: Run): number {
  const first = run.tokens.find((token) => !leadingNonTitle.has(token.text.toLowerCase()));
  return first?.start ?? run.end;
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
