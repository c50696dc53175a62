import { z } from 'zod';
import type { SourcedFact, TrilingualName } from '../tables.ts';
import { linkStatuses, nodeKinds, transportModes } from '../vocabulary.ts';

/** The starter dataset's own shape (`packages/freight/seed/freight-network.json`, see its `meta.schema`). */
export const networkDatasetSchema = z.object({
  meta: z.object({
    title: z.string(),
    version: z.string(),
    detour_factors: z.record(z.string(), z.number()),
    coordinates_note: z.string(),
    generated: z.string(),
  }),
  nodes: z.array(
    z.object({
      id: z.string(),
      name_en: z.string(),
      name_zh: z.string(),
      name_ru: z.string(),
      country: z.string().length(2),
      lat: z.number(),
      lon: z.number(),
      kind: z.enum(nodeKinds),
      gauge: z.string().nullable(),
      border_of: z.array(z.string()).optional(),
      status: z.string().optional(),
      coord_note: z.string().optional(),
      note: z.string().optional(),
      facts: z.array(z.object({ text: z.string(), source: z.string() })).optional(),
    }),
  ),
  edges: z.array(
    z.object({
      from: z.string(),
      to: z.string(),
      mode: z.enum(transportModes),
      distance_km: z.number().positive(),
      transit_h: z.number().nullable(),
      gauge_change: z.boolean(),
      source: z.string(),
      gauge: z.string().nullable().optional(),
      status: z.enum(linkStatuses),
      note: z.string().optional(),
      great_circle_km: z.number().optional(),
      dwell_h: z.union([z.number(), z.tuple([z.number(), z.number()])]).optional(),
      dwell_source: z.string().optional(),
    }),
  ),
  services: z.array(
    z.object({
      name: z.string(),
      via: z.array(z.string()),
      distance_km: z.union([z.number(), z.string()]).nullable(),
      transit_days: z
        .union([z.number(), z.string(), z.record(z.string(), z.union([z.number(), z.string()]))])
        .nullable(),
      source: z.string(),
      note: z.string().optional(),
    }),
  ),
});
export type NetworkDataset = z.infer<typeof networkDatasetSchema>;

/** A node row as the dataset gives it (the columns the seed owns). */
export interface SeedNode {
  id: string;
  name: TrilingualName;
  countryCode: string;
  latitude: number;
  longitude: number;
  coordinatesApproximate: boolean;
  coordinatesNote: string | null;
  kind: string;
  gauge: string | null;
  borderOf: string[] | null;
  note: string | null;
  facts: SourcedFact[];
  source: string;
}

export interface SeedEdge {
  fromNodeId: string;
  toNodeId: string;
  mode: string;
  distanceKm: number;
  distanceEstimated: boolean;
  greatCircleKm: number | null;
  distanceSource: string;
  transitHours: number | null;
  gauge: string | null;
  gaugeChange: boolean;
  status: string;
  dwellHoursMin: number | null;
  dwellHoursMax: number | null;
  dwellSource: string | null;
  note: string | null;
}

export interface SeedService {
  id: string;
  name: TrilingualName;
  viaNodeIds: string[];
  distanceKm: string | null;
  transitDays: string | null;
  source: string;
  note: string | null;
  planned: boolean;
}

/**
 * Our names for the dataset's corridor services: the English name is the dataset's; the Chinese and Russian names
 * are our own unofficial translations. Keyed by the dataset's English name, which is the service's identity there.
 */
export const serviceNames: Record<string, { id: string; zh: string; ru: string; planned?: true }> = {
  'Chongqing–Duisburg (Yuxinou) China–Europe train': {
    id: 'chongqing-duisburg-yuxinou',
    zh: '渝新欧（重庆—杜伊斯堡）中欧班列',
    ru: 'Контейнерный поезд Китай — Европа Чунцин — Дуйсбург («Юйсиньоу»)',
  },
  'Zhengzhou–Germany China–Europe train': {
    id: 'zhengzhou-germany',
    zh: '郑州—德国中欧班列',
    ru: 'Контейнерный поезд Китай — Европа Чжэнчжоу — Германия',
  },
  'Duisburg–Chongqing (2018 reality)': {
    id: 'duisburg-chongqing-2018',
    zh: '杜伊斯堡—重庆（2018年实际运行情况）',
    ru: 'Дуйсбург — Чунцин (фактические сроки 2018 года)',
  },
  'Middle Corridor: Altynkol → Baku / Poti-Batumi / Constanța': {
    id: 'middle-corridor-altynkol',
    zh: '中间走廊：阿腾科里 → 巴库／波季—巴统／康斯坦察',
    ru: 'Средний коридор: Алтынколь → Баку / Поти-Батуми / Констанца',
  },
  'Middle Corridor end-to-end (China–Europe)': {
    id: 'middle-corridor-end-to-end',
    zh: '中间走廊全程（中国—欧洲）',
    ru: 'Средний коридор целиком (Китай — Европа)',
  },
  'China → Black Sea ports via TITR (2023)': {
    id: 'china-black-sea-titr-2023',
    zh: '中国 → 黑海港口，经跨里海国际运输走廊（2023年）',
    ru: 'Китай → порты Чёрного моря по ТМТМ (2023)',
  },
  'Chongqing (Tuanjiecun) → Helsinki via TITR': {
    id: 'chongqing-helsinki-titr',
    zh: '重庆（团结村）→ 赫尔辛基，经跨里海国际运输走廊',
    ru: 'Чунцин (Туаньцзецунь) → Хельсинки по ТМТМ',
  },
  'Lianyungang → Almaty / Tashkent': {
    id: 'lianyungang-almaty-tashkent',
    zh: '连云港 → 阿拉木图／塔什干',
    ru: 'Ляньюньган → Алматы / Ташкент',
  },
  'China–Kazakhstan–Turkmenistan–Iran first train (Zhejiang → Tehran)': {
    id: 'china-iran-first-train',
    zh: '中国—哈萨克斯坦—土库曼斯坦—伊朗首列班列（浙江 → 德黑兰）',
    ru: 'Первый поезд Китай — Казахстан — Туркменистан — Иран (Чжэцзян → Тегеран)',
  },
  'Uzen–Gorgan (Kazakhstan–Turkmenistan–Iran railway)': {
    id: 'uzen-gorgan',
    zh: '乌津—戈尔甘铁路（哈萨克斯坦—土库曼斯坦—伊朗）',
    ru: 'Узень — Горган (железная дорога Казахстан — Туркменистан — Иран)',
  },
  'INSTC Finland → Mumbai (Russia–Azerbaijan–Iran)': {
    id: 'instc-finland-mumbai',
    zh: '国际南北运输走廊：芬兰 → 孟买（俄罗斯—阿塞拜疆—伊朗）',
    ru: 'МТК «Север — Юг»: Финляндия → Мумбаи (Россия — Азербайджан — Иран)',
  },
  'INSTC St Petersburg → Navi Mumbai test shipment': {
    id: 'instc-st-petersburg-navi-mumbai',
    zh: '国际南北运输走廊：圣彼得堡 → 新孟买试运',
    ru: 'МТК «Север — Юг»: пробная отправка Санкт-Петербург → Нави-Мумбаи',
  },
  'China–Kyrgyzstan–Uzbekistan railway (planned)': {
    id: 'cku-railway',
    zh: '中吉乌铁路（规划中）',
    ru: 'Железная дорога Китай — Кыргызстан — Узбекистан (планируется)',
    planned: true,
  },
  'Trans-Afghan railway (planned) Termez–Mazar-i-Sharif–Kabul–Peshawar': {
    id: 'trans-afghan-railway',
    zh: '跨阿富汗铁路（规划中）：铁尔梅兹—马扎里沙里夫—喀布尔—白沙瓦',
    ru: 'Трансафганская железная дорога (планируется): Термез — Мазари-Шариф — Кабул — Пешавар',
    planned: true,
  },
  'Vladivostok → Małaszewicze (Japan land-bridge train)': {
    id: 'vladivostok-malaszewicze',
    zh: '符拉迪沃斯托克 → 马拉舍维奇（日本陆桥班列）',
    ru: 'Владивосток → Малашевиче (поезд «сухопутного моста» из Японии)',
  },
};

/** Service names in zh and ru are ours; the English name is the dataset's wording. */
export const unofficialServiceNameLanguages = ['zh', 'ru'] as const;

/** A distance is the dataset's estimate when its source says so instead of naming a publication. */
export const isEstimatedSource = (source: string): boolean => /^estimated\b/i.test(source.trim());

/** Published figures kept as text: a number, a range, or per-destination values (`to_baku: 9; to_poti_batumi: 12`). */
function figureText(value: number | string | Record<string, number | string> | null): string | null {
  if (value === null) return null;
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([key, figure]) => `${key}: ${figure}`)
      .join('; ');
  }
  return String(value);
}

/** Turns the dataset into the rows the seed loads, keeping every provenance field. Throws on a service without names. */
export function datasetToRows(dataset: NetworkDataset): {
  nodes: SeedNode[];
  edges: SeedEdge[];
  services: SeedService[];
} {
  const source = `${dataset.meta.title} v${dataset.meta.version} (${dataset.meta.generated})`;
  const nodes = dataset.nodes.map(
    (node): SeedNode => ({
      id: node.id,
      name: { zh: node.name_zh, ru: node.name_ru, en: node.name_en },
      countryCode: node.country,
      latitude: node.lat,
      longitude: node.lon,
      coordinatesApproximate: true,
      coordinatesNote: node.coord_note ?? null,
      kind: node.kind,
      gauge: node.gauge,
      borderOf: node.border_of ?? null,
      // The dataset marks a few nodes not yet built (`status: planned`); the table keeps that in the note.
      note:
        [node.note, node.status ? `Status in the dataset: ${node.status}` : undefined].filter(Boolean).join('; ') ||
        null,
      facts: node.facts ?? [],
      source,
    }),
  );
  const edges = dataset.edges.map((edge): SeedEdge => {
    const [dwellMin, dwellMax] =
      edge.dwell_h === undefined
        ? [null, null]
        : typeof edge.dwell_h === 'number'
          ? [edge.dwell_h, edge.dwell_h]
          : edge.dwell_h;
    return {
      fromNodeId: edge.from,
      toNodeId: edge.to,
      mode: edge.mode,
      distanceKm: edge.distance_km,
      distanceEstimated: isEstimatedSource(edge.source),
      greatCircleKm: edge.great_circle_km ?? null,
      distanceSource: edge.source,
      transitHours: edge.transit_h,
      gauge: edge.gauge ?? null,
      gaugeChange: edge.gauge_change,
      status: edge.status,
      dwellHoursMin: dwellMin,
      dwellHoursMax: dwellMax,
      dwellSource: edge.dwell_source ?? null,
      note: edge.note ?? null,
    };
  });
  const services = dataset.services.map((service): SeedService => {
    const names = serviceNames[service.name];
    if (!names)
      throw new Error(`The corridor service "${service.name}" has no Chinese and Russian name in serviceNames.`);
    return {
      id: names.id,
      name: { zh: names.zh, ru: names.ru, en: service.name },
      viaNodeIds: service.via,
      distanceKm: figureText(service.distance_km),
      transitDays: figureText(service.transit_days),
      source: service.source,
      note: service.note ?? null,
      planned: names.planned ?? false,
    };
  });
  return { nodes, edges, services };
}
