import type { LocalizedText } from '../../core/src/localized-text.ts';
import type { ParkResident } from '../src/tables.ts';
import type { ParkKind } from '../src/vocabulary.ts';
import { seedText, sourcesRetrievedOn } from './incentives.ts';

/** One technology park or zone as shipped in the seed; every real record names its source (see SOURCES.md). */
export interface ParkSeed {
  id: string;
  name: LocalizedText;
  kind: ParkKind;
  countryCode: string;
  regionCode: string | null;
  latitude: number | null;
  longitude: number | null;
  description: LocalizedText;
  specialisations: string[];
  establishedYear: number | null;
  areaHectares: number | null;
  residentCount: number | null;
  residents: ParkResident[];
  website: string | null;
  sourceUrl: string | null;
  sourceTitle: string | null;
  retrievedOn: string | null;
  isDemo: boolean;
}

type RealPark = Omit<ParkSeed, 'retrievedOn' | 'isDemo' | 'residents' | 'sourceUrl' | 'sourceTitle'> & {
  residents?: ParkResident[];
  sourceUrl: string;
  sourceTitle: string;
};

function real(record: RealPark): ParkSeed {
  return { residents: [], ...record, retrievedOn: sourcesRetrievedOn, isDemo: false };
}

/** Said in each description whose map position was placed by hand at the named town rather than taken from a source. */
const approximate = {
  zh: '地图位置为近似位置。',
  ru: 'Положение на карте приблизительное.',
  en: 'Map position is approximate.',
};

/** Real technology parks and zones of SCO member states, each checked against the source it names. */
export const parkSeeds: ParkSeed[] = [
  real({
    id: 'cn-zhongguancun',
    name: seedText(
      { zh: '中关村科技园区', ru: 'Научно-технический парк Чжунгуаньцунь', en: 'Zhongguancun Science Park' },
      'zh',
    ),
    kind: 'technology_park',
    countryCode: 'CN',
    regionCode: 'CN-BJ',
    latitude: 39.98,
    longitude: 116.31,
    description: seedText({
      zh: `1988年5月经国务院批准设立的北京新技术产业开发试验区是其前身，为中国第一个国家级高新区，位于北京海淀区，毗邻北京大学、清华大学和中国科学院。${approximate.zh}`,
      ru: `Создан в мае 1988 года решением Госсовета как Пекинская экспериментальная зона развития новых технологий — первая государственная зона высоких технологий Китая, район Хайдянь в Пекине, рядом с Пекинским университетом, Цинхуа и Академией наук. ${approximate.ru}`,
      en: `Founded in May 1988 by the State Council as the Beijing New Technology Industrial Development Experimental Zone, China’s first state-level high-tech zone, in Haidian district next to Peking and Tsinghua universities and the Chinese Academy of Sciences. ${approximate.en}`,
    }),
    specialisations: ['26', '62', '63', '72', '21'],
    establishedYear: 1988,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'http://covid-19.chinadaily.com.cn/china/2009summerdavos/2009-09/10/content_8677197.htm',
    sourceTitle: 'China Daily — HSP: From bucolic neighborhood to hi-tech powerhouse (2009-09-10)',
  }),
  real({
    id: 'cn-hainan-ftp',
    name: seedText({ zh: '海南自由贸易港', ru: 'Свободный торговый порт Хайнань', en: 'Hainan Free Trade Port' }, 'zh'),
    kind: 'free_economic_zone',
    countryCode: 'CN',
    regionCode: 'CN-HI',
    latitude: 20.04,
    longitude: 110.34,
    description: seedText({
      zh: `覆盖海南全岛（约3.39万平方公里）。2020年6月发布《海南自由贸易港建设总体方案》，2021年6月10日起施行《海南自由贸易港法》。地图标记位于海口。${approximate.zh}`,
      ru: `Охватывает весь остров Хайнань (около 33 900 км²). Генеральный план строительства опубликован в июне 2020 года, Закон о свободном торговом порте Хайнань действует с 10 июня 2021 года. Отметка на карте — Хайкоу. ${approximate.ru}`,
      en: `Covers the whole island of Hainan (about 33,900 km²). Overall Plan issued in June 2020; the Hainan Free Trade Port Law in force since 10 June 2021. The map marker is at Haikou. ${approximate.en}`,
    }),
    specialisations: ['55', '79', '72', '29', '64'],
    establishedYear: 2020,
    areaHectares: 3_390_000,
    residentCount: null,
    website: 'http://en.hnftp.gov.cn',
    sourceUrl: 'https://aftpn.com/2022/04/11/the-hainan-free-trade-port-1-policy-update/',
    sourceTitle: 'AFTPN / HKTDC Research — The Hainan Free Trade Port (1): Policy Update (2022-04-11)',
  }),
  real({
    id: 'ru-skolkovo',
    name: seedText(
      { zh: '斯科尔科沃创新中心', ru: 'Инновационный центр «Сколково»', en: 'Skolkovo Innovation Centre' },
      'ru',
    ),
    kind: 'innovation_centre',
    countryCode: 'RU',
    regionCode: 'RU-MOW',
    latitude: 55.7,
    longitude: 37.36,
    description: seedText({
      zh: `依据2010年9月28日第244-FZ号联邦法设立，项目参与者从事能源效率、核技术、航天、医疗技术和战略计算机技术领域的研究及其成果商业化。${approximate.zh}`,
      ru: `Создан Федеральным законом от 28.09.2010 № 244-ФЗ; участники проекта ведут исследования и коммерциализацию в области энергоэффективности, ядерных, космических, медицинских и стратегических компьютерных технологий. ${approximate.ru}`,
      en: `Set up by Federal Law No. 244-FZ of 28 September 2010; participants do research and commercialise it in energy efficiency, nuclear, space, medical and strategic computer technologies. ${approximate.en}`,
    }),
    specialisations: ['72', '62', '21', '26', '35'],
    establishedYear: 2010,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'https://bclplaw.ru/en/actual/pressreleases/42212/',
    sourceTitle: 'Goltsblat BLP — Tax Benefits for Skolkovo Innovation Centre Participants (2010-10-25)',
  }),
  real({
    id: 'ru-alabuga',
    name: seedText(
      { zh: '阿拉布加经济特区', ru: 'Особая экономическая зона «Алабуга»', en: 'Alabuga Special Economic Zone' },
      'ru',
    ),
    kind: 'special_economic_zone',
    countryCode: 'RU',
    regionCode: 'RU-TA',
    latitude: 55.833,
    longitude: 52.037,
    description: seedText({
      zh: '鞑靼斯坦共和国叶拉布加区的工业生产型经济特区，2005年设立，距叶拉布加约10公里、喀山约210公里；重点领域为汽车及零部件、石油化工、仪器制造和消费品。',
      ru: 'Особая экономическая зона промышленно-производственного типа в Елабужском районе Республики Татарстан, создана в 2005 году, в 10 км от Елабуги и 210 км от Казани; приоритеты — автомобили и автокомпоненты, нефтехимия, приборостроение, потребительские товары.',
      en: 'Industrial-production special economic zone in the Yelabuga district of Tatarstan, founded in 2005, 10 km from Yelabuga and 210 km from Kazan; priorities are cars and components, petrochemicals, instrument making and consumer goods.',
    }),
    specialisations: ['29', '20', '22', '23', '27'],
    establishedYear: 2005,
    areaHectares: 3903.5,
    residentCount: 57,
    website: 'https://alabuga.ru/',
    sourceUrl: 'https://en.wikipedia.org/wiki/Alabuga_Special_Economic_Zone',
    sourceTitle: 'Wikipedia — Alabuga Special Economic Zone',
  }),
  real({
    id: 'kz-astana-hub',
    name: seedText(
      {
        zh: '阿斯塔纳枢纽国际科技园',
        ru: 'Международный технопарк IT-стартапов «Astana Hub»',
        en: 'Astana Hub International Technology Park',
      },
      'ru',
    ),
    kind: 'technology_park',
    countryCode: 'KZ',
    regionCode: null,
    latitude: 51.09,
    longitude: 71.42,
    description: seedText({
      zh: `2018年在阿斯塔纳设立的IT初创企业国际科技园，参与者享受税收优惠和简化签证制度；参与资格不受所在地限制。${approximate.zh}`,
      ru: `Международный технопарк IT-стартапов, созданный в Астане в 2018 году; участники получают налоговые льготы и упрощённый визовый режим независимо от места работы. ${approximate.ru}`,
      en: `International technology park for IT start-ups created in Astana in 2018; participants receive tax relief and a simplified visa regime wherever they work. ${approximate.en}`,
    }),
    specialisations: ['62', '63'],
    establishedYear: 2018,
    areaHectares: null,
    residentCount: null,
    website: 'https://astanahub.com',
    sourceUrl:
      'https://www.morganlewis.com/pubs/2020/04/international-technological-park-astana-hub-how-to-join-the-privileges-provided',
    sourceTitle:
      'Morgan Lewis — International Technological Park “Astana Hub”: How to Join & the Privileges Provided (2020-04-21)',
  }),
  real({
    id: 'kg-high-technology-park',
    name: seedText(
      {
        zh: '吉尔吉斯共和国高新技术园区',
        ru: 'Парк высоких технологий Кыргызской Республики',
        en: 'High Technology Park of the Kyrgyz Republic',
      },
      'ru',
    ),
    kind: 'technology_park',
    countryCode: 'KG',
    regionCode: 'KG-GB',
    latitude: 42.87,
    longitude: 74.59,
    description: seedText({
      zh: `依据2011年第84号法律设立的面向IT出口的特别税收和法律制度（虚拟园区）；地图标记位于比什凯克。${approximate.zh}`,
      ru: `Особый налоговый и правовой режим для экспорта ИТ-услуг, созданный Законом 2011 года № 84 (виртуальный парк); отметка на карте — Бишкек. ${approximate.ru}`,
      en: `A special tax and legal regime for IT exporters under Law No. 84 of 2011 (a virtual park); the map marker is at Bishkek. ${approximate.en}`,
    }),
    specialisations: ['62', '63', '82'],
    establishedYear: 2011,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'https://kgaccount.com/en/high-technology-park',
    sourceTitle: 'KG Account — High Technology Park',
  }),
  real({
    id: 'uz-it-park',
    name: seedText({ zh: '乌兹别克斯坦IT园区', ru: 'IT-парк Узбекистана', en: 'IT Park Uzbekistan' }),
    kind: 'technology_park',
    countryCode: 'UZ',
    regionCode: 'UZ-TK',
    latitude: 41.31,
    longitude: 69.28,
    description: seedText({
      zh: `2019年由国家设立的软件产品和信息技术园区；全国任何地区的IT企业均可成为居民。截至2022年7月有707家居民企业。地图标记位于塔什干。${approximate.zh}`,
      ru: `Технологический парк программных продуктов и ИТ, созданный государством в 2019 году; резидентом может стать ИТ-компания из любого региона. На июль 2022 года — 707 резидентов. Отметка на карте — Ташкент. ${approximate.ru}`,
      en: `Technology park of software products and IT set up by the state in 2019; IT companies from any region may become residents. 707 residents as of July 2022. The map marker is at Tashkent. ${approximate.en}`,
    }),
    specialisations: ['62', '63'],
    establishedYear: 2019,
    areaHectares: null,
    residentCount: 707,
    website: 'https://it-park.uz',
    sourceUrl: 'https://tax-legal.uz/en/it-park',
    sourceTitle: 'Tax & Legal Uzbekistan — IT-park residency, incentives and benefits',
  }),
  real({
    id: 'uz-navoi-fez',
    name: seedText({
      zh: '纳沃伊自由工业经济区',
      ru: 'Свободная индустриально-экономическая зона «Навои»',
      en: 'Navoi Free Industrial Economic Zone',
    }),
    kind: 'free_economic_zone',
    countryCode: 'UZ',
    regionCode: 'UZ-NW',
    latitude: 40.11,
    longitude: 65.37,
    description: seedText({
      zh: `位于纳沃伊机场附近，面积564公顷；优先发展电气工程和通信设备、机械和仪器制造、制药和医疗设备、食品以及塑料和聚合物制品。${approximate.zh}`,
      ru: `Расположена у аэропорта Навои, 564 га; приоритеты — электротехника и телекоммуникационное оборудование, машино- и приборостроение, фармацевтика и медтехника, пищевая продукция, пластмассы и полимеры. ${approximate.ru}`,
      en: `Next to Navoi airport, 564 hectares; priorities are electrical engineering and telecom equipment, machine and instrument building, pharmaceuticals and medical equipment, food, plastics and polymers. ${approximate.en}`,
    }),
    specialisations: ['27', '26', '28', '21', '10', '22'],
    establishedYear: null,
    areaHectares: 564,
    residentCount: null,
    website: 'https://fiez.uz',
    sourceUrl: 'https://fiez.uz/page/privileges-and-preferences',
    sourceTitle: 'Navoi FIEZ — Benefits and Privileges',
  }),
  real({
    id: 'tj-sughd-fez',
    name: seedText({ zh: '粟特自由经济区', ru: 'Свободная экономическая зона «Сугд»', en: 'Sughd Free Economic Zone' }),
    kind: 'free_economic_zone',
    countryCode: 'TJ',
    regionCode: 'TJ-SU',
    latitude: 40.28,
    longitude: 69.62,
    description: seedText({
      zh: `2009年在苦盏设立的工业创新型自由经济区，面积320公顷，期限25年；空地租金每平方米每年1美元。${approximate.zh}`,
      ru: `Свободная экономическая зона промышленно-инновационного типа в Худжанде, создана в 2009 году на 25 лет, 320 га; аренда свободной земли — 1 доллар США за м² в год. ${approximate.ru}`,
      en: `Industrial-innovation free economic zone in Khujand established in 2009 for 25 years, 320 hectares; vacant land rents at USD 1 per m² a year. ${approximate.en}`,
    }),
    specialisations: [],
    establishedYear: 2009,
    areaHectares: 320,
    residentCount: null,
    website: 'http://www.fezsughd.tj',
    sourceUrl: 'https://navovar.com/en/portfolios/free-economic-zone-of-sughd-region/',
    sourceTitle: 'Navovar — Free Economic Zone of Sughd Region',
  }),
  real({
    id: 'tj-dangara-fez',
    name: seedText({
      zh: '丹加拉自由经济区',
      ru: 'Свободная экономическая зона «Дангара»',
      en: 'Dangara Free Economic Zone',
    }),
    kind: 'free_economic_zone',
    countryCode: 'TJ',
    regionCode: 'TJ-KT',
    latitude: 38.1,
    longitude: 69.34,
    description: seedText({
      zh: `哈特隆州丹加拉的工业创新型自由经济区，依据议会下院2010年1月20日第1545号决议批准的条例运行。${approximate.zh}`,
      ru: `Свободная экономическая зона промышленно-инновационного типа в Дангаре (Хатлонская область), действует по Положению, утверждённому постановлением Маджлиси намояндагон от 20.01.2010 № 1545. ${approximate.ru}`,
      en: `Industrial-innovation free economic zone at Dangara (Khatlon region), governed by the Provision approved by the lower house of parliament on 20 January 2010, No. 1545. ${approximate.en}`,
    }),
    specialisations: [],
    establishedYear: null,
    areaHectares: null,
    residentCount: null,
    website: 'http://fezdangara.tj',
    sourceUrl: 'http://fezdangara.tj/en/%D0%BF%D0%BE%D0%BB%D0%BE%D0%B6%D0%B5%D0%BD%D0%B8%D0%B5/',
    sourceTitle: 'FEZ Dangara — Provision on Free Economic Zone “Dangara”',
  }),
  real({
    id: 'by-great-stone',
    name: seedText(
      {
        zh: '中白工业园“巨石”',
        ru: 'Китайско-Белорусский индустриальный парк «Великий камень»',
        en: 'China–Belarus Industrial Park “Great Stone”',
      },
      'ru',
    ),
    kind: 'industrial_park',
    countryCode: 'BY',
    regionCode: 'BY-MI',
    latitude: 53.98,
    longitude: 27.87,
    description: seedText({
      zh: `2012年根据中白政府间协定设立，位于明斯克州斯莫列维奇区，距明斯克25公里，靠近明斯克国际机场和M1/E30公路。${approximate.zh}`,
      ru: `Создан в 2012 году по межправительственному соглашению Китая и Беларуси в Смолевичском районе Минской области, в 25 км от Минска, у Национального аэропорта «Минск» и трассы М1/Е30. ${approximate.ru}`,
      en: `Created in 2012 under a China–Belarus intergovernmental agreement in Smolevichi district, Minsk region, 25 km from Minsk, near Minsk National Airport and the M1/E30 highway. ${approximate.en}`,
    }),
    specialisations: ['26', '21', '20', '28', '52', '72'],
    establishedYear: 2012,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'http://collegia.by/en/info/publication/for-investors-the-china-belarus-industrial-park-great-stone/',
    sourceTitle: 'Collegia — For Investors: The China-Belarus Industrial Park “Great Stone”',
  }),
  real({
    id: 'by-hi-tech-park',
    name: seedText({ zh: '白俄罗斯高科技园区', ru: 'Парк высоких технологий', en: 'Belarus Hi-Tech Park' }, 'ru'),
    kind: 'technology_park',
    countryCode: 'BY',
    regionCode: 'BY-HM',
    latitude: 53.93,
    longitude: 27.68,
    description: seedText({
      zh: `依据2005年9月22日第12号总统令设立，明斯克境内园区面积55.8公顷，特别法律制度有效期至2049年1月1日；居民享受的优惠适用于全国。${approximate.zh}`,
      ru: `Создан Декретом № 12 от 22.09.2005; территория в Минске — 55,8 га, особый правовой режим действует до 1 января 2049 года; льготы резидентов действуют на всей территории страны. ${approximate.ru}`,
      en: `Created by Decree No. 12 of 22 September 2005; 55.8 hectares in Minsk, special legal regime until 1 January 2049; residents’ benefits apply throughout the country. ${approximate.en}`,
    }),
    specialisations: ['62', '63', '58'],
    establishedYear: 2005,
    areaHectares: 55.8,
    residentCount: null,
    website: 'http://park.by',
    sourceUrl: 'http://law.by/document/?guid=3871&p0=Pd0500012e',
    sourceTitle:
      'Pravo.by — Decree of the President of the Republic of Belarus No. 12 of 22 September 2005 (unofficial translation)',
  }),
  real({
    id: 'in-seepz',
    name: seedText(
      {
        zh: '圣克鲁斯电子出口加工区经济特区（SEEPZ）',
        ru: 'ОЭЗ SEEPZ (Санта-Крус), Мумбаи',
        en: 'SEEPZ Special Economic Zone, Mumbai',
      },
      'en',
    ),
    kind: 'special_economic_zone',
    countryCode: 'IN',
    regionCode: 'IN-MH',
    latitude: 19.123,
    longitude: 72.876,
    description: seedText({
      zh: '1973年5月1日在孟买安德里（东）设立的电子出口加工区，面积110英亩，1987-88年起允许珠宝首饰生产，2000年11月1日转为经济特区。2021-22财年694家单位出口额15432.8亿卢比。',
      ru: 'Создана 1 мая 1973 года в Андхери (Восток), Мумбаи, как зона экспортной обработки электроники на 110 акрах; с 1987–88 годов — ювелирное производство; с 1 ноября 2000 года — ОЭЗ. В 2021–22 финансовом году 694 предприятия экспортировали на 1,54 трлн рупий.',
      en: 'Set up on 1 May 1973 in Andheri (East), Mumbai, as an electronics export processing zone on 110 acres; gems and jewellery allowed from 1987-88; converted to an SEZ on 1 November 2000. In FY 2021-22 its 694 units exported INR 1.54 lakh crore.',
    }),
    specialisations: ['32', '26', '62'],
    establishedYear: 1973,
    areaHectares: 44.5,
    residentCount: 694,
    website: null,
    sourceUrl:
      'https://industryexperts.co.in/industrial-area-profile/santacruz-electronic-export-processing-zone/maharashtra',
    sourceTitle: 'Industry Experts — Santacruz Electronic Export Processing Zone (SEEPZ) profile',
  }),
  real({
    id: 'pk-rashakai',
    name: seedText(
      { zh: '拉沙卡伊经济特区', ru: 'Особая экономическая зона Рашакай', en: 'Rashakai Special Economic Zone' },
      'en',
    ),
    kind: 'special_economic_zone',
    countryCode: 'PK',
    regionCode: 'PK-KP',
    latitude: 34.05,
    longitude: 72.0,
    description: seedText({
      zh: `中巴经济走廊下的经济特区，位于开伯尔-普什图赫瓦省瑙谢拉附近M1高速公路拉沙卡伊互通，占地约1000英亩，由中国路桥公司与省政府合作开发；规划纺织、食品饮料、钢铁、制药和工程等产业。${approximate.zh}`,
      ru: `ОЭЗ в рамках Китайско-пакистанского экономического коридора у развязки Рашакай на трассе M1 около Наушеры (Хайбер-Пахтунхва), около 1000 акров; развивается China Road and Bridge Corporation совместно с провинцией; текстиль, пищевая промышленность, сталь, фармацевтика, машиностроение. ${approximate.ru}`,
      en: `CPEC special economic zone at the Rashakai interchange of the M1 motorway near Nowshera, Khyber Pakhtunkhwa, about 1,000 acres, developed by China Road and Bridge Corporation with the provincial government; textiles, food and beverages, steel, pharmaceuticals and engineering. ${approximate.en}`,
    }),
    specialisations: ['13', '10', '11', '24', '21', '28'],
    establishedYear: null,
    areaHectares: 404.7,
    residentCount: null,
    website: null,
    sourceUrl: 'https://www.thenews.com.pk/print/480819-kp-govt-to-bring-about-industrial-revolution',
    sourceTitle: 'The News — KP govt to bring about industrial revolution (2019-06-04)',
  }),
  real({
    id: 'ir-kish',
    name: seedText({
      zh: '基什自由贸易工业区',
      ru: 'Свободная торгово-промышленная зона Киш',
      en: 'Kish Free Trade-Industrial Zone',
    }),
    kind: 'free_economic_zone',
    countryCode: 'IR',
    regionCode: null,
    latitude: 26.53,
    longitude: 53.98,
    description: seedText({
      zh: `波斯湾岛屿自由区，1993年《自由区法》设立；优势领域为旅游、金融、零售和品牌进入。${approximate.zh}`,
      ru: `Свободная зона на острове в Персидском заливе, учреждена Законом о свободных зонах 1993 года; сильные стороны — туризм, финансы, розничная торговля. ${approximate.ru}`,
      en: `Island free zone in the Persian Gulf under the 1993 Free Zones Act; strengths are tourism, finance, retail and brand entry. ${approximate.en}`,
    }),
    specialisations: ['55', '64', '46', '62'],
    establishedYear: null,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'https://globalinvestment.ir/guides/free-zones-setup',
    sourceTitle: 'Global Investment — Free Zones in the Iranian Economy',
  }),
  real({
    id: 'ir-qeshm',
    name: seedText({
      zh: '格什姆自由贸易工业区',
      ru: 'Свободная торгово-промышленная зона Кешм',
      en: 'Qeshm Free Trade-Industrial Zone',
    }),
    kind: 'free_economic_zone',
    countryCode: 'IR',
    regionCode: null,
    latitude: 26.95,
    longitude: 56.27,
    description: seedText({
      zh: `伊朗最大岛屿上的自由区，为能源枢纽，发展船舶修理和区域物流。${approximate.zh}`,
      ru: `Свободная зона на крупнейшем острове Ирана: энергетический узел, судоремонт, региональная логистика. ${approximate.ru}`,
      en: `Free zone on Iran’s largest island: an energy hub with ship repair and regional logistics. ${approximate.en}`,
    }),
    specialisations: ['09', '33', '52'],
    establishedYear: null,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'https://globalinvestment.ir/guides/free-zones-setup',
    sourceTitle: 'Global Investment — Free Zones in the Iranian Economy',
  }),
  real({
    id: 'ir-chabahar',
    name: seedText({
      zh: '恰巴哈尔自由贸易工业区',
      ru: 'Свободная торгово-промышленная зона Чабахар',
      en: 'Chabahar Free Trade-Industrial Zone',
    }),
    kind: 'free_economic_zone',
    countryCode: 'IR',
    regionCode: null,
    latitude: 25.3,
    longitude: 60.62,
    description: seedText({
      zh: `位于阿曼湾的深水港自由区，伊朗唯一的大洋港口，连接印度—独联体走廊。${approximate.zh}`,
      ru: `Свободная зона глубоководного порта в Оманском заливе — единственный океанский порт Ирана, на коридоре Индия — СНГ. ${approximate.ru}`,
      en: `Deep-sea port free zone on the Gulf of Oman, Iran’s only oceanic port, on the India–CIS corridor. ${approximate.en}`,
    }),
    specialisations: ['52'],
    establishedYear: null,
    areaHectares: null,
    residentCount: null,
    website: null,
    sourceUrl: 'https://globalinvestment.ir/guides/free-zones-setup',
    sourceTitle: 'Global Investment — Free Zones in the Iranian Economy',
  }),
];
