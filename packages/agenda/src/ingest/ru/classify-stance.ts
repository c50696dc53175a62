import type { Stance } from '../../vocabulary.ts';
import { matchRussianCountryPrefix } from './country-names.ts';
import { maskQuotations } from './mask-quotes.ts';

/**
 * Finite verbs (and fixed verbal phrases) that carry a stance, in the forms communiqués and declarations use: past
 * plural (отметили), present plural (отмечают) and the singular of a council (Совет принял). Tried in order at each
 * word, so longer phrases come first: "высоко оценили" before nothing shorter, "приняли к сведению" and "приняли
 * решение" before "приняли", "выразили обеспокоенность" before "выразили". Gerunds and participles (подтверждая,
 * принятые) are not predicates and are not listed. `afterActorOnly` words (будут, продолжат, намерены) state a
 * commitment only right after who commits (Государства-члены будут…), not in "…что будет способствовать".
 */
interface StanceWord {
  pattern: string;
  stances: readonly Stance[];
  afterActorOnly?: boolean;
}

const stanceWordTable: readonly StanceWord[] = [
  {
    pattern: 'выраз(?:или|ил|ила|ят|ит|ают|ает)\\s+(?:[а-яё]+\\s+)?(?:обеспокоенность|озабоченность)',
    stances: ['concerned'],
  },
  { pattern: 'выраж(?:ают|ает)\\s+(?:[а-яё]+\\s+)?(?:обеспокоенность|озабоченность)', stances: ['concerned'] },
  { pattern: 'выраз(?:или|ил)\\s+поддержку', stances: ['expressed', 'supported'] },
  { pattern: 'подтверд(?:или|ил)\\s+(?:свою\\s+)?поддержку', stances: ['reaffirmed', 'supported'] },
  { pattern: 'подтвержда(?:ют|ет)\\s+(?:свою\\s+)?поддержку', stances: ['reaffirmed', 'supported'] },
  { pattern: 'подтверд(?:или|ил)\\s+(?:свою\\s+)?приверженность', stances: ['reaffirmed', 'committed'] },
  { pattern: 'подтвержда(?:ют|ет)\\s+(?:свою\\s+)?приверженность', stances: ['reaffirmed', 'committed'] },
  { pattern: '(?:высоко|положительно|позитивно)\\s+оцен(?:или|ил|ивают|ивает)', stances: ['appreciated'] },
  { pattern: 'дал[иа]?\\s+высокую\\s+оценку', stances: ['appreciated'] },
  { pattern: 'высоко\\s+цен(?:ят|ит)', stances: ['appreciated'] },
  { pattern: 'прин(?:яли|ял)\\s+участие', stances: [] },
  { pattern: 'прин(?:яли|ял|имают|имает)\\s+к\\s+сведению', stances: ['noted'] },
  { pattern: 'прин(?:яли|ял|имают|имает)\\s+решени[ея]', stances: ['decided'] },
  { pattern: 'принят[оы]\\s+решени[ея]', stances: ['decided'] },
  { pattern: 'выступ(?:или|ил|ают|ает)\\s+в\\s+поддержку', stances: ['supported'] },
  { pattern: 'высказал(?:ись|ся)\\s+в\\s+поддержку', stances: ['supported'] },
  { pattern: '(?:выступ(?:или|ил|ают|ает)|высказал(?:ись|ся))\\s+(?:за|против)', stances: ['advocated'] },
  { pattern: 'обрат(?:или|ил)\\s+(?:особое\\s+)?внимание', stances: ['emphasized'] },
  { pattern: 'прида(?:ют|ет)\\s+(?:[а-яё]+\\s+)?значение', stances: ['emphasized'] },
  { pattern: 'исход(?:ят|ит)\\s+из\\s+того', stances: ['considered'] },
  { pattern: 'подчеркн(?:ули|ул)|подч[её]ркива(?:ют|ет)|акцентировали', stances: ['emphasized'] },
  { pattern: 'подтверд(?:или|ил)|подтвержда(?:ют|ет)', stances: ['reaffirmed'] },
  { pattern: 'отмет(?:или|ил)|отмеча(?:ют|ет)|констатир(?:овали|уют)', stances: ['noted'] },
  { pattern: 'поддерж(?:али|ал|ивают|ивает)', stances: ['supported'] },
  { pattern: 'утверд(?:или|ил)|утвержда(?:ют|ет)|одобр(?:или|ил|яют|яет)|подписали|приняли', stances: ['approved'] },
  { pattern: 'приветств(?:овали|овал|уют|ует)', stances: ['welcomed'] },
  {
    pattern: 'счита(?:ют|ет)|сочли|полага(?:ют|ет)|призна(?:ют|ет|ли|л)|уверены|убеждены|согласились',
    stances: ['considered'],
  },
  { pattern: 'обеспокоены', stances: ['concerned'] },
  { pattern: 'указ(?:али|ал|ывают|ывает)', stances: ['pointed_out'] },
  { pattern: 'призв(?:али|ал)|призыва(?:ют|ет)', stances: ['called_for'] },
  { pattern: 'реш(?:или|ил)|постановили|поручили|поручил|принял', stances: ['decided'] },
  { pattern: 'договорились|условились|привержены|состоится|пройд[её]т|будет\\s+проведен[оа]?', stances: ['committed'] },
  {
    pattern: 'будут|будет|продолж(?:ат|ит|ают|ает)|намерены|намерен|готовы|обязуются|примут|станут',
    stances: ['committed'],
    afterActorOnly: true,
  },
  { pattern: 'выраз(?:или|ил)|выража(?:ют|ет)|заяв(?:или|ил|ляют|ляет)', stances: ['expressed'] },
];

const stanceWords = stanceWordTable.map((entry) => ({
  ...entry,
  regex: new RegExp(`(?:${entry.pattern})(?![\\p{L}])`, 'iyu'),
}));

const relativePronoun = /(?:котор(?:ые|ый|ая|ое|ую|ым|ых|ой|ом|ого)|что|чтобы)\s*$/iu;
// Adverbs that may stand between the actor and the verb: "Главы делегаций вновь подтвердили…".
const adverbs =
  /(?:\s+(?:также|вновь|ещ[её]\s+раз|в\s+очередной\s+раз|неизменно|последовательно|единодушно|и\s+впредь|впредь|и\s+далее|по-прежнему|в\s+дальнейшем|тв[её]рдо|решительно|активно|всецело|полностью|совместно|и))+$/iu;
// Who may commit: the heads of delegation, member states, authorities, the parties, the council, or "they".
const actorEnding =
  /(?:делегаций|члены(?:\s+(?:ШОС|Организации|Шанхайской\s+организации\s+сотрудничества))?|органы(?:\s+государств\s*[-–—]?\s*членов)?|ведомства(?:\s+государств\s*[-–—]?\s*членов)?|стороны|Совет|они|государства)$/iu;

export interface StanceClassification {
  stance: Stance;
  otherStances: Stance[];
}

/**
 * The stance of a paragraph from its verbs, in order: the first is the main stance, the rest (each once, without the
 * main one) are `otherStances` ("…подчеркнули…, отметили…" → emphasized, [noted]). A verb right after a relative
 * pronoun or "что" (…проекты, которые будут…) is not the paragraph's own predicate. Words inside quotations are
 * ignored. A paragraph without any stance verb (…обменялись мнениями…) reads as `expressed`.
 */
export function classifyRussianStance(text: string): StanceClassification {
  const masked = maskQuotations(text);
  const found: Stance[] = [];
  let index = 0;
  while (index < masked.length) {
    const startsWord = index === 0 || !/[\p{L}\d-]/u.test(masked[index - 1]!);
    const candidate = startsWord ? matchAt({ masked, index }) : null;
    if (candidate && countsAsPredicate({ masked, index, afterActorOnly: candidate.entry.afterActorOnly === true })) {
      found.push(...candidate.entry.stances);
      index += candidate.length;
    } else index += 1;
  }
  const [stance = 'expressed', ...rest] = found;
  return { stance, otherStances: [...new Set(rest)].filter((other) => other !== stance) };
}

function matchAt(options: {
  masked: string;
  index: number;
}): { entry: (typeof stanceWords)[number]; length: number } | null {
  for (const entry of stanceWords) {
    entry.regex.lastIndex = options.index;
    const match = entry.regex.exec(options.masked);
    if (match) return { entry, length: match[0].length };
  }
  return null;
}

function countsAsPredicate(options: { masked: string; index: number; afterActorOnly: boolean }): boolean {
  const before = options.masked.slice(0, options.index).trimEnd().replace(adverbs, '');
  if (relativePronoun.test(before)) return false;
  if (!options.afterActorOnly) return true;
  return endsWithActor(before);
}

/** Whether the text ends with someone who can be a verb's subject: an actor word or a state's name. */
function endsWithActor(text: string): boolean {
  const trimmed = text.trimEnd();
  if (actorEnding.test(trimmed)) return true;
  // A state's name in the nominative closes the text: "…Российская Федерация".
  for (let start = Math.max(0, trimmed.length - 60); start < trimmed.length; start += 1) {
    if (start > 0 && /\p{L}/u.test(trimmed[start - 1]!)) continue;
    const match = matchRussianCountryPrefix(trimmed.slice(start));
    if (match && start + match.form.length === trimmed.length && match.form === match.nominative) return true;
  }
  return false;
}

/** Whether the text starts with a stance verb, i.e. what precedes it can be read as its subject. */
export function startsWithRussianStanceWord(text: string): boolean {
  return matchAt({ masked: maskQuotations(text), index: 0 }) !== null;
}
