import type { ParsedParticipant, Span } from '../types.ts';
import { matchCountryPrefix } from './country-aliases.ts';

// Titles as communiqués write them. At one position the longest wins (副总理兼外交部长 over 副总理).
const titles = [
  '副总理兼外交部长',
  '首相兼外交大臣',
  '常设机构负责人',
  '第一副总统',
  '国务院总理',
  '政府总理',
  '外交部长',
  '外交大臣',
  '轮值主席',
  '副总统',
  '副总理',
  '秘书长',
  '负责人',
  '总统',
  '总理',
  '首相',
  '主任',
  '主席',
  '代表',
].sort((a, b) => b.length - a.length);

/** One person or body as a communiqué names it: `<state or organisation><title><person>`, each part optional. */
export interface NamedParticipant {
  countryCode: string | null;
  title: string | null;
  personName: string | null;
  organization: string | null;
  span: Span;
}

/**
 * Reads one phrase such as 中华人民共和国国务院总理李强, 上合组织地区反恐怖机构执行委员会主任沙尔舍耶夫 or 卡塔尔首相兼外交大臣穆罕默德.
 * The state comes from its Chinese name at the start; the title is the first known title after it; what follows the
 * title is the person; what precedes it, when no state does, is the organisation.
 */
export function parseParticipant(options: { text: string; offset: number }): NamedParticipant {
  const { text, offset } = options;
  const country = matchCountryPrefix(text);
  const rest = country ? text.slice(country.alias.length) : text;
  const title = findFirstTitle(rest);
  const before = title ? rest.slice(0, title.index) : rest;
  const after = title ? rest.slice(title.index + title.title.length) : '';
  return {
    countryCode: country?.code ?? null,
    title: title?.title ?? null,
    personName: after || null,
    organization: country || !before ? null : before,
    span: { start: offset, end: offset + text.length },
  };
}

/**
 * Reads the attendance or guest paragraph (…出席会议。 / …列席会议。) into participants, in the order written. Items
 * are separated by ，、以及 and by 和 between state names. A title shared by several bodies is written once after
 * the last of them (独立国家联合体、欧亚经济联盟、亚洲相互协作与信任措施会议常设机构负责人; 巴林、埃及、科威特和土库曼斯坦代表), so items
 * that carry neither title nor person take the title of the next item that has a title and no person.
 */
export function parseParticipantList(options: {
  text: string;
  offset: number;
  role: ParsedParticipant['role'];
}): ParsedParticipant[] {
  const body = options.text.replace(/(出席|列席)会议。?$/, '');
  const named = splitItems({ text: body, offset: options.offset }).map((item) => parseParticipant(item));
  return named.map((participant, index) => {
    const sharesTitle = participant.title === null && participant.personName === null;
    const donor = sharesTitle ? named.slice(index + 1).find((next) => next.title !== null) : undefined;
    const title = donor && donor.personName === null ? donor.title : participant.title;
    return { ...participant, title, role: options.role };
  });
}

function findFirstTitle(text: string): { title: string; index: number } | null {
  for (let index = 0; index < text.length; index += 1) {
    const title = titles.find((candidate) => text.startsWith(candidate, index));
    if (title) return { title, index };
  }
  return null;
}

function splitItems(options: { text: string; offset: number }): { text: string; offset: number }[] {
  const items: { text: string; offset: number }[] = [];
  const separator = /[，、]/g;
  let start = 0;
  for (const match of [...options.text.matchAll(separator), null]) {
    const end = match ? match.index : options.text.length;
    items.push(
      ...splitStateConjunction(
        trimConjunction({ text: options.text.slice(start, end), offset: options.offset + start }),
      ),
    );
    start = end + 1;
  }
  return items.filter((item) => item.text.length > 0);
}

function trimConjunction(item: { text: string; offset: number }): { text: string; offset: number } {
  const lead = /^(以及|和)/.exec(item.text)?.[0] ?? '';
  return { text: item.text.slice(lead.length), offset: item.offset + lead.length };
}

// 和 joins two items only right after a state's name (科威特和土库曼斯坦代表); elsewhere it may belong to a name.
function splitStateConjunction(item: { text: string; offset: number }): { text: string; offset: number }[] {
  const country = matchCountryPrefix(item.text);
  if (!country || !item.text.startsWith('和', country.alias.length)) return [item];
  const restStart = country.alias.length + 1;
  return [
    { text: country.alias, offset: item.offset },
    ...splitStateConjunction({ text: item.text.slice(restStart), offset: item.offset + restStart }),
  ];
}
