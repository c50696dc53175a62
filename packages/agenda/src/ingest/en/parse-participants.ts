import type { ParsedParticipant, Span } from '../types.ts';
import { findStateMentions, matchStatePrefix } from './country-names.ts';

/** One person or body as an English text names it, e.g. "Prime Minister of the Republic of India Narendra Modi". */
export interface NamedParticipant {
  countryCode: string | null;
  title: string | null;
  personName: string | null;
  organization: string | null;
  span: Span;
}

// Titles of the heads of organisations, longest first; matched without regard to letter case.
const organisationTitles = [
  'Director of the Executive Committee',
  'Chairman of the Executive Committee',
  'Heads of the permanent bodies',
  'Head of the permanent body',
  'Deputy Secretary-General',
  'Deputy Secretary General',
  'Acting Secretary-General',
  'Deputy Executive Director',
  'Special Representative',
  'Chairman of the Council',
  'Chairman of the Board',
  'Chair of the Council',
  'Chair of the Board',
  'Executive Secretary',
  'Executive Director',
  'Secretary-General',
  'Secretary General',
  'Representatives',
  'Deputy Chairman',
  'Representative',
  'Chairperson',
  'Chairwoman',
  'President',
  'Chairman',
  'Director',
  'Heads',
  'Chair',
  'Head',
].sort((a, b) => b.length - a.length);

// Words of official titles: "Deputy Chairman of the Cabinet of Ministers", "External Affairs Minister".
const titleWords = new Set(
  [
    'prime',
    'minister',
    'ministers',
    'president',
    'vice',
    'vice-president',
    'first',
    'deputy',
    'chairman',
    'chairwoman',
    'chair',
    'premier',
    'secretary',
    'secretary-general',
    'general',
    'director',
    'executive',
    'head',
    'heads',
    'representative',
    'representatives',
    'special',
    'foreign',
    'external',
    'affairs',
    'state',
    'council',
    'cabinet',
    'government',
    'acting',
    'federal',
    'high',
    'envoy',
    'of',
    'the',
    'and',
  ].map((word) => word.toLowerCase()),
);

// Capitalised words that belong to an organisation's name, never to a person's.
const institutionWords = new Set([
  'Academy',
  'Affairs',
  'Agency',
  'Anti-Terrorist',
  'Asia',
  'Asian',
  'Assembly',
  'Association',
  'Bank',
  'Board',
  'Building',
  'Business',
  'Cabinet',
  'Center',
  'Centre',
  'Collective',
  'Commission',
  'Committee',
  'Commonwealth',
  'Community',
  'Conference',
  'Confidence',
  'Consortium',
  'Cooperation',
  'Council',
  'Development',
  'Economic',
  'Eurasian',
  'Executive',
  'Federation',
  'Forum',
  'Fund',
  'Government',
  'Group',
  'Independent',
  'Institute',
  'Interaction',
  'Interbank',
  'Investment',
  'Measures',
  'Ministers',
  'Nations',
  'Office',
  'Organisation',
  'Organization',
  'Pacific',
  'Parliament',
  'Regional',
  'Republic',
  'Secretariat',
  'Security',
  'Social',
  'State',
  'States',
  'Structure',
  'Treaty',
  'Union',
  'United',
]);
const nameParticles = new Set(['bin', 'bint', 'ibn', 'al', 'el', 'de', 'van', 'von', 'der']);
const personToken = /^(?:\p{Lu}[\p{L}’'-]*\.?|(?:\p{Lu}\p{Ll}?\.)+\p{Lu}?[\p{L}’'-]*)$/u;
const acronym = /^\p{Lu}{2,}$/u;
// "as a guest of the presiding party", "as the chairing Side's guest".
const guestNote = /,?\s+as (?:a |the )?[^,;]*?\bguests?\b.*$/;

/**
 * Reads one participant: `<title> of <state> <person>` (Minister of External Affairs of the Republic of India
 * Subrahmanyam Jaishankar), `<state adjective or possessive> <title> <person>` (Russian Prime Minister Mikhail
 * Mishustin, India's External Affairs Minister S. Jaishankar), `<title> of <organisation> <person>` (Director of the
 * Executive Committee of the SCO Regional Anti-Terrorist Structure Ruslan Mirzayev) or `<organisation> <title>
 * <person>` (SCO Secretary-General Zhang Ming). The person is what follows the state, or the run of name-like
 * words that ends an organisation's phrase. A trailing "as a guest of …" is left out (see {@link parseParticipantList}).
 */
export function parseParticipant(options: { text: string; offset: number }): NamedParticipant {
  const withoutNote = options.text.replace(guestNote, '');
  const leading = withoutNote.length - withoutNote.trimStart().length;
  const article = /^the\s+/i.exec(withoutNote.slice(leading))?.[0].length ?? 0;
  const text = withoutNote.trim().slice(article);
  const start = options.offset + leading + article;
  const span = { start, end: start + text.length };
  return { ...(readStateParticipant(text) ?? readOrganisationParticipant(text)), span };
}

type Reading = Omit<NamedParticipant, 'span'>;

function readStateParticipant(text: string): Reading | null {
  const mentions = findStateMentions(text, { adjectives: true });
  for (const mention of mentions) {
    if (mention.adjective) continue;
    const of = /\s+of\s+(?:the\s+)?$/i.exec(text.slice(0, mention.start));
    if (!of) continue;
    const before = text.slice(0, of.index).trim();
    const after = text
      .slice(mention.end)
      .replace(/^[\s,]+/, '')
      .trim();
    const named = after ? { title: before || null, personName: after } : personInTitle(before);
    return { countryCode: mention.code, ...named, organization: null };
  }
  const leading = matchStatePrefix(text, { adjectives: true });
  if (!leading) return null;
  const rest = text
    .slice(leading.length)
    .replace(/^[’']s\b/, '')
    .trim();
  const titleLength = leadingTitleLength(rest);
  return {
    countryCode: leading.code,
    title: rest.slice(0, titleLength).replace(/,$/, '').trim() || null,
    personName:
      rest
        .slice(titleLength)
        .replace(/^[\s,]+/, '')
        .trim() || null,
    organization: null,
  };
}

function readOrganisationParticipant(text: string): Reading {
  const lower = text.toLowerCase();
  const leadingTitle = organisationTitles.find(
    (title) => lower.startsWith(title.toLowerCase()) && /^(?:\s|$)/.test(text.slice(title.length)),
  );
  if (leadingTitle) {
    const rest = text.slice(leadingTitle.length).replace(/^\s+of\s+(?:the\s+)?/i, '');
    return { countryCode: null, title: text.slice(0, leadingTitle.length), ...splitOrganisationAndPerson(rest) };
  }
  for (const title of organisationTitles) {
    const index = lower.indexOf(` ${title.toLowerCase()} `);
    if (index < 0) continue;
    const personName = text.slice(index + title.length + 2).trim();
    return {
      countryCode: null,
      title: text.slice(index + 1, index + 1 + title.length),
      personName: personName || null,
      organization: text.slice(0, index).trim() || null,
    };
  }
  return { countryCode: null, title: null, personName: null, organization: text || null };
}

/**
 * "Prime Minister Turchin", "Premier Li Qiang of the State Council": the person named inside the title, before the
 * state. The title is the title words around the name.
 */
function personInTitle(text: string): { title: string | null; personName: string | null } {
  const titleLength = leadingTitleLength(text);
  const rest = text.slice(titleLength).trim();
  const nameLength = /^.*?(?=\s+of\b|$)/.exec(rest)![0].length;
  const personName = rest.slice(0, nameLength).trim();
  const title = `${text.slice(0, titleLength).trim()} ${rest.slice(nameLength).trim()}`.trim();
  return { title: title || null, personName: personName || null };
}

/** "SCO Interbank Consortium Shri Padmanabhan Raja Jaishankar" → the organisation and the person that ends it. */
function splitOrganisationAndPerson(text: string): { organization: string | null; personName: string | null } {
  const tokens = text.split(/\s+/).filter(Boolean);
  let first = tokens.length;
  while (first > 0 && isNameToken(tokens[first - 1]!)) first -= 1;
  while (first < tokens.length && nameParticles.has(tokens[first]!)) first += 1;
  const organization = tokens.slice(0, first).join(' ').replace(/,$/, '');
  const personName = tokens.slice(first).join(' ');
  return { organization: organization || null, personName: personName || null };
}

function isNameToken(token: string): boolean {
  if (nameParticles.has(token)) return true;
  return personToken.test(token) && !acronym.test(token) && !institutionWords.has(token) && !isTitleWord(token);
}

function isTitleWord(token: string): boolean {
  return titleWords.has(token.toLowerCase());
}

/** Length of the run of title words at the start: "External Affairs Minister S. Jaishankar" → "External Affairs Minister". */
function leadingTitleLength(text: string): number {
  let length = 0;
  for (const token of text.matchAll(/\S+/g)) {
    if (!isTitleWord(token[0].replace(/,$/, ''))) break;
    length = token.index + token[0].length;
  }
  return length;
}

/**
 * Splits a list of participants, as the header's sentences write it after their lead-in, into items: at `;`, at
 * commas, and at "and" / "as well as" where a new item starts (a title, a state, "the …"), but not inside a title
 * (Prime Minister and Minister of Foreign Affairs) or a name (Conference on Interaction and Confidence Building
 * Measures in Asia). Each item gets `role`, except that an item noted "as a guest …" and, among heads of delegation
 * or observers, an item naming no state are guests. Items naming neither title nor person (the Eurasian Economic
 * Commission after "the heads of the permanent bodies of the CIS") share the title of the item before them.
 */
export function parseParticipantList(options: {
  text: string;
  offset: number;
  role: ParsedParticipant['role'];
}): ParsedParticipant[] {
  const participants: ParsedParticipant[] = [];
  for (const item of splitItems(options)) {
    const named = parseParticipant(item);
    const isGuest =
      item.guest ||
      guestNote.test(item.text) ||
      (options.role !== 'guest' && named.countryCode === null) ||
      (options.role === 'observer' && item.part > 0);
    const donor = named.title === null && named.personName === null ? participants.at(-1) : undefined;
    const title = donor && donor.personName === null && donor.countryCode === null ? donor.title : named.title;
    participants.push({ ...named, title, role: isGuest ? 'guest' : options.role });
  }
  return participants;
}

interface ListItem {
  text: string;
  offset: number;
  /** Which `;`-separated part of the list the item stands in, from 0. */
  part: number;
  /** Introduced as a guest ("by the guest of the presiding party, Deputy Chairman …"). */
  guest: boolean;
}

function splitItems(options: { text: string; offset: number }): ListItem[] {
  const { text, offset } = options;
  const pieces: { text: string; offset: number; part: number }[] = [];
  let start = 0;
  let part = 0;
  for (const separator of text.matchAll(/\s*;\s*|\s*,\s*(?:and\s+|as well as\s+)?|\s+(?:and|as well as)\s+/g)) {
    const piece = text.slice(start, separator.index);
    const following = text.slice(separator.index + separator[0].length);
    const semicolon = separator[0].includes(';');
    if (!semicolon && !startsNewItem({ piece, following, comma: separator[0].includes(',') })) continue;
    pieces.push({ text: piece, offset: offset + start, part });
    start = separator.index + separator[0].length;
    if (semicolon) part += 1;
  }
  pieces.push({ text: text.slice(start), offset: offset + start, part });
  const items: ListItem[] = [];
  let guestNext = false;
  for (const piece of pieces) {
    const lead = /^(?:and\s+)?(?:by\s+)?/.exec(piece.text)![0].length;
    const trailing = /[\s.,]+$/.exec(piece.text.slice(lead))?.[0].length ?? 0;
    const itemText = piece.text.slice(lead, piece.text.length - trailing);
    if (itemText.trim() === '') continue;
    // "the guest of the presiding party," names the role of the item that follows.
    if (/^(?:the\s+|a\s+)?guests?\b/i.test(itemText)) {
      guestNext = true;
      continue;
    }
    items.push({ text: itemText, offset: piece.offset + lead, part: piece.part, guest: guestNext });
    guestNext = false;
  }
  return joinAppositiveNames({ text, offset, items });
}

/**
 * "The Secretary General of the Shanghai Cooperation Organization, Yermekbayev": an item that is only a person's
 * name belongs to the title before it, when that title has no person yet.
 */
function joinAppositiveNames(options: { text: string; offset: number; items: ListItem[] }): ListItem[] {
  const joined: ListItem[] = [];
  for (const item of options.items) {
    const previous = joined.at(-1);
    const tokens = item.text.trim().split(/\s+/);
    const isName = /^\p{Lu}/u.test(tokens[0]!) && tokens.every((token) => isNameToken(token));
    if (previous && isName && parseParticipant({ text: previous.text, offset: 0 }).personName === null) {
      const end = item.offset + item.text.length - options.offset;
      joined[joined.length - 1] = { ...previous, text: options.text.slice(previous.offset - options.offset, end) };
    } else joined.push(item);
  }
  return joined;
}

// "Executive Secretary of the Economic and Social Commission for Asia and the Pacific A.S. Alishakhbana": a title
// whose person has not come yet goes on past "and the".
function awaitsPerson(piece: string): boolean {
  const named = parseParticipant({ text: piece, offset: 0 });
  return named.title !== null && named.personName === null;
}

function startsNewItem(options: { piece: string; following: string; comma: boolean }): boolean {
  const { piece, following } = options;
  if (/^as (?:a |the )?[^,;]*?\bguests?\b/.test(following)) return false;
  if (options.comma) return true;
  if (/\bAsia$/.test(piece) && /^the Pacific\b/.test(following)) return false;
  const state = matchStatePrefix(piece, { adjectives: true });
  const pieceTitle = state ? piece.slice(state.length).replace(/^[’']s\b/, '') : piece;
  if (
    pieceTitle
      .trim()
      .split(/\s+/)
      .every((word) => isTitleWord(word))
  )
    return false;
  const firstWord = /^\S+/.exec(following)?.[0] ?? '';
  return (
    (/^(?:the|a|an)\s/i.test(following) && !awaitsPerson(piece)) ||
    (isTitleWord(firstWord) && !/^(?:of|the|and)$/i.test(firstWord)) ||
    firstWord === 'SCO' ||
    matchStatePrefix(following, { adjectives: true }) !== null
  );
}
