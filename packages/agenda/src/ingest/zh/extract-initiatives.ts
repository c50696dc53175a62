import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { maskTitlesAndQuotations } from './mask-text.ts';

const stageVerbs: Record<string, InitiativeStage> = { 注意到: 'noted', 支持: 'supported', 批准: 'approved' };
const stageVerb = /注意到|支持|批准/g;
const proposalNoun = /的(?:建议|倡议|提议)/g;
// A proposal known by a quoted name: 共建“一带一路”倡议, 建立“大欧亚伙伴关系”倡议.
const namedInitiative = /(?:共建|建立|成立)?“[^”]*”倡议/g;
// 批准了 A 以及 B: what the heads approve at this meeting (not 批准的, which reports an earlier approval).
const approvedObjects = /批准了([^，。；]+)/g;
// 落实成立…的决议: a founding already decided, which this statement moves forward.
const decidedFoundation = /落实((?:成立|建立|设立)[^，。；]*?)的决议/g;
// 支持 [在…框架内] [加快] 建立/成立/设立/签署 …: support for creating a body or concluding an agreement.
const supportedFoundation = /支持(?:在[^，。；]*?框架内)?(?:加快)?((?:建立|成立|设立|签署)[^，。；]+)/g;
const itemVerb = '举办|举行|建立|成立|制定|设立|开展|签署|打造|实施|每年';
// Where one proposal ends and the next begins. 、 and 和 separate proposals only before a verb, a year or a quoted
// name; elsewhere they join words inside one proposal (育种和种业, 法律、咨询和金融公司). 及 always stays inside.
const itemSeparator = new RegExp(`，|以及|、(?=${itemVerb}|\\d{4}年)|[和及](?=${itemVerb}|“|\\d{4}年)`, 'g');
// 支持…开展 A 和 B 的建设工作: support for building bodies already proposed.
const supportedBuilding = /支持[^，。；]*?开展([^，。；]+?)的建设工作/g;

/**
 * The initiatives a paragraph advances, each with the stage this paragraph gives it, in order of mention:
 * - proposals named as such: 注意到关于成立安全战略研究中心的建议, 注意到在杜尚别建立中亚人工智能中心的倡议; a proposal
 *   sentence listing several items (…联盟，建立…网站…，以及每年举办“上合组织投资”论坛的建议) gives one initiative per item;
 * - proposals known by a quoted name: 支持…共建“一带一路”倡议;
 * - what the heads approve now: 批准了《…路线图》 (the title without its 《》);
 * - support for founding a body or signing an agreement: 支持…加快建立项目融资保障机制;
 * - a founding already decided that the statement takes forward: 为落实成立上合组织开发银行的决议 (approved);
 * - support for building bodies already proposed: 支持…开展上合组织医学协会和上合组织医疗旅游联盟的建设工作, one per body.
 * The stage comes from the nearest 注意到/支持/批准 before the proposal in the same sentence. Titles are verbatim,
 * so each span covers exactly its title. Titles of documents (《…的倡议》) are documents, not initiatives.
 */
export function extractInitiatives(options: { text: string; offset: number }): InitiativeReference[] {
  const masked = maskTitlesAndQuotations(options.text);
  const found = [
    ...proposals({ masked }),
    ...namedInitiatives({ masked }),
    ...approvals({ masked }),
    ...foundations({ masked }),
    ...decidedFoundations({ masked }),
    ...buildings({ masked }),
  ].sort((a, b) => a.span.start - b.span.start);
  const initiatives: InitiativeReference[] = [];
  for (const { span, stage } of found) {
    const title = options.text.slice(span.start, span.end);
    if (initiatives.some((initiative) => initiative.title === title)) continue;
    initiatives.push({ title, stage, span: { start: options.offset + span.start, end: options.offset + span.end } });
  }
  return initiatives;
}

interface FoundInitiative {
  span: Span;
  stage: InitiativeStage;
}

function proposals(options: { masked: string }): FoundInitiative[] {
  const { masked } = options;
  return [...masked.matchAll(proposalNoun)].flatMap((noun) => {
    const verb = lastStageVerb({ masked, before: noun.index });
    if (!verb) return [];
    const lead = /^了?(?:关于|有关)?/.exec(masked.slice(verb.end, noun.index))![0].length;
    let end = noun.index;
    // A trailing date parenthesis belongs to the event proposed (…特别会议（2026年，阿斯塔纳）的建议), not to its title.
    end -= /（[^（）]*）$/.exec(masked.slice(verb.end + lead, end))?.[0].length ?? 0;
    return splitItems({ masked, span: { start: verb.end + lead, end } }).map((span) => ({ span, stage: verb.stage }));
  });
}

function namedInitiatives(options: { masked: string }): FoundInitiative[] {
  const { masked } = options;
  return [...masked.matchAll(namedInitiative)].map((match) => ({
    span: { start: match.index, end: match.index + match[0].length - '倡议'.length },
    stage: lastStageVerb({ masked, before: match.index })?.stage ?? 'proposed',
  }));
}

function approvals(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(approvedObjects)].flatMap((match) => {
    const objectsStart = match.index + '批准了'.length;
    return splitItems({
      masked: options.masked,
      span: { start: objectsStart, end: objectsStart + match[1]!.length },
    }).map((span) => ({ span: withoutTitleBrackets({ masked: options.masked, span }), stage: 'approved' as const }));
  });
}

function foundations(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(supportedFoundation)].map((match) => {
    const end = match.index + match[0].length;
    return { span: { start: end - match[1]!.length, end }, stage: 'supported' as const };
  });
}

function buildings(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(supportedBuilding)].flatMap((match) => {
    const start = match.index + match[0].length - '的建设工作'.length - match[1]!.length;
    const end = start + match[1]!.length;
    return splitItems({ masked: options.masked, span: { start, end } }, /和|、|及/g).map((span) => ({
      span,
      stage: 'supported' as const,
    }));
  });
}

function decidedFoundations(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(decidedFoundation)].map((match) => {
    const start = match.index + '落实'.length;
    return { span: { start, end: start + match[1]!.length }, stage: 'approved' as const };
  });
}

/** The nearest 注意到/支持/批准 before `before`, within its sentence. */
function lastStageVerb(options: { masked: string; before: number }): { end: number; stage: InitiativeStage } | null {
  const sentenceStart = options.masked.lastIndexOf('。', options.before - 1) + 1;
  const sentence = options.masked.slice(sentenceStart, options.before);
  const verbs = [...sentence.matchAll(stageVerb)];
  const last = verbs.at(-1);
  return last ? { end: sentenceStart + last.index + last[0].length, stage: stageVerbs[last[0]]! } : null;
}

function splitItems(options: { masked: string; span: Span }, separators: RegExp = itemSeparator): Span[] {
  const { masked, span } = options;
  const items: Span[] = [];
  let start = span.start;
  for (const separator of masked.slice(span.start, span.end).matchAll(separators)) {
    items.push({ start, end: span.start + separator.index });
    start = span.start + separator.index + separator[0].length;
  }
  items.push({ start, end: span.end });
  return items.filter((item) => item.end > item.start);
}

function withoutTitleBrackets(options: { masked: string; span: Span }): Span {
  const { masked, span } = options;
  const bracketed = masked[span.start] === '《' && masked[span.end - 1] === '》';
  return bracketed ? { start: span.start + 1, end: span.end - 1 } : span;
}
