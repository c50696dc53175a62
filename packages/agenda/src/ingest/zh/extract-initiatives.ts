import type { InitiativeStage } from '../../vocabulary.ts';
import type { InitiativeReference, Span } from '../types.ts';
import { matchCountryPrefix } from './country-aliases.ts';
import { maskTitlesAndQuotations } from './mask-text.ts';

const stageVerbs: Record<string, InitiativeStage> = {
  注意到: 'noted',
  支持: 'supported',
  欢迎: 'supported',
  赞赏: 'supported',
  批准: 'approved',
  同意: 'approved',
  决定: 'approved',
};
const stageVerb = /注意到|支持|欢迎|赞赏|批准|同意|决定/g;
// 赞赏中方提出的全球发展倡议: an initiative named by its proposer, 倡议 part of the name (no 的 before it).
const proposedByName = /提出的([^，。；、“”《》的]{2,20})倡议/g;
// 决定/同意 成立/制定 …: what the heads decide now, one initiative per clause item.
const decidedObjects = /(?:决定|同意)((?:成立|建立|设立|制定|编制|签署)[^，。；]+)/g;
// 继续就成立 A 和 B 开展磋商: founding still under consultation, one initiative per body.
const consultedFoundation = /继续就((?:成立|建立|设立)[^，。；]+?)(?:问题)?(?:开展|进行)磋商/g;
// 支持吉方于2019年在比什凯克举办…会议: support for a state hosting an event (its actor before the date or place).
const supportedHosting =
  /支持([^，。；]{0,12}?)((?:于\d{4}年(?:\d{1,2}月)?)?在([^，。；]{1,20}?)(?:举办|举行)[^，。；]+)/g;
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
const itemSeparator = new RegExp(`，|以及|、(?=${itemVerb}|\\d{4}年|《)|[和及](?=${itemVerb}|“|《|\\d{4}年)`, 'g');
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
 * - an initiative named after its proposer: 赞赏中方提出的全球发展倡议 (the name with 倡议);
 * - what the heads decide or agree now: 决定编制新版《…纲要》, 同意成立…特别工作组 (approved);
 * - founding still under consultation: 继续就成立上合组织开发银行和上合组织发展基金（专门账户）开展磋商, one per body
 *   (noted unless a stage verb before it says more);
 * - support for a state hosting an event: 支持吉方于2019年在比什凯克举办…会议 (the title from the date or place on).
 * A proposal may name its proposer between the verb and 关于: 注意到哈萨克斯坦共和国关于成立…的建议, 欢迎中方提出的关于…的倡议
 * (the title starts after 关于). The stage comes from the nearest stage verb before the proposal in the same
 * sentence: 注意到 → noted, 支持/欢迎/赞赏 → supported, 批准/同意/决定 → approved. Titles are verbatim,
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
    ...proposalsByName({ masked }),
    ...decisions({ masked }),
    ...consultations({ masked }),
    ...hostings({ masked }),
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
    const lead = proposalLead(masked.slice(verb.end, noun.index));
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

/** How many characters after the stage verb precede the proposal: 了, the proposer (…共和国, 中方), 提出的, 关于. */
function proposalLead(text: string): number {
  const particle = text.startsWith('了') ? 1 : 0;
  const rest = text.slice(particle);
  const proposerLength = matchCountryPrefix(rest)?.alias.length ?? (/^\p{Script=Han}方/u.test(rest) ? 2 : 0);
  const proposed = /^(?:提出的)?(?:关于|有关)/.exec(rest.slice(proposerLength));
  // A proposer only counts when 关于 follows it; otherwise the words after the verb are the proposal itself.
  if (proposerLength > 0 && !proposed) return particle;
  return particle + proposerLength + (proposed?.[0].length ?? /^(?:关于|有关)?/.exec(rest)![0].length);
}

function proposalsByName(options: { masked: string }): FoundInitiative[] {
  const { masked } = options;
  return [...masked.matchAll(proposedByName)].flatMap((match) => {
    const verb = lastStageVerb({ masked, before: match.index });
    if (!verb) return [];
    const start = match.index + '提出的'.length;
    return [{ span: { start, end: match.index + match[0].length }, stage: verb.stage }];
  });
}

function decisions(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(decidedObjects)].flatMap((match) => {
    const start = match.index + match[0].length - match[1]!.length;
    return splitItems({ masked: options.masked, span: { start, end: start + match[1]!.length } }).map((span) => ({
      span,
      stage: 'approved' as const,
    }));
  });
}

function consultations(options: { masked: string }): FoundInitiative[] {
  const { masked } = options;
  return [...masked.matchAll(consultedFoundation)].flatMap((match) => {
    const start = match.index + '继续就'.length;
    const stage = lastStageVerb({ masked, before: match.index })?.stage ?? 'noted';
    return splitItems({ masked, span: { start, end: start + match[1]!.length } }, /以及|和|及/g).map((span) => ({
      span,
      stage,
    }));
  });
}

function hostings(options: { masked: string }): FoundInitiative[] {
  return [...options.masked.matchAll(supportedHosting)].flatMap((match) => {
    const [, host, hosting, place] = match;
    const hostIsActor = host === '' || matchCountryPrefix(host!)?.alias === host || /^\p{Script=Han}方$/u.test(host!);
    if (!hostIsActor || /框架|平台|机制/.test(place!)) return [];
    const end = match.index + match[0].length;
    return [{ span: { start: end - hosting!.length, end }, stage: 'supported' as const }];
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
