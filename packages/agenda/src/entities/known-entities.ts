import { documentIdFor, initiativeIdFor } from '../ids.ts';

export type EntityKind = 'document' | 'initiative';

/**
 * Documents and initiatives that recur across years and languages under varying names. Each is identified by its
 * Chinese name as the seed communiqué writes it (so the seed's records keep their ids) and recognised by patterns
 * over the alias key (see `aliasKey`): Russian titles are inflected and English drafters vary word order, so exact
 * names alone would split one record into many. Patterns must be specific enough never to match a different
 * entity; the tests hold one example per language for each entry.
 */
export interface KnownEntity {
  kind: EntityKind;
  id: string;
  names: { zh: string; ru: string; en: string };
  patterns: RegExp[];
}

const document = (names: KnownEntity['names'], patterns: RegExp[]): KnownEntity => ({
  kind: 'document',
  id: documentIdFor(names.zh),
  names,
  patterns,
});
const initiative = (idSource: string, names: KnownEntity['names'], patterns: RegExp[]): KnownEntity => ({
  kind: 'initiative',
  id: initiativeIdFor(idSource),
  names,
  patterns,
});

export const knownEntities: readonly KnownEntity[] = [
  document({ zh: '上合组织宪章', ru: 'Хартия ШОС', en: 'SCO Charter' }, [
    /^上合组织宪章$/u,
    /^хартия? шос$|^хартии шос$/u,
    /^(sco charter|charter of (the )?sco)$/u,
  ]),
  document({ zh: '联合国宪章', ru: 'Устав ООН', en: 'Charter of the United Nations' }, [
    /^联合国宪章$/u,
    /^устав\p{L}* (оон|организации объединенных наций)$/u,
    /^(un charter|charter of the (un|united nations))$/u,
  ]),
  document(
    {
      zh: '上合组织未来10年（2026－2035年）发展战略',
      ru: 'Стратегия развития ШОС на 2026–2035 годы',
      en: 'SCO Development Strategy for 2026–2035',
    },
    [
      /上合组织.*发展战略.*2035|上合组织.*2035.*发展战略/u,
      /стратеги\p{L}* развития шос.*2035/u,
      /sco development strategy.*2035|development strategy of (the )?sco.*2035/u,
    ],
  ),
  document(
    {
      zh: '上合组织至2030年经济发展战略',
      ru: 'Стратегия экономического развития ШОС до 2030 года',
      en: 'SCO Economic Development Strategy until 2030',
    },
    [
      /上合组织.*2030年.*经济发展战略/u,
      /стратеги\p{L}* экономического развития шос.*2030/u,
      /sco economic development strategy.*2030|economic development strategy of (the )?sco.*2030/u,
    ],
  ),
  document(
    {
      zh: '上合组织成员国多边经贸合作纲要',
      ru: 'Программа многостороннего торгово-экономического сотрудничества государств – членов ШОС',
      en: 'Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
    },
    [
      /^上合组织成员国多边经贸合作纲要$/u,
      /^программ\p{L}* многостороннего торгово экономического сотрудничества государств\s*(членов)? шос$/u,
      /^program of multilateral trade and economic cooperation (of|among|between) (the )?sco member states$/u,
    ],
  ),
  document(
    {
      zh: '上合组织成员国元首理事会天津宣言',
      ru: 'Тяньцзиньская декларация Совета глав государств – членов ШОС',
      en: 'Tianjin Declaration of the Council of Heads of State of the SCO Member States',
    },
    [/天津宣言/u, /тяньцзиньск\p{L}* деклараци/u, /tianjin declaration/u],
  ),
  document(
    {
      zh: '上合组织成员国政府间国际道路运输便利化协定',
      ru: 'Соглашение между правительствами государств – членов ШОС о создании благоприятных условий для международных автомобильных перевозок',
      en: 'Agreement between the Governments of the SCO Member States on the Facilitation of International Road Transport',
    },
    [
      /国际道路运输便利化协定/u,
      /соглашени\p{L}* .*благоприятных условий для международных автомобильных перевозок/u,
      /agreement .*(facilitation of international road transport|international road transport facilitation)/u,
    ],
  ),
  document(
    {
      zh: '上合组织成员国发展互联互通和建立高效交通走廊构想',
      ru: 'Концепция взаимодействия государств – членов ШОС по развитию взаимосвязанности и созданию эффективных транспортных коридоров',
      en: 'Concept of the SCO Member States on Developing Connectivity and Creating Efficient Transport Corridors',
    },
    [
      /互联互通和建立高效交通走廊构想/u,
      /концепци\p{L}* .*эффективных транспортных коридоров/u,
      /concept .*connectivity and .*efficient transport corridors/u,
    ],
  ),
  initiative('成立上合组织开发银行', { zh: '上合组织开发银行', ru: 'Банк развития ШОС', en: 'SCO Development Bank' }, [
    /上合组织开发银行/u,
    /банк\p{L}* развития шос/u,
    /sco development bank|development bank of (the )?sco/u,
  ]),
  initiative(
    '上合组织发展基金（专门账户）',
    {
      zh: '上合组织发展基金（专门账户）',
      ru: 'Фонд развития ШОС (Специальный счет)',
      en: 'SCO Development Fund (Special Account)',
    },
    [/上合组织发展基金/u, /фонд\p{L}* развития шос/u, /sco development fund|development fund of (the )?sco/u],
  ),
  initiative(
    '共建“一带一路”',
    { zh: '共建“一带一路”', ru: 'Инициатива «Один пояс, один путь»', en: 'Belt and Road Initiative' },
    [/一带一路/u, /один пояс один путь/u, /belt and road/u],
  ),
  initiative(
    '建立“大欧亚伙伴关系”',
    { zh: '“大欧亚伙伴关系”', ru: 'Большое Евразийское партнерство', en: 'Greater Eurasian Partnership' },
    [/大欧亚伙伴关系/u, /больш\p{L}* евразийск\p{L}* партнерств/u, /greater eurasian? partnership/u],
  ),
  initiative(
    '“上合组织粮食安全图集”电子平台',
    {
      zh: '“上合组织粮食安全图集”电子平台',
      ru: 'Электронная платформа «Атлас продовольственной безопасности ШОС»',
      en: 'SCO Food Security Atlas electronic platform',
    },
    [/粮食安全图集/u, /атлас\p{L}* продовольственной безопасности/u, /food security atlas/u],
  ),
  initiative(
    '成立上合组织出口信保与投资保险机构联盟',
    {
      zh: '上合组织出口信保与投资保险机构联盟',
      ru: 'Альянс экспортно-кредитных и инвестиционно-страховых агентств ШОС',
      en: 'SCO Alliance of Export Credit and Investment Insurance Agencies',
    },
    [
      /出口信保与投资保险机构联盟/u,
      /альянс\p{L}* экспортно кредитных/u,
      /alliance of export credit and investment insurance agencies/u,
    ],
  ),
];

/** The known entity of this kind whose patterns match the alias key, or undefined. */
export function matchKnownEntity(options: { kind: EntityKind; key: string }): KnownEntity | undefined {
  return knownEntities.find(
    (entity) => entity.kind === options.kind && entity.patterns.some((pattern) => pattern.test(options.key)),
  );
}
