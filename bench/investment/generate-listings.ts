import { keywordTokensOf } from '../../packages/investment/src/keywords/keyword-tokens.ts';
import { isicDivisions, isicSectionOf } from '../../packages/investment/src/reference/isic.ts';
import {
  financingInstruments,
  investorTypes,
  partneringTypes,
  projectStages,
} from '../../packages/investment/src/vocabulary.ts';
import type { Random } from '../support/prng.ts';

/**
 * Benchmark listings: projects and profiles spread like an investment portal's (manufacturing, energy, transport,
 * agriculture and mining first; the larger economies list more), written from a few trilingual phrases per sector.
 * They exist only in the bench's own database and are never seeded into the platform.
 */

/** Relative weight of each ISIC division in the generated projects; unlisted divisions are rare. */
const divisionWeights: Record<string, number> = {
  '01': 6,
  '03': 1,
  '07': 3,
  '06': 2,
  '08': 1,
  '10': 6,
  '11': 1,
  '13': 3,
  '14': 2,
  '19': 2,
  '20': 3,
  '21': 2,
  '23': 2,
  '24': 3,
  '26': 2,
  '27': 2,
  '28': 3,
  '29': 3,
  '35': 10,
  '36': 2,
  '38': 1,
  '41': 2,
  '42': 4,
  '46': 2,
  '47': 1,
  '49': 4,
  '52': 3,
  '55': 3,
  '61': 2,
  '62': 3,
  '63': 2,
  '72': 1,
  '85': 1,
  '86': 2,
};

const countryWeights: Record<string, number> = {
  CN: 16,
  RU: 12,
  IN: 12,
  KZ: 12,
  UZ: 12,
  PK: 8,
  IR: 7,
  KG: 7,
  TJ: 6,
  BY: 8,
};

const stageWeights: Record<string, number> = {
  idea: 1,
  pre_feasibility: 2,
  feasibility: 3,
  ready_for_financing: 4,
  under_construction: 2,
  operating: 1,
};

/** Phrases by section, in the three languages, that listings of that section use. */
const phrasesBySection: Record<string, readonly string[]> = {
  A: [
    '现代农业园区与滴灌',
    'агропромышленный комплекс и теплицы',
    'greenhouse vegetables and irrigation',
    'cotton farming cluster',
  ],
  B: ['铜矿开采与选矿', 'медный рудник и обогатительная фабрика', 'gold mining and ore processing', 'lithium mine'],
  C: [
    '纺织服装厂',
    'хлопкоперерабатывающий и текстильный комбинат',
    'pharmaceutical plant',
    'food processing and packaging',
    'electric vehicle assembly',
    'battery cell factory',
    '水泥厂',
  ],
  D: [
    '光伏电站和储能',
    'солнечная электростанция',
    'wind farm and grid connection',
    '水电站',
    'ветровая электростанция',
  ],
  E: ['污水处理厂', 'переработка отходов', 'water supply network'],
  F: ['高速公路建设', 'строительство автодороги', 'railway construction'],
  G: ['跨境电商物流中心', 'оптовая торговля и склад', 'e-commerce marketplace'],
  H: [
    '铁路集装箱物流中心',
    'логистический центр и сухой порт',
    'multimodal transport corridor',
    'airport cargo terminal',
  ],
  I: ['旅游度假酒店', 'туристический курорт', 'hotel and tourism complex'],
  J: ['数据中心与云计算', 'центр обработки данных', 'software and IT services', 'fibre telecommunications network'],
  K: ['金融科技支付平台', 'финтех платежная система'],
  M: ['研发中心', 'научно-исследовательский центр биотехнологий', 'engineering design services'],
  P: ['职业教育培训中心', 'университет и обучение'],
  Q: ['医院建设', 'многопрофильная клиника', 'medical devices production'],
};

const pickWeighted = (random: Random, weights: Record<string, number>): string => {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries.at(-1)![0];
};

const languagesByCountry: Record<string, readonly string[]> = {
  CN: ['zh', 'en'],
  RU: ['ru', 'en'],
  IN: ['en', 'hi'],
  KZ: ['ru', 'kk', 'en'],
  UZ: ['ru', 'uz', 'en'],
  PK: ['en', 'ur'],
  IR: ['fa', 'en'],
  KG: ['ru', 'ky'],
  TJ: ['ru', 'tg'],
  BY: ['ru', 'be'],
};

/** Tokens are computed once per phrase and reused, as the product computes them once per write. */
const tokenCache = new Map<string, string[]>();
const tokensOf = (texts: string[]) => {
  const key = texts.join('\n');
  let tokens = tokenCache.get(key);
  if (!tokens) {
    tokens = keywordTokensOf({ texts });
    tokenCache.set(key, tokens);
  }
  return tokens;
};

const phrasesFor = (random: Random, division: string) => {
  const phrases = phrasesBySection[isicSectionOf(division) ?? 'C'] ?? phrasesBySection.C!;
  return [random.pick(phrases), random.pick(phrases)];
};

/** Financing sought in USD: log-uniform between 500 thousand and 800 million. */
const amountUsd = (random: Random) => Math.round(10 ** (5.7 + random.next() * 3.2) / 1000) * 1000;

const future = (random: Random, now: number) => new Date(now + random.int(5, 360) * 86_400_000).toISOString();
const past = (random: Random, now: number) => new Date(now - random.int(1, 200) * 86_400_000).toISOString();

export interface GeneratedProject {
  owner_user_id: string;
  title: object;
  summary: object;
  sponsor_name: string;
  country_code: string;
  region_code: string;
  isic_division: string;
  isic_section: string;
  stage: string;
  capital_cost: number;
  currency: string;
  capital_cost_usd: number;
  financing_instruments: string[];
  financing_amount: number;
  financing_amount_usd: number;
  sdgs: number[];
  contact: object;
  languages: string[];
  keywords: string[];
  keyword_tokens: string[];
  status: string;
  expires_at: string;
  last_activity_at: string;
}

export function generateProject(
  random: Random,
  options: { ownerIds: readonly string[]; index: number; now: number },
): GeneratedProject {
  const { ownerIds, index, now } = options;
  const division = pickWeighted(random, divisionWeights);
  const country = pickWeighted(random, countryWeights);
  const [first, second] = phrasesFor(random, division);
  const amount = amountUsd(random);
  const roll = random.next();
  const status = roll < 0.8 ? 'published' : roll < 0.9 ? 'submitted' : roll < 0.95 ? 'expired' : 'withdrawn';
  return {
    owner_user_id: random.pick(ownerIds),
    title: { [/[\u4e00-\u9fff]/.test(first!) ? 'zh' : /[а-я]/i.test(first!) ? 'ru' : 'en']: `${first} #${index}` },
    summary: { en: `${first}; ${second}` },
    sponsor_name: `Bench sponsor ${index % 5000}`,
    country_code: country,
    region_code: `${country}-${String(random.int(1, 12)).padStart(2, '0')}`,
    isic_division: division,
    isic_section: isicSectionOf(division)!,
    stage: pickWeighted(random, stageWeights),
    capital_cost: amount * 2,
    currency: 'USD',
    capital_cost_usd: amount * 2,
    financing_instruments: random.shuffle(financingInstruments).slice(0, random.int(1, 3)),
    financing_amount: amount,
    financing_amount_usd: amount,
    sdgs: [random.int(1, 17)],
    contact: { name: 'Bench', email: 'bench@example.org', phone: null, organisation: null },
    languages: [...(languagesByCountry[country] ?? ['en'])],
    keywords: [],
    keyword_tokens: tokensOf([first!, second!]),
    status,
    expires_at: status === 'expired' ? past(random, now) : future(random, now),
    last_activity_at: past(random, now),
  };
}

export interface GeneratedProfile {
  owner_user_id: string;
  kind: string;
  partnering_type: string | null;
  investor_type: string | null;
  organisation_name: string;
  title: object;
  description: object;
  country_code: string;
  ticket_min_usd: number | null;
  ticket_max_usd: number | null;
  sectors: string[];
  target_countries: string[];
  target_regions: string[];
  stages: string[];
  instruments: string[];
  partnership_types: string[];
  languages: string[];
  keywords: string[];
  keyword_tokens: string[];
  contact: object;
  status: string;
  expires_at: string;
  last_activity_at: string;
}

export function generateProfile(
  random: Random,
  options: { ownerIds: readonly string[]; index: number; now: number },
): GeneratedProfile {
  const { ownerIds, index, now } = options;
  const investor = random.chance(0.45);
  const country = pickWeighted(random, countryWeights);
  const sectors = [
    ...new Set(
      Array.from({ length: random.int(1, 3) }, () => {
        const division = pickWeighted(random, divisionWeights);
        // About a third of the sectors a profile names are whole sections.
        return random.chance(0.35) ? isicSectionOf(division)! : division;
      }),
    ),
  ];
  const [first, second] = phrasesFor(
    random,
    sectors[0]!.length === 1 ? (isicDivisions.find((d) => isicSectionOf(d) === sectors[0]) ?? '10') : sectors[0]!,
  );
  const ticketMin = investor ? Math.round(10 ** (5.5 + random.next() * 2.5) / 1000) * 1000 : null;
  const roll = random.next();
  const status = roll < 0.85 ? 'published' : roll < 0.93 ? 'expired' : 'withdrawn';
  return {
    owner_user_id: random.pick(ownerIds),
    kind: investor ? 'investor' : 'partnering',
    partnering_type: investor ? null : random.pick(partneringTypes),
    investor_type: investor ? random.pick(investorTypes) : null,
    organisation_name: `Bench organisation ${index}`,
    title: { en: `${first} #${index}` },
    description: { en: `${first}; ${second}` },
    country_code: country,
    ticket_min_usd: ticketMin,
    ticket_max_usd: ticketMin === null ? null : ticketMin * random.int(3, 30),
    sectors,
    target_countries: random.chance(0.6) ? random.shuffle(Object.keys(countryWeights)).slice(0, random.int(1, 4)) : [],
    target_regions: [],
    stages: investor && random.chance(0.7) ? random.shuffle(projectStages).slice(0, random.int(1, 3)) : [],
    instruments: investor ? random.shuffle(financingInstruments).slice(0, random.int(1, 2)) : [],
    partnership_types: ['joint_venture'],
    languages: [...(languagesByCountry[country] ?? ['en'])],
    keywords: [],
    keyword_tokens: tokensOf([first!, second!]),
    contact: { name: 'Bench', email: 'bench@example.org', phone: null, organisation: null },
    status,
    expires_at: status === 'expired' ? past(random, now) : future(random, now),
    last_activity_at: past(random, now),
  };
}
