import type { Language, LocalizedText } from '../../core/src/localized-text.ts';
import type { IncentiveEligibility } from '../src/tables.ts';
import type { IncentiveKind } from '../src/vocabulary.ts';

/** One preferential policy as shipped in the seed; every real record names its source (see SOURCES.md). */
export interface IncentiveSeed {
  id: string;
  countryCode: string;
  kind: IncentiveKind;
  title: LocalizedText;
  benefit: LocalizedText;
  eligibility: IncentiveEligibility;
  validFrom: string | null;
  validTo: string | null;
  legalBasis: LocalizedText;
  sourceUrl: string | null;
  sourceTitle: string | null;
  retrievedOn: string | null;
  isDemo: boolean;
}

/** The day the sources below were read. */
export const sourcesRetrievedOn = '2026-11-27';

/**
 * A text in the three languages. `official` names the language in which the wording is the state's own (an
 * official name of a law, zone or regime); every other language, and every summary written for the platform, is
 * labelled an unofficial translation.
 */
export function seedText(texts: Record<Language, string>, official?: Language): LocalizedText {
  const result: LocalizedText = {};
  for (const language of ['zh', 'ru', 'en'] as const) {
    result[language] = {
      text: texts[language],
      provenance: language === official ? 'official' : 'unofficial_translation',
    };
  }
  return result;
}

const chinaWesternRegions = [
  'CN-CQ',
  'CN-SC',
  'CN-GZ',
  'CN-YN',
  'CN-XZ',
  'CN-SN',
  'CN-GS',
  'CN-NX',
  'CN-QH',
  'CN-XJ',
  'CN-NM',
  'CN-GX',
];

function real(
  record: Omit<IncentiveSeed, 'retrievedOn' | 'isDemo' | 'sourceUrl' | 'sourceTitle'> & {
    sourceUrl: string;
    sourceTitle: string;
  },
): IncentiveSeed {
  return { ...record, retrievedOn: sourcesRetrievedOn, isDemo: false };
}

/** Real preferential policies of SCO member states, each checked against the source it names. */
export const incentiveSeeds: IncentiveSeed[] = [
  real({
    id: 'cn-high-new-tech-enterprise-15',
    countryCode: 'CN',
    kind: 'reduced_tax_rate',
    title: seedText(
      {
        zh: '高新技术企业减按15%税率征收企业所得税',
        ru: 'Ставка налога на прибыль 15% для высокотехнологичных предприятий',
        en: '15% enterprise income tax rate for high and new technology enterprises',
      },
      'zh',
    ),
    benefit: seedText({
      zh: '经认定的高新技术企业按15%税率缴纳企业所得税（法定税率为25%）。',
      ru: 'Признанные высокотехнологичные предприятия платят налог на прибыль по ставке 15% вместо общей ставки 25%.',
      en: 'Certified high and new technology enterprises pay enterprise income tax at 15% instead of the statutory 25%.',
    }),
    eligibility: {
      otherConditions: seedText({
        zh: '须经认定为高新技术企业：满足高新技术领域、核心技术（知识产权）、科技人员、研发费用、高新技术收入及创新能力等要求。',
        ru: 'Требуется признание предприятием высоких и новых технологий: требования к области технологий, ключевой технологии (ИС), научно-техническому персоналу, расходам на НИОКР, доле высокотехнологичной выручки и инновационному потенциалу.',
        en: 'Certification as a high and new technology enterprise: requirements on the high-tech field, core technology (own IP), science and technology staff, R&D expense, high-tech income and innovation capability.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《中华人民共和国企业所得税法》第二十八条',
        ru: 'Закон КНР «О налоге на прибыль предприятий», статья 28',
        en: 'Enterprise Income Tax Law of the PRC, Article 28',
      },
      'zh',
    ),
    sourceUrl:
      'https://www.pwccn.com/en/services/tax/china-rd-incentive-service/high-and-new-technology-enterprise.html',
    sourceTitle: 'PwC China — High and new technology enterprise',
  }),
  real({
    id: 'cn-western-development-15',
    countryCode: 'CN',
    kind: 'reduced_tax_rate',
    title: seedText(
      {
        zh: '西部大开发鼓励类产业企业减按15%税率征收企业所得税',
        ru: 'Ставка налога на прибыль 15% для поощряемых отраслей в западных регионах Китая',
        en: 'Western Development: 15% enterprise income tax rate for encouraged industries',
      },
      'zh',
    ),
    benefit: seedText({
      zh: '设在西部地区的鼓励类产业企业，至2030年12月31日按15%税率缴纳企业所得税。',
      ru: 'Предприятия поощряемых отраслей в западных регионах платят налог на прибыль по ставке 15% до 31 декабря 2030 года.',
      en: 'Enterprises in encouraged industries located in western China pay enterprise income tax at 15% until 31 December 2030.',
    }),
    eligibility: {
      regions: chinaWesternRegions,
      otherConditions: seedText({
        zh: '主营业务须属于《西部地区鼓励类产业目录》所列项目，且主营业务收入占比达到规定标准。',
        ru: 'Основная деятельность должна входить в Каталог поощряемых отраслей западных регионов, а её доля в выручке — достигать установленного порога.',
        en: 'The main business must be listed in the Catalogue of Encouraged Industries in the Western Region, with its share of revenue at the prescribed level.',
      }),
    },
    validFrom: null,
    validTo: '2030-12-31',
    legalBasis: seedText(
      {
        zh: '财政部 税务总局 国家发展改革委公告2020年第23号',
        ru: 'Объявление Минфина, ГНУ и ГКРР КНР № 23 от 2020 года',
        en: 'Ministry of Finance, State Taxation Administration and NDRC Announcement No. 23 of 2020',
      },
      'zh',
    ),
    sourceUrl: 'https://english.shanghai.gov.cn/en-Taxation/20231209/ef4a566d2cec452385905a839409576d.html',
    sourceTitle: 'Shanghai Municipal People’s Government — Preferential tax policies',
  }),
  real({
    id: 'cn-hainan-ftp-15',
    countryCode: 'CN',
    kind: 'reduced_tax_rate',
    title: seedText(
      {
        zh: '海南自由贸易港鼓励类产业企业减按15%税率征收企业所得税',
        ru: 'Ставка налога на прибыль 15% для поощряемых отраслей в свободном торговом порту Хайнань',
        en: 'Hainan Free Trade Port: 15% corporate income tax rate for encouraged industries',
      },
      'zh',
    ),
    benefit: seedText({
      zh: '注册在海南自由贸易港并实质性运营的鼓励类产业企业，按15%税率缴纳企业所得税。',
      ru: 'Предприятия поощряемых отраслей, зарегистрированные и реально работающие в свободном торговом порту Хайнань, платят налог на прибыль по ставке 15%.',
      en: 'Enterprises in encouraged industries registered and substantively operating in the Hainan Free Trade Port pay corporate income tax at 15%.',
    }),
    eligibility: {
      regions: ['CN-HI'],
      otherConditions: seedText({
        zh: '主营业务属于《海南自由贸易港鼓励类产业目录》且其收入占企业收入总额60%以上；须在海南实质性运营。',
        ru: 'Основная деятельность входит в Каталог поощряемых отраслей порта Хайнань и даёт более 60% выручки; требуется реальное ведение деятельности на Хайнане.',
        en: 'Main business listed in the Hainan FTP Catalogue of Encouraged Industries and above 60% of total income; substantive operation in Hainan required.',
      }),
    },
    validFrom: '2020-01-01',
    validTo: null,
    legalBasis: seedText(
      {
        zh: '财税〔2020〕31号《关于海南自由贸易港企业所得税优惠政策的通知》',
        ru: 'Циркуляр Минфина и ГНУ КНР Цайшуй [2020] № 31',
        en: 'Circular Cai Shui [2020] No. 31 on preferential corporate income tax policy for the Hainan Free Trade Port',
      },
      'zh',
    ),
    sourceUrl: 'http://www.ehainan.gov.cn/2021-02/01/c_586680.htm',
    sourceTitle: 'eHainan / China Daily — New industry catalogue encourages investment in Hainan port (2021-02-01)',
  }),
  real({
    id: 'ru-special-economic-zone-industrial',
    countryCode: 'RU',
    kind: 'special_economic_zone_regime',
    title: seedText(
      {
        zh: '俄罗斯工业生产型经济特区入驻企业制度',
        ru: 'Режим резидента особой экономической зоны промышленно-производственного типа',
        en: 'Resident regime of an industrial-production special economic zone (Russia)',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '利润税联邦部分2%、地区部分0–13.5%（常规20%）；财产税10年为0；土地税5年为0；运输税10年为0；自由关税区制度。',
      ru: 'Налог на прибыль: 2% в федеральный бюджет и 0–13,5% в региональный (вместо 20%); налог на имущество 0% 10 лет; земельный налог 0% 5 лет; транспортный налог 0% 10 лет; процедура свободной таможенной зоны.',
      en: 'Profit tax 2% federal plus 0–13.5% regional (instead of 20%); property tax 0% for 10 years; land tax 0% for 5 years; transport tax 0% for 10 years; free customs zone procedure.',
    }),
    eligibility: {
      parkIds: ['ru-alabuga'],
      minInvestment: { amount: 120_000_000, currency: 'RUB' },
      otherConditions: seedText({
        zh: '须在特区所在市镇注册并在特区内实施投资项目；前三年投资不少于4000万卢布；地区税率由各联邦主体法律确定。',
        ru: 'Регистрация в муниципальном образовании ОЭЗ и реализация проекта на её территории; не менее 40 млн руб. инвестиций в первые 3 года; региональная ставка устанавливается законом субъекта РФ.',
        en: 'Registration in the municipality of the zone and the project carried out inside it; at least RUB 40 million invested in the first 3 years; the regional rate is set by each region’s law.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '2005年7月22日第116-FZ号联邦法《关于俄罗斯联邦经济特区》',
        ru: 'Федеральный закон от 22.07.2005 № 116-ФЗ «Об особых экономических зонах в Российской Федерации»',
        en: 'Federal Law No. 116-FZ of 22 July 2005 on special economic zones in the Russian Federation',
      },
      'ru',
    ),
    sourceUrl: 'https://en.investchr.ru/support/regionalform/special-economic-zone-novocheboksarsk',
    sourceTitle: 'Investment Agency of the Chuvash Republic — Special economic zone (industrial-production type)',
  }),
  real({
    id: 'ru-priority-development-territory',
    countryCode: 'RU',
    kind: 'reduced_tax_rate',
    title: seedText(
      {
        zh: '俄罗斯超前社会经济发展区（TOR）入驻企业税收优惠',
        ru: 'Налоговые льготы резидентов территорий опережающего социально-экономического развития (ТОР)',
        en: 'Tax relief for residents of priority social and economic development territories (TOR)',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '自首次获利起5年利润税联邦部分0%，地区部分不高于5%；随后5年地区部分不低于10%；另有财产税和保险费优惠。',
      ru: 'Федеральная часть налога на прибыль 0% пять лет с года первой прибыли; региональная — не выше 5% в эти пять лет и не ниже 10% следующие пять; льготы по налогу на имущество и страховым взносам.',
      en: 'Federal profit tax 0% for five years from the first profitable year; regional part at most 5% in those years and not below 10% in the next five; property tax and social contribution relief.',
    }),
    eligibility: {
      minInvestment: { amount: 2_500_000, currency: 'RUB' },
      minJobs: 10,
      otherConditions: seedText({
        zh: '须在TOR境内注册和经营，TOR内经营收入不少于总收入的90%；具体TOR的设立决定规定行业清单及最低投资额和就业岗位（首年不少于250万卢布和10个岗位为最低值）。',
        ru: 'Регистрация и деятельность на территории ТОР; не менее 90% доходов от деятельности в ТОР; решение о создании каждой ТОР задаёт виды деятельности, минимальные инвестиции и рабочие места (не менее 2,5 млн руб. и 10 мест в первый год — нижняя граница).',
        en: 'Registration and activity inside the territory; at least 90% of income from the activity there; each territory’s founding decision sets the permitted activities and minimum investment and jobs (RUB 2.5 million and 10 jobs in the first year are the lowest).',
      }),
    },
    validFrom: '2015-03-30',
    validTo: null,
    legalBasis: seedText(
      {
        zh: '2014年12月29日第473-FZ号联邦法《关于俄罗斯联邦超前社会经济发展区》',
        ru: 'Федеральный закон от 29.12.2014 № 473-ФЗ «О территориях опережающего социально-экономического развития в Российской Федерации»',
        en: 'Federal Law No. 473-FZ of 29 December 2014 on priority social and economic development territories',
      },
      'ru',
    ),
    sourceUrl: 'https://iep.ru/en/residents-of-priority-development-areas-will-be-entitled-to-tax-benefits.html',
    sourceTitle: 'Gaidar Institute — Residents of Priority Development Areas Will Be Entitled to Tax Benefits',
  }),
  real({
    id: 'ru-special-investment-contract',
    countryCode: 'RU',
    kind: 'other',
    title: seedText(
      {
        zh: '俄罗斯特别投资合同（SPIC 2.0）',
        ru: 'Специальный инвестиционный контракт (СПИК 2.0)',
        en: 'Special investment contract (SPIC 2.0)',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '税收条件不恶化的稳定承诺、利润税联邦部分0%等税收优惠、简化取得“俄罗斯制造”地位、便利参与政府采购和行业补贴；合同期限最长15年（投资≤500亿卢布）或20年（>500亿卢布）。',
      ru: 'Неухудшение налоговых условий, налоговые льготы (в т. ч. 0% федеральной части налога на прибыль), упрощённое получение статуса российской продукции, доступ к госзакупкам и отраслевым субсидиям; срок до 15 лет (инвестиции до 50 млрд руб.) или до 20 лет (свыше 50 млрд руб.).',
      en: 'Non-deterioration of tax conditions, tax relief (including 0% federal profit tax), simplified “made in Russia” status, access to public procurement and industry subsidies; term up to 15 years (investment up to RUB 50 billion) or 20 years (above).',
    }),
    eligibility: {
      sectors: ['C'],
      otherConditions: seedText({
        zh: '项目须引进或开发政府清单所列现代技术并实现工业产品批量生产；通过竞争性遴选订立；合同中约定产量、税收和就业等指标。',
        ru: 'Проект внедряет или разрабатывает современную технологию из правительственного перечня для серийного производства; контракт заключается по итогам конкурсного отбора; в нём фиксируются объёмы выпуска, налогов и рабочих мест.',
        en: 'The project introduces or develops a modern technology from the Government’s list for serial industrial production; concluded after a competitive selection; output, taxes paid and jobs are fixed in the contract.',
      }),
    },
    validFrom: '2019-08-13',
    validTo: '2030-12-31',
    legalBasis: seedText(
      {
        zh: '2014年12月31日第488-FZ号联邦法《关于俄罗斯联邦工业政策》',
        ru: 'Федеральный закон от 31.12.2014 № 488-ФЗ «О промышленной политике в Российской Федерации»',
        en: 'Federal Law No. 488-FZ of 31 December 2014 on industrial policy in the Russian Federation',
      },
      'ru',
    ),
    sourceUrl: 'https://gisp.gov.ru/invest/de/en-EN/article/group/4',
    sourceTitle: 'GISP (State industrial information system) — Special Investment Contract (SPIC 2.0)',
  }),
  real({
    id: 'ru-skolkovo-participant',
    countryCode: 'RU',
    kind: 'tax_holiday',
    title: seedText(
      {
        zh: '斯科尔科沃创新中心项目参与者税收优惠',
        ru: 'Налоговые льготы участников проекта инновационного центра «Сколково»',
        en: 'Tax relief for Skolkovo Innovation Centre project participants',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '利润税0%（在规定收入和利润限额内）、免征增值税和财产税、保险费率14%；利润税和增值税优惠最长10年。',
      ru: 'Налог на прибыль 0% (в пределах порогов выручки и прибыли), освобождение от НДС и налога на имущество, страховые взносы 14%; льготы по прибыли и НДС — не более 10 лет.',
      en: 'Profit tax at 0% (within revenue and profit thresholds), exemption from VAT and property tax, social contributions at 14%; the profit tax and VAT relief lasts at most 10 years.',
    }),
    eligibility: {
      sectors: ['72', '62', '21', '26', '35'],
      parkIds: ['ru-skolkovo'],
      otherConditions: seedText({
        zh: '须为专为研究活动设立的俄罗斯法人并被列入项目参与者名册；研究方向限于能源效率、核技术、航天、医疗技术和计算机技术等。',
        ru: 'Российское юрлицо, созданное исключительно для исследовательской деятельности и включённое в реестр участников; направления: энергоэффективность, ядерные, космические, медицинские и компьютерные технологии.',
        en: 'A Russian legal entity set up only for research and entered in the participants’ register; fields: energy efficiency, nuclear, space, medical and computer technologies.',
      }),
    },
    validFrom: '2010-09-30',
    validTo: null,
    legalBasis: seedText(
      {
        zh: '2010年9月28日第244-FZ号联邦法《关于斯科尔科沃创新中心》及第243-FZ号联邦法',
        ru: 'Федеральный закон от 28.09.2010 № 244-ФЗ «Об инновационном центре „Сколково“» и Федеральный закон № 243-ФЗ',
        en: 'Federal Law No. 244-FZ of 28 September 2010 on the Skolkovo Innovation Centre, and Federal Law No. 243-FZ',
      },
      'ru',
    ),
    sourceUrl: 'https://bclplaw.ru/en/actual/pressreleases/42212/',
    sourceTitle: 'Goltsblat BLP — Tax Benefits for Skolkovo Innovation Centre Participants (2010-10-25)',
  }),
  real({
    id: 'kz-investment-priority-project',
    countryCode: 'KZ',
    kind: 'tax_holiday',
    title: seedText(
      {
        zh: '哈萨克斯坦投资优先项目的投资优惠',
        ru: 'Инвестиционные преференции по инвестиционному приоритетному проекту',
        en: 'Investment preferences for an investment priority project (Kazakhstan)',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '企业所得税减免100%、土地税和财产税0%、投资补贴、进口关税豁免、国家实物赠与。',
      ru: 'Уменьшение корпоративного подоходного налога на 100%, земельный налог и налог на имущество по ставке 0%, инвестиционная субсидия, освобождение от ввозных таможенных пошлин, государственные натурные гранты.',
      en: 'Corporate income tax reduced by 100%, land tax and property tax at 0%, investment subsidy, exemption from import customs duties, state in-kind grants.',
    }),
    eligibility: {
      otherConditions: seedText({
        zh: '须为新设立的哈萨克斯坦法人，从事政府批准的优先活动清单所列业务，投资额不少于200万个月核算指数（MCI），并与授权机构签订投资合同。',
        ru: 'Вновь созданное юрлицо РК; деятельность из утверждённого Правительством перечня приоритетных видов; инвестиции не менее 2 млн МРП; инвестиционный контракт с уполномоченным органом.',
        en: 'A newly created Kazakh legal entity; activity on the Government’s list of priority activities; investment of at least 2 million monthly calculation indices (MCI); an investment contract with the authorised body.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《哈萨克斯坦共和国企业法典》（投资优惠一章）及《税法典》',
        ru: 'Предпринимательский кодекс Республики Казахстан (глава об инвестиционных преференциях) и Налоговый кодекс',
        en: 'Entrepreneurial Code of the Republic of Kazakhstan (chapter on investment preferences) and the Tax Code',
      },
      'ru',
    ),
    sourceUrl: 'http://invest.gov.kz/pages/investicionnye-preferencii',
    sourceTitle: 'Invest.gov.kz — Investment preferences',
  }),
  real({
    id: 'kz-astana-hub-participant',
    countryCode: 'KZ',
    kind: 'tax_holiday',
    title: seedText(
      {
        zh: '阿斯塔纳枢纽（Astana Hub）参与者税收优惠',
        ru: 'Налоговые льготы участников «Astana Hub»',
        en: 'Tax relief for Astana Hub participants',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '企业所得税0%、个人所得税0%、增值税0%、非居民员工社会税0%；简化签证和劳动许可。',
      ru: 'КПН 0%, ИПН 0%, НДС 0%, социальный налог за работников-нерезидентов 0%; упрощённый визовый и трудовой режим.',
      en: 'Corporate income tax 0%, individual income tax 0%, VAT 0%, social tax for non-resident staff 0%; simplified visa and work-permit regime.',
    }),
    eligibility: {
      sectors: ['J'],
      excludedSectors: ['B', '11', '12'],
      otherConditions: seedText({
        zh: '收入须来自信息通信技术领域的优先活动；不得为底土使用者、自由经济区参与者或应税消费品生产者，不得正在实施投资优先（战略）项目，国家持股不得达到50%。',
        ru: 'Доход от приоритетных видов деятельности в сфере ИКТ; не недропользователь, не участник СЭЗ, не производитель подакцизных товаров; не реализует инвестиционный приоритетный (стратегический) проект; доля государства менее 50%.',
        en: 'Income from priority ICT activities; not a subsoil user, special economic zone participant or producer of excisable goods; no investment priority (strategic) project; state ownership below 50%.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《哈萨克斯坦共和国税法典》相关条款及关于“Astana Hub”的法律',
        ru: 'Налоговый кодекс Республики Казахстан и закон об «Astana Hub»',
        en: 'Tax Code of the Republic of Kazakhstan and the law on Astana Hub',
      },
      'ru',
    ),
    sourceUrl: 'https://en.astanahub.com/en/registration',
    sourceTitle: 'Astana Hub — Registration for participants',
  }),
  real({
    id: 'kg-high-technology-park',
    countryCode: 'KG',
    kind: 'special_economic_zone_regime',
    title: seedText(
      {
        zh: '吉尔吉斯共和国高新技术园区居民制度',
        ru: 'Режим Парка высоких технологий Кыргызской Республики',
        en: 'High Technology Park of the Kyrgyz Republic: resident regime',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '利润税0%、增值税0%、销售税0%；员工个人所得税5%；工资社会缴费12%。',
      ru: 'Налог на прибыль 0%, НДС 0%, налог с продаж 0%; подоходный налог работников 5%; страховые взносы 12%.',
      en: 'Profit tax 0%, VAT 0%, sales tax 0%; employees’ personal income tax 5%; social contributions on wages 12%.',
    }),
    eligibility: {
      sectors: ['62', '63', '82'],
      otherConditions: seedText({
        zh: '90%以上收入须来自园区认可的IT活动（软件开发、信息系统、IT出口、交互式服务中心），且至少80%收入来自出口。',
        ru: 'Более 90% выручки — от видов деятельности Парка (разработка ПО, информационные системы, экспорт ИТ, интерактивные сервисные центры); не менее 80% — от экспорта.',
        en: 'Over 90% of revenue from the Park’s IT activities (software, information systems, IT export, interactive service centres) and at least 80% from exports.',
      }),
    },
    validFrom: '2011-07-08',
    validTo: null,
    legalBasis: seedText(
      {
        zh: '2011年7月8日第84号吉尔吉斯共和国法律《关于吉尔吉斯共和国高新技术园区》',
        ru: 'Закон Кыргызской Республики от 8 июля 2011 года № 84 «О Парке высоких технологий Кыргызской Республики»',
        en: 'Law of the Kyrgyz Republic No. 84 of 8 July 2011 on the High Technology Park',
      },
      'ru',
    ),
    sourceUrl: 'https://kgaccount.com/en/high-technology-park',
    sourceTitle: 'KG Account — High Technology Park (tax comparison of the general regime and HTP residents)',
  }),
  real({
    id: 'kg-free-economic-zones',
    countryCode: 'KG',
    kind: 'special_economic_zone_regime',
    title: seedText(
      {
        zh: '吉尔吉斯斯坦自由经济区制度',
        ru: 'Режим свободных экономических зон Кыргызстана',
        en: 'Free economic zones of Kyrgyzstan',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '在区内经营期间免征企业税、关税及其他规费，仅按销售额缴纳0.1%–2%的特别费用；区内生产商品出口免关税。',
      ru: 'Освобождение от налога на прибыль, таможенных пошлин и иных сборов на время деятельности в зоне; вместо них — сбор 0,1–2% от продаж; экспорт произведённых в зоне товаров без пошлин.',
      en: 'Exemption from corporate tax, customs duties and other fees while operating in the zone, against a fee of 0.1–2% of sales; goods made in the zone are exported duty-free.',
    }),
    eligibility: {
      otherConditions: seedText({
        zh: '须在比什凯克、纳伦、卡拉科尔、迈马克（及列伊列克）自由经济区注册为区内主体；费率因区而异。',
        ru: 'Регистрация субъектом СЭЗ «Бишкек», «Нарын», «Каракол», «Маймак» (или «Лейлек»); ставка сбора зависит от зоны.',
        en: 'Registration as an entity of the Bishkek, Naryn, Karakol, Maimak (or Leilek) zone; the fee rate depends on the zone.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '吉尔吉斯共和国法律《关于自由经济区》',
        ru: 'Закон Кыргызской Республики «О свободных экономических зонах»',
        en: 'Law of the Kyrgyz Republic on free economic zones',
      },
      'ru',
    ),
    sourceUrl: 'https://taxsummaries.pwc.com/kyrgyzstan/corporate/tax-credits-and-incentives',
    sourceTitle:
      'PwC Worldwide Tax Summaries — Kyrgyzstan, Corporate: tax credits and incentives (reviewed 2024-07-25)',
  }),
  real({
    id: 'kg-large-investment-zero-profit-tax',
    countryCode: 'KG',
    kind: 'reduced_tax_rate',
    title: seedText(
      {
        zh: '吉尔吉斯斯坦大型投资新设备生产利润0%税率',
        ru: 'Ставка 0% налога на прибыль от производства на новом оборудовании (крупные инвестиции)',
        en: 'Kyrgyzstan: 0% profit tax on goods made with new equipment (large investments)',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '使用2015年5月1日后购置的新设备在吉生产或加工商品所得利润适用0%利润税。',
      ru: 'Прибыль от произведённых или переработанных в стране товаров на новом оборудовании (не использовавшемся и не купленном до 1 мая 2015 года) облагается по ставке 0%.',
      en: 'Profit from goods produced or processed in the country using only new equipment (not used or bought before 1 May 2015) is taxed at 0%.',
    }),
    eligibility: {
      sectors: ['C'],
      excludedSectors: ['B', '11', '12', '47', '62', '63'],
      otherConditions: seedText({
        zh: '须满足其一：年营业额超过1.7亿索姆；月利润税超过15万索姆；或注册资本超过1000万索姆。',
        ru: 'Одно из условий: годовой оборот свыше 170 млн сомов; ежемесячный налог на прибыль свыше 150 000 сомов; или уставный капитал свыше 10 млн сомов.',
        en: 'One of: annual turnover above KGS 170 million; monthly profit tax above KGS 150,000; or charter capital above KGS 10 million.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《吉尔吉斯共和国税法典》关于大型投资利润征税的条款',
        ru: 'Налоговый кодекс Кыргызской Республики, статья об особенностях налогообложения прибыли от крупных инвестиций',
        en: 'Tax Code of the Kyrgyz Republic, article on profit from large investments',
      },
      'ru',
    ),
    sourceUrl: 'https://taxsummaries.pwc.com/kyrgyzstan/corporate/tax-credits-and-incentives',
    sourceTitle:
      'PwC Worldwide Tax Summaries — Kyrgyzstan, Corporate: tax credits and incentives (reviewed 2024-07-25)',
  }),
  real({
    id: 'tj-free-economic-zones',
    countryCode: 'TJ',
    kind: 'special_economic_zone_regime',
    title: seedText({
      zh: '塔吉克斯坦自由经济区制度',
      ru: 'Режим свободных экономических зон Таджикистана',
      en: 'Free economic zones of Tajikistan',
    }),
    benefit: seedText({
      zh: '区内主体在税法典规定的10种税中只缴纳代扣的个人所得税和社会税；进口商品、机器和设备入区免关税和增值税；出口免税费（报关费除外）。',
      ru: 'Субъекты зоны из 10 налогов Налогового кодекса платят только удерживаемый подоходный налог и социальный налог; ввоз товаров, машин и оборудования в зону без пошлин и НДС; вывоз за рубеж без налогов и пошлин (кроме сборов за оформление).',
      en: 'Zone entities pay only two of the ten taxes of the Tax Code (withheld income tax on wages and social tax); goods, machinery and equipment enter the zone free of duties and VAT; exports leave free of taxes and duties except clearance fees.',
    }),
    eligibility: {
      parkIds: ['tj-sughd-fez', 'tj-dangara-fez'],
      otherConditions: seedText({
        zh: '须在粟特、喷赤、丹加拉或伊什科希姆自由经济区注册为区内主体。',
        ru: 'Регистрация субъектом СЭЗ «Сугд», «Пяндж», «Дангара» или «Ишкашим».',
        en: 'Registration as an entity of the Sughd, Panj, Dangara or Ishkoshim zone.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText({
      zh: '塔吉克斯坦共和国法律《关于自由经济区》',
      ru: 'Закон Республики Таджикистан «О свободных экономических зонах»',
      en: 'Law of the Republic of Tajikistan on free economic zones',
    }),
    sourceUrl: 'http://www.fezsughd.tj/index.php/en/2015-07-01-17-47-38/infrastruktura/98-glavnoe-menyu/165-faq?ml=1',
    sourceTitle: 'Sughd Free Economic Zone — Frequently Asked Questions',
  }),
  real({
    id: 'uz-it-park-resident',
    countryCode: 'UZ',
    kind: 'tax_holiday',
    title: seedText({
      zh: '乌兹别克斯坦IT园区居民税收优惠',
      ru: 'Налоговые льготы резидентов IT-парка Узбекистана',
      en: 'Tax relief for residents of the IT Park of Uzbekistan',
    }),
    benefit: seedText({
      zh: '至2028年1月1日免征所有税种和国家专项基金强制缴费（含所得税、增值税、社会税）；员工工资个人所得税7.5%；进口未在本国生产的设备和软件免关税。',
      ru: 'До 1 января 2028 года — освобождение от всех налогов и обязательных отчислений в фонды (налог на прибыль, НДС, социальный налог); НДФЛ работников 7,5%; ввоз не производимых в стране оборудования и ПО без пошлин.',
      en: 'Until 1 January 2028: exemption from all taxes and mandatory contributions to state funds (income tax, VAT, social tax); employees’ income tax at 7.5%; duty-free import of equipment and software not made in the country.',
    }),
    eligibility: {
      sectors: ['62', '63'],
      otherConditions: seedText({
        zh: '须为在乌兹别克斯坦注册的IT企业并获得IT园区居民身份；优惠仅适用于批准的业务；须按季度报告并接受审计。',
        ru: 'Зарегистрированная в Узбекистане ИТ-компания со статусом резидента IT-парка; льготы — только по одобренным видам деятельности; ежеквартальная отчётность и аудит.',
        en: 'An IT company registered in Uzbekistan holding IT Park resident status; relief only for approved activities; quarterly reports and audit.',
      }),
    },
    validFrom: null,
    validTo: '2027-12-31',
    legalBasis: seedText({
      zh: '乌兹别克斯坦共和国总统关于发展IT园区的法令',
      ru: 'Указы Президента Республики Узбекистан о развитии IT-парка',
      en: 'Decrees of the President of the Republic of Uzbekistan on the IT Park',
    }),
    sourceUrl:
      'https://legesadvokat.com/useful-summaries-and-publications/publications/benefits-and-privileges-for-residents-of-technoparks-in-uzbekistan.htm',
    sourceTitle: 'Leges Advokat — Benefits and Privileges for Residents of Technoparks in Uzbekistan',
  }),
  real({
    id: 'uz-free-economic-zones',
    countryCode: 'UZ',
    kind: 'tax_holiday',
    title: seedText({
      zh: '乌兹别克斯坦自由经济区所得税豁免',
      ru: 'Освобождение от налога на прибыль в свободных экономических зонах Узбекистана',
      en: 'Income tax exemption in the free economic zones of Uzbekistan',
    }),
    benefit: seedText({
      zh: '按投资额免征所得税：300万–500万美元免3年，500万–1500万美元免5年，1500万美元以上免10年。',
      ru: 'Освобождение от налога на прибыль в зависимости от инвестиций: от 3 до 5 млн долл. США — 3 года, от 5 до 15 млн — 5 лет, от 15 млн — 10 лет.',
      en: 'Income tax exemption by investment size: USD 3–5 million for 3 years, USD 5–15 million for 5 years, USD 15 million or more for 10 years.',
    }),
    eligibility: {
      parkIds: ['uz-navoi-fez'],
      minInvestment: { amount: 3_000_000, currency: 'USD' },
      otherConditions: seedText({
        zh: '须在自由经济区内注册并实施投资项目；豁免期限随投资额递增。',
        ru: 'Регистрация и реализация проекта в свободной экономической зоне; срок освобождения растёт с объёмом инвестиций.',
        en: 'Registration and the project inside a free economic zone; the exemption period grows with the investment.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText({
      zh: '乌兹别克斯坦共和国总统2022年7月法令',
      ru: 'Указ Президента Республики Узбекистан (июль 2022 года)',
      en: 'Decree of the President of the Republic of Uzbekistan (July 2022)',
    }),
    sourceUrl:
      'https://old.realnewsmagazine.net/uzbekistan-exempts-investors-in-special-economic-zones-from-paying-income-tax/',
    sourceTitle:
      'Xinhua via Real News Magazine — Uzbekistan exempts investors in special economic zones from paying income tax (2022-07-14)',
  }),
  real({
    id: 'by-hi-tech-park-resident',
    countryCode: 'BY',
    kind: 'special_economic_zone_regime',
    title: seedText(
      {
        zh: '白俄罗斯高科技园区居民制度',
        ru: 'Режим резидентов Парка высоких технологий',
        en: 'Belarus Hi-Tech Park: resident regime',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '免征所得税、增值税及国家预算和预算外基金的税费；进口所需设备免关税和增值税；员工个人所得税9%；向外国法人支付的股息、利息和特许权使用费按5%征税。',
      ru: 'Освобождение от налога на прибыль, НДС, налогов и сборов в бюджет и внебюджетные фонды; ввоз необходимого оборудования без пошлин и НДС; подоходный налог работников 9%; дивиденды, проценты и роялти иностранным организациям — 5%.',
      en: 'Exemption from income tax, VAT and other budget and off-budget levies; duty- and VAT-free import of the hardware needed; employees’ income tax at 9%; 5% on dividends, interest and royalties paid to foreign companies.',
    }),
    eligibility: {
      sectors: ['62', '63', '58'],
      otherConditions: seedText({
        zh: '须为白俄罗斯法人或个体经营者，注册为园区居民并实施符合园区优先活动的商业计划；园区制度适用于全国。',
        ru: 'Белорусская организация или ИП, зарегистрированные резидентом ПВТ с бизнес-проектом по приоритетным видам деятельности; режим действует на всей территории страны.',
        en: 'A Belarusian company or sole trader registered as a resident with a business project in the Park’s priority activities; the regime applies throughout the country.',
      }),
    },
    validFrom: '2005-09-22',
    validTo: '2048-12-31',
    legalBasis: seedText(
      {
        zh: '白俄罗斯共和国总统2005年9月22日第12号令《关于高科技园区》；2017年12月21日第8号令《关于发展数字经济》',
        ru: 'Декрет Президента Республики Беларусь от 22.09.2005 № 12 «О Парке высоких технологий»; Декрет от 21.12.2017 № 8 «О развитии цифровой экономики»',
        en: 'Decree of the President of Belarus No. 12 of 22 September 2005 on the High Technologies Park; Decree No. 8 of 21 December 2017 on the development of the digital economy',
      },
      'ru',
    ),
    sourceUrl: 'http://park.by/en/benefits/',
    sourceTitle: 'Belarus Hi-Tech Park — Benefits',
  }),
  real({
    id: 'by-great-stone-resident',
    countryCode: 'BY',
    kind: 'special_economic_zone_regime',
    title: seedText(
      {
        zh: '中白工业园“巨石”入园企业优惠',
        ru: 'Льготы резидентов Китайско-Белорусского индустриального парка «Великий камень»',
        en: 'China–Belarus Industrial Park “Great Stone”: resident benefits',
      },
      'ru',
    ),
    benefit: seedText({
      zh: '自首次产生总利润的纳税期起10个日历年内，园区内自产商品利润免征利润税，此后至2062年6月14日税率减半；至2062年6月14日免征不动产税和土地税；为投资项目进口商品和设备免关税和增值税；5年股息税0%。',
      ru: 'Освобождение от налога на прибыль по товарам собственного производства, произведённым в Парке, 10 календарных лет с первого периода валовой прибыли, затем ставка на 50% ниже до 14.06.2062; освобождение от налога на недвижимость и земельного налога до 14.06.2062; ввоз товаров и оборудования для проекта без пошлин и НДС; 0% на дивиденды 5 лет.',
      en: 'Profit tax exemption on own goods made in the Park for 10 calendar years from the first period with gross profit, then a 50% reduced rate until 14 June 2062; real estate and land tax exemption until 14 June 2062; duty- and VAT-free import of goods and equipment for the project; 0% dividend tax for 5 years.',
    }),
    eligibility: {
      sectors: ['26', '21', '20', '28', '52', '72'],
      parkIds: ['by-great-stone'],
      minInvestment: { amount: 500_000, currency: 'USD' },
      otherConditions: seedText({
        zh: '须为在园区内注册的白俄罗斯法人，投资项目符合园区主要活动方向（电子与通信、制药、精细化工、生物技术、机械制造、新材料、综合物流、电子商务、大数据、研发）。',
        ru: 'Белорусское юрлицо, зарегистрированное в Парке, с проектом по его направлениям (электроника и телекоммуникации, фармацевтика, тонкая химия, биотехнологии, машиностроение, новые материалы, логистика, электронная торговля, большие данные, НИОКР).',
        en: 'A Belarusian legal entity registered in the Park with a project in its fields (electronics and telecoms, pharmaceuticals, fine chemistry, biotechnology, mechanical engineering, new materials, logistics, e-commerce, big data, R&D).',
      }),
    },
    validFrom: '2012-06-05',
    validTo: '2062-06-14',
    legalBasis: seedText(
      {
        zh: '白俄罗斯共和国总统2012年6月5日第253号令《关于建立中白工业园“巨石”》（经修订）',
        ru: 'Указ Президента Республики Беларусь от 05.06.2012 № 253 «О Китайско-Белорусском индустриальном парке „Великий камень“» (с изменениями)',
        en: 'Edict of the President of Belarus No. 253 of 5 June 2012 on the China–Belarus Industrial Park “Great Stone” (as amended)',
      },
      'ru',
    ),
    sourceUrl: 'https://dbwc.eu/en/great-stone',
    sourceTitle: 'DBWC — Great Stone Industrial Park: benefits',
  }),
  real({
    id: 'in-sez-unit-tax-holiday',
    countryCode: 'IN',
    kind: 'tax_holiday',
    title: seedText(
      {
        zh: '印度经济特区单位出口所得税收减免（第10AA条）',
        ru: 'Налоговые каникулы для предприятий особых экономических зон Индии (статья 10AA)',
        en: 'Income tax holiday for SEZ units (Section 10AA, Income Tax Act)',
      },
      'en',
    ),
    benefit: seedText({
      zh: '出口所得前5年100%免税，其后5年50%，再后5年对再投资的出口利润50%免税。',
      ru: '100% освобождения экспортного дохода первые 5 лет, 50% следующие 5 лет и 50% реинвестированной экспортной прибыли ещё 5 лет.',
      en: '100% exemption of export income for the first 5 years, 50% for the next 5, and 50% of ploughed-back export profit for 5 more years.',
    }),
    eligibility: {
      otherConditions: seedText({
        zh: '仅适用于2021年4月1日之前开始生产或提供服务的经济特区单位；新单位不再享受。',
        ru: 'Только для предприятий ОЭЗ, начавших производство или оказание услуг до 1 апреля 2021 года; новым предприятиям не предоставляется.',
        en: 'Only for SEZ units that began manufacturing or services before 1 April 2021; not available to new units.',
      }),
    },
    validFrom: '2006-04-01',
    validTo: '2021-03-31',
    legalBasis: seedText(
      {
        zh: '《2005年经济特区法》；《1961年所得税法》第10AA条',
        ru: 'Закон об особых экономических зонах 2005 года; статья 10AA Закона о подоходном налоге 1961 года',
        en: 'Special Economic Zones Act, 2005; Section 10AA of the Income-tax Act, 1961',
      },
      'en',
    ),
    sourceUrl: 'https://www.taxtmi.com/acts?id=20499',
    sourceTitle: 'TaxTMI — Section 10AA: deduction only for units commencing before 1 April 2021',
  }),
  real({
    id: 'in-sez-duty-free-procurement',
    countryCode: 'IN',
    kind: 'customs_exemption',
    title: seedText(
      {
        zh: '印度经济特区单位免税进口和国内采购',
        ru: 'Беспошлинный ввоз и закупки для предприятий особых экономических зон Индии',
        en: 'Duty-free import and domestic procurement for SEZ units',
      },
      'en',
    ),
    benefit: seedText({
      zh: '经济特区单位开发、运营和维护所需货物可免税进口或从国内采购；单一窗口审批。',
      ru: 'Беспошлинный ввоз и внутренние закупки товаров для создания, работы и обслуживания предприятия ОЭЗ; «единое окно» согласований.',
      en: 'Duty-free import or domestic procurement of goods for the development, operation and maintenance of SEZ units; single-window clearance.',
    }),
    eligibility: {
      parkIds: ['in-seepz'],
      otherConditions: seedText({
        zh: '须取得经济特区发展专员签发的批准函（Letter of Approval）。',
        ru: 'Требуется разрешение (Letter of Approval) уполномоченного по развитию ОЭЗ.',
        en: 'A Letter of Approval from the zone’s Development Commissioner is required.',
      }),
    },
    validFrom: '2006-02-10',
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《2005年经济特区法》及《2006年经济特区规则》',
        ru: 'Закон об особых экономических зонах 2005 года и Правила ОЭЗ 2006 года',
        en: 'Special Economic Zones Act, 2005 and Special Economic Zones Rules, 2006',
      },
      'en',
    ),
    sourceUrl: 'http://www.margswarnabhoomi.com/research-sez-benefits.php',
    sourceTitle: 'MARG Swarnabhoomi — SEZ benefits',
  }),
  real({
    id: 'in-pli-large-scale-electronics',
    countryCode: 'IN',
    kind: 'subsidy',
    title: seedText(
      {
        zh: '印度大规模电子制造生产挂钩激励计划（PLI）',
        ru: 'Схема стимулирования, привязанного к производству (PLI), для крупносерийного производства электроники',
        en: 'Production Linked Incentive (PLI) Scheme for Large Scale Electronics Manufacturing',
      },
      'en',
    ),
    benefit: seedText({
      zh: '对目标领域在印度制造商品的增量销售额（以2019-20财年为基准年）给予4%–6%的激励，为期5年。',
      ru: 'Стимул 4–6% от прироста продаж произведённых в Индии товаров целевых сегментов (базовый год 2019–20) в течение пяти лет.',
      en: 'An incentive of 4% to 6% on incremental sales over the base year 2019-20 of goods made in India in the target segments, for five years.',
    }),
    eligibility: {
      sectors: ['26'],
      otherConditions: seedText({
        zh: '目标领域为移动电话和特定电子元器件；须满足增量投资和增量销售门槛；计划期延长至2025-26财年。',
        ru: 'Целевые сегменты — мобильные телефоны и отдельные электронные компоненты; пороги прироста инвестиций и продаж; срок продлён до 2025–26 финансового года.',
        en: 'Target segments are mobile phones and specified electronic components; thresholds of incremental investment and sales apply; tenure extended to FY 2025-26.',
      }),
    },
    validFrom: '2020-04-01',
    validTo: '2026-03-31',
    legalBasis: seedText(
      {
        zh: '印度电子和信息技术部2020年4月1日通知',
        ru: 'Уведомление Министерства электроники и ИТ Индии от 1 апреля 2020 года',
        en: 'Ministry of Electronics and Information Technology notification of 1 April 2020',
      },
      'en',
    ),
    sourceUrl:
      'https://www.moneycontrol.com/news/business/economy/pli-scheme-for-large-scale-electronics-manufacturing-extended-by-one-year-fm-nirmala-sitharaman-7098281.html',
    sourceTitle:
      'Moneycontrol — PLI scheme for large scale electronics manufacturing extended by one year (2021-06-28)',
  }),
  real({
    id: 'pk-sez-act-2012',
    countryCode: 'PK',
    kind: 'tax_holiday',
    title: seedText(
      {
        zh: '巴基斯坦《2012年经济特区法》区内企业优惠',
        ru: 'Льготы предприятий особых экономических зон Пакистана (Закон 2012 года)',
        en: 'Zone enterprise incentives under the Special Economic Zones Act, 2012',
      },
      'en',
    ),
    benefit: seedText({
      zh: '进口厂房和机器设备一次性免征关税和税款（《海关税则》第87章项目除外）；所得税免税期至2035年6月30日。',
      ru: 'Однократное освобождение от пошлин и налогов при ввозе оборудования и машин (кроме позиций главы 87 тарифа); освобождение от подоходного налога до 30 июня 2035 года.',
      en: 'One-time exemption from customs duties and taxes on imported plant and machinery (except items of Chapter 87 of the tariff); income tax holiday up to 30 June 2035.',
    }),
    eligibility: {
      parkIds: ['pk-rashakai'],
      otherConditions: seedText({
        zh: '须向所在经济特区委员会提交入区申请并获批准，符合《2013年经济特区规则》和2021年入区条例规定的准入标准。',
        ru: 'Заявка в комитет соответствующей зоны и её одобрение по критериям Правил ОЭЗ 2013 года и Положения 2021 года о допуске предприятий.',
        en: 'An approved zone enterprise entry application to the zone’s committee, meeting the admission criteria of the SEZ Rules 2013 and the 2021 admission regulations.',
      }),
    },
    validFrom: '2012-09-13',
    validTo: '2035-06-30',
    legalBasis: seedText(
      {
        zh: '《2012年经济特区法》（经修订）',
        ru: 'Закон об особых экономических зонах 2012 года (с изменениями)',
        en: 'Special Economic Zones Act, 2012 (as amended)',
      },
      'en',
    ),
    sourceUrl: 'https://chambers.com/articles/special-economic-zones-in-pakistan-opportunities-and-advisory-support',
    sourceTitle: 'Chambers and Partners — Special Economic Zones in Pakistan: Opportunities and Advisory Support',
  }),
  real({
    id: 'pk-special-technology-zones-customs',
    countryCode: 'PK',
    kind: 'customs_exemption',
    title: seedText(
      {
        zh: '巴基斯坦特别技术区资本货物关税豁免',
        ru: 'Освобождение от таможенных пошлин на капитальные товары в особых технологических зонах Пакистана',
        en: 'Customs duty exemption on capital goods in Special Technology Zones',
      },
      'en',
    ),
    benefit: seedText({
      zh: '自特别技术区管理局颁发许可之日起10年内，区内企业进口本地不生产的资本货物（材料、厂房、机器、硬件、设备和软件）免征关税。',
      ru: 'В течение 10 лет с выдачи лицензии Управлением особых технологических зон — беспошлинный ввоз не производимых в стране капитальных товаров (материалы, оборудование, техника, «железо», ПО) для использования в зоне.',
      en: 'For ten years from the licence of the Special Technology Zones Authority, capital goods not made locally (materials, plant, machinery, hardware, equipment, software) are imported duty-free for use in the zone.',
    }),
    eligibility: {
      sectors: ['62', '63', '26', '72'],
      otherConditions: seedText({
        zh: '须为持有特别技术区管理局许可的区内企业；适用联邦税务局规定的条件和限制。',
        ru: 'Предприятие зоны с лицензией Управления; применяются условия и ограничения Федерального налогового совета.',
        en: 'A zone enterprise licensed by the Authority; conditions and limits set by the Federal Board of Revenue apply.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText(
      {
        zh: '《2020年特别技术区管理局条例》；《1969年海关法》第一附表PCT 9917第4(ii)项',
        ru: 'Ордонанс об Управлении особых технологических зон 2020 года; Закон о таможне 1969 года, Первое приложение, PCT 9917, п. 4(ii)',
        en: 'Special Technology Zones Authority Ordinance, 2020; Customs Act, 1969, First Schedule, PCT 9917, entry 4(ii)',
      },
      'en',
    ),
    sourceUrl: 'https://www.invest.gov.pk/incentives-database/1594',
    sourceTitle: 'Board of Investment Pakistan — Incentives database, entry 1594',
  }),
  real({
    id: 'ir-free-zones-tax-exemption',
    countryCode: 'IR',
    kind: 'tax_holiday',
    title: seedText({
      zh: '伊朗自由贸易工业区20年免税',
      ru: '20-летнее освобождение от налогов в свободных торгово-промышленных зонах Ирана',
      en: '20-year tax exemption in Iran’s free trade-industrial zones',
    }),
    benefit: seedText({
      zh: '自许可证载明的经营开始之日起20年内，区内所有经济活动免税；允许100%外资所有权；资本和利润可自由汇出。',
      ru: 'Освобождение от налогов на 20 лет с начала деятельности, указанной в лицензии, для всей экономической деятельности в зоне; 100% иностранная собственность; свободный вывод капитала и прибыли.',
      en: 'Tax exemption for 20 years from the start of operation stated in the licence, for all economic activities in the zone; 100% foreign ownership; free repatriation of capital and profits.',
    }),
    eligibility: {
      parkIds: ['ir-kish', 'ir-qeshm', 'ir-chabahar'],
      otherConditions: seedText({
        zh: '须在自由贸易工业区（基什、格什姆、恰巴哈尔、阿拉斯、安扎利、阿尔万德、马库等）持有经营许可证。',
        ru: 'Лицензия на деятельность в свободной зоне (Киш, Кешм, Чабахар, Арас, Анзали, Арванд, Маку и др.).',
        en: 'A licence for activity in a free trade-industrial zone (Kish, Qeshm, Chabahar, Aras, Anzali, Arvand, Maku and others).',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText({
      zh: '1993年《伊朗伊斯兰共和国自由贸易工业区管理法》',
      ru: 'Закон об управлении свободными торгово-промышленными зонами Исламской Республики Иран (1993)',
      en: 'Law on the Administration of Free Trade-Industrial Zones of the Islamic Republic of Iran (1993)',
    }),
    sourceUrl: 'https://karimilawfirm.com/en/iran-insight/zones/',
    sourceTitle:
      'Karimi Law Firm — Free Zones: incentives and advantages for investment in trade-industrial free zones',
  }),
  real({
    id: 'ir-free-zones-customs',
    countryCode: 'IR',
    kind: 'customs_exemption',
    title: seedText({
      zh: '伊朗自由贸易工业区关税豁免',
      ru: 'Таможенные льготы свободных торгово-промышленных зон Ирана',
      en: 'Customs exemptions in Iran’s free trade-industrial zones',
    }),
    benefit: seedText({
      zh: '从国外进入自由区的进口免征关税，反之亦然；区内部分制成品可免关税转入内地。',
      ru: 'Ввоз из-за рубежа в зону и вывоз из неё без таможенных пошлин; часть произведённых в зоне товаров может поставляться на основную территорию без пошлин.',
      en: 'No customs duties on imports from abroad into the zone and vice versa; part of the goods manufactured in the zone may move to the mainland without customs duties.',
    }),
    eligibility: {
      parkIds: ['ir-kish', 'ir-qeshm', 'ir-chabahar'],
      otherConditions: seedText({
        zh: '区内经营许可证；转入内地的比例和条件由适用规定确定。',
        ru: 'Лицензия на деятельность в зоне; доля и условия поставок на основную территорию определяются применимыми правилами.',
        en: 'A licence for activity in the zone; the share and terms of sales to the mainland follow the applicable rules.',
      }),
    },
    validFrom: null,
    validTo: null,
    legalBasis: seedText({
      zh: '1993年《伊朗伊斯兰共和国自由贸易工业区管理法》及1994年实施细则',
      ru: 'Закон об управлении свободными торгово-промышленными зонами (1993) и подзаконные акты 1994 года',
      en: 'Law on the Administration of Free Trade-Industrial Zones (1993) and its 1994 by-laws',
    }),
    sourceUrl: 'http://jdglawoffice.com/Home/Blog',
    sourceTitle: 'JDG Law Office — Free trade-industrial zones in Iran (2015-10-24)',
  }),
];
