import type { Stance } from '../../vocabulary.ts';
import { endsWithCountryName } from './country-aliases.ts';
import { maskTitlesAndQuotations } from './mask-text.ts';

/**
 * Stance words, longest first so that 高度评价 is not read as 评价 and 重申支持 gives both of its verbs. `anywhere`
 * words close a 对…-phrase (对世界经济碎片化加剧深表关切) and are unambiguous wherever they stand; the others count
 * only where a predicate starts.
 */
interface StanceWord {
  word: string;
  stances: readonly Stance[];
  anywhere?: boolean;
}

const stanceWordTable: readonly StanceWord[] = [
  { word: '高度评价', stances: ['appreciated'], anywhere: true },
  { word: '深表关切', stances: ['concerned'], anywhere: true },
  { word: '表示欢迎', stances: ['welcomed'], anywhere: true },
  { word: '通过决议', stances: ['decided'], anywhere: true },
  { word: '重申支持', stances: ['reaffirmed', 'supported'] },
  { word: '重申致力于', stances: ['reaffirmed', 'committed'] },
  { word: '致力于', stances: ['committed'] },
  { word: '注意到', stances: ['noted'] },
  { word: '强调', stances: ['emphasized'] },
  { word: '重申', stances: ['reaffirmed'] },
  { word: '支持', stances: ['supported'] },
  { word: '批准', stances: ['approved'] },
  { word: '欢迎', stances: ['welcomed'] },
  { word: '认为', stances: ['considered'] },
  { word: '肯定', stances: ['appreciated'] },
  { word: '关切', stances: ['concerned'] },
  { word: '指出', stances: ['pointed_out'] },
  { word: '主张', stances: ['advocated'] },
  { word: '呼吁', stances: ['called_for'] },
  { word: '决定', stances: ['decided'] },
  { word: '表示', stances: ['expressed'] },
  { word: '将', stances: ['committed'] },
];
const stanceWords = [...stanceWordTable].sort((a, b) => b.word.length - a.word.length);

/** Who may speak in a communiqué paragraph; a stance word right after one of them is that actor's predicate. */
const actorWords = [
  '各代表团团长',
  '团长们',
  '各方',
  '各有关成员国',
  '有关成员国',
  '各国主管部门',
  '主管部门',
  '成员国',
  '会议',
];
const adverbs = /(?:一贯|一致|均|也|还|再次)$/;

export interface StanceClassification {
  stance: Stance;
  otherStances: Stance[];
}

/**
 * The stance of a paragraph from its verbs, in order: the first is the main stance, the rest (each once, without the
 * main one) are `otherStances` (…强调…，注意到… → emphasized, [noted]). A verb counts where a predicate starts: at
 * the start of the paragraph or of a clause (after ，；。：or 并), or right after an actor (各代表团团长, 团长们, a
 * state's name, 成员国, 主管部门…), optionally with an adverb between (上合组织成员国一贯主张). 将 (will) is a
 * commitment only right after an actor (各国主管部门将…), not after a comma (…，将有助于). Words inside titles and
 * quotations are ignored. A paragraph without any stance verb reads as `expressed`.
 */
export function classifyStance(text: string): StanceClassification {
  const masked = maskTitlesAndQuotations(text);
  const found: Stance[] = [];
  let index = 0;
  while (index < masked.length) {
    const candidate = stanceWords.find((entry) => masked.startsWith(entry.word, index));
    if (
      candidate &&
      (candidate.anywhere || startsPredicate({ masked, index, afterActorOnly: candidate.word === '将' }))
    ) {
      found.push(...candidate.stances);
      index += candidate.word.length;
    } else index += 1;
  }
  const [stance = 'expressed', ...rest] = found;
  return { stance, otherStances: [...new Set(rest)].filter((other) => other !== stance) };
}

function startsPredicate(options: { masked: string; index: number; afterActorOnly: boolean }): boolean {
  const before = options.masked.slice(0, options.index).replace(adverbs, '');
  if (endsWithActor(before)) return true;
  return !options.afterActorOnly && (before === '' || /[，；。：]$|并$/.test(before));
}

function endsWithActor(text: string): boolean {
  return actorWords.some((actor) => text.endsWith(actor)) || endsWithCountryName(text);
}

/** Whether the text starts with a stance verb (重申, 将, 表示…), i.e. what precedes it can be read as its actor. */
export function startsWithStanceWord(text: string): boolean {
  return stanceWords.some((entry) => text.startsWith(entry.word));
}
