import { type LocalizedText, localized } from '../../../core/src/localized-text.ts';

/**
 * ISIC Rev.4 (UN Statistics Division, ST/ESA/STAT/SER.M/4/Rev.4, 2008): the sections and the divisions each holds.
 * Sectors are recorded at division level (two digits); profiles may name whole sections (one letter).
 */
const divisionRanges: Record<string, readonly [number, number][]> = {
  A: [[1, 3]],
  B: [[5, 9]],
  C: [[10, 33]],
  D: [[35, 35]],
  E: [[36, 39]],
  F: [[41, 43]],
  G: [[45, 47]],
  H: [[49, 53]],
  I: [[55, 56]],
  J: [[58, 63]],
  K: [[64, 66]],
  L: [[68, 68]],
  M: [[69, 75]],
  N: [[77, 82]],
  O: [[84, 84]],
  P: [[85, 85]],
  Q: [[86, 88]],
  R: [[90, 93]],
  S: [[94, 96]],
  T: [[97, 98]],
  U: [[99, 99]],
};

/** ISIC Rev.4 division numbers that do not exist inside the section ranges. */
const unusedDivisions = new Set([4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89]);

export const isicSections = Object.keys(divisionRanges);

export const isicDivisions: readonly string[] = Object.values(divisionRanges).flatMap((ranges) =>
  ranges.flatMap(([from, to]) =>
    Array.from({ length: to - from + 1 }, (_, index) => from + index)
      .filter((number) => !unusedDivisions.has(number))
      .map((number) => String(number).padStart(2, '0')),
  ),
);

const sectionByDivision = new Map<string, string>(
  Object.entries(divisionRanges).flatMap(([section, ranges]) =>
    ranges.flatMap(([from, to]) =>
      Array.from({ length: to - from + 1 }, (_, index) => [String(from + index).padStart(2, '0'), section] as const),
    ),
  ),
);

/** The section a division belongs to, or undefined for a code that is not an ISIC Rev.4 division. */
export function isicSectionOf(division: string): string | undefined {
  return isicDivisions.includes(division) ? sectionByDivision.get(division) : undefined;
}

/** A sector code as listings use it: a section letter or a division number. */
export const isIsicSector = (code: string): boolean => isicSections.includes(code) || isicDivisions.includes(code);

/**
 * The names of sections and divisions. English is the UNSD's published wording; the Chinese and Russian names are
 * our own translations (UNSD publishes both, but these were not checked against them), labelled as such.
 */
const isicNameRows: readonly (readonly [code: string, en: string, ru: string, zh: string])[] = [
  ['A', 'Agriculture, forestry and fishing', 'Сельское, лесное и рыбное хозяйство', '农业、林业及渔业'],
  ['B', 'Mining and quarrying', 'Добыча полезных ископаемых', '采矿和采石'],
  ['C', 'Manufacturing', 'Обрабатывающая промышленность', '制造业'],
  [
    'D',
    'Electricity, gas, steam and air conditioning supply',
    'Снабжение электроэнергией, газом, паром и кондиционированным воздухом',
    '电、煤气、蒸汽和空调的供应',
  ],
  [
    'E',
    'Water supply; sewerage, waste management and remediation activities',
    'Водоснабжение; водоотведение, утилизация отходов и деятельность по ликвидации загрязнений',
    '供水；污水处理、废物管理和补救活动',
  ],
  ['F', 'Construction', 'Строительство', '建筑业'],
  [
    'G',
    'Wholesale and retail trade; repair of motor vehicles and motorcycles',
    'Оптовая и розничная торговля; ремонт автотранспортных средств и мотоциклов',
    '批发和零售业；汽车和摩托车的修理',
  ],
  ['H', 'Transportation and storage', 'Транспортировка и хранение', '运输和储存'],
  [
    'I',
    'Accommodation and food service activities',
    'Деятельность гостиниц и предприятий общественного питания',
    '食宿服务活动',
  ],
  ['J', 'Information and communication', 'Информация и связь', '信息和通信'],
  ['K', 'Financial and insurance activities', 'Финансовая и страховая деятельность', '金融和保险活动'],
  ['L', 'Real estate activities', 'Операции с недвижимым имуществом', '房地产活动'],
  [
    'M',
    'Professional, scientific and technical activities',
    'Профессиональная, научная и техническая деятельность',
    '专业、科学和技术活动',
  ],
  [
    'N',
    'Administrative and support service activities',
    'Административная и вспомогательная деятельность',
    '行政和辅助活动',
  ],
  [
    'O',
    'Public administration and defence; compulsory social security',
    'Государственное управление и оборона; обязательное социальное обеспечение',
    '公共管理与国防；强制性社会保障',
  ],
  ['P', 'Education', 'Образование', '教育'],
  [
    'Q',
    'Human health and social work activities',
    'Деятельность в области здравоохранения и социальных услуг',
    '人类健康和社会工作活动',
  ],
  ['R', 'Arts, entertainment and recreation', 'Искусство, развлечения и отдых', '艺术、娱乐和文娱活动'],
  ['S', 'Other service activities', 'Прочие виды услуг', '其他服务活动'],
  [
    'T',
    'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
    'Деятельность домашних хозяйств как работодателей; недифференцированная деятельность домашних хозяйств по производству товаров и услуг для собственного потребления',
    '家庭作为雇主的活动；家庭自用、未加区分的物品生产和服务活动',
  ],
  [
    'U',
    'Activities of extraterritorial organizations and bodies',
    'Деятельность экстерриториальных организаций и органов',
    '域外组织和机构的活动',
  ],
  [
    '01',
    'Crop and animal production, hunting and related service activities',
    'Растениеводство и животноводство, охота и предоставление услуг в этих областях',
    '作物和牲畜生产、狩猎和相关服务活动',
  ],
  ['02', 'Forestry and logging', 'Лесоводство и лесозаготовки', '林业与伐木业'],
  ['03', 'Fishing and aquaculture', 'Рыболовство и рыбоводство', '渔业及水产养殖'],
  ['05', 'Mining of coal and lignite', 'Добыча угля и лигнита', '煤和褐煤的开采'],
  ['06', 'Extraction of crude petroleum and natural gas', 'Добыча сырой нефти и природного газа', '石油和天然气的开采'],
  ['07', 'Mining of metal ores', 'Добыча металлических руд', '金属矿的开采'],
  ['08', 'Other mining and quarrying', 'Добыча прочих полезных ископаемых', '其他采矿和采石'],
  [
    '09',
    'Mining support service activities',
    'Предоставление услуг в области добычи полезных ископаемых',
    '采矿支持服务活动',
  ],
  ['10', 'Manufacture of food products', 'Производство пищевых продуктов', '食品的制造'],
  ['11', 'Manufacture of beverages', 'Производство напитков', '饮料的制造'],
  ['12', 'Manufacture of tobacco products', 'Производство табачных изделий', '烟草制品的制造'],
  ['13', 'Manufacture of textiles', 'Производство текстильных изделий', '纺织品的制造'],
  ['14', 'Manufacture of wearing apparel', 'Производство одежды', '服装的制造'],
  ['15', 'Manufacture of leather and related products', 'Производство кожи и изделий из кожи', '皮革和相关产品的制造'],
  [
    '16',
    'Manufacture of wood and of products of wood and cork, except furniture; manufacture of articles of straw and plaiting materials',
    'Обработка древесины и производство изделий из дерева и пробки, кроме мебели; производство изделий из соломки и материалов для плетения',
    '木材、木材制品和软木制品的制造（家具除外）；草编制品及编织材料物品的制造',
  ],
  ['17', 'Manufacture of paper and paper products', 'Производство бумаги и бумажных изделий', '纸和纸制品的制造'],
  [
    '18',
    'Printing and reproduction of recorded media',
    'Деятельность полиграфическая и копирование носителей информации',
    '印刷和记录媒介的复制',
  ],
  [
    '19',
    'Manufacture of coke and refined petroleum products',
    'Производство кокса и нефтепродуктов',
    '焦炭和精炼石油产品的制造',
  ],
  [
    '20',
    'Manufacture of chemicals and chemical products',
    'Производство химических веществ и химических продуктов',
    '化学品及化学制品的制造',
  ],
  [
    '21',
    'Manufacture of basic pharmaceutical products and pharmaceutical preparations',
    'Производство основных фармацевтических продуктов и фармацевтических препаратов',
    '基本医药产品和医药制剂的制造',
  ],
  [
    '22',
    'Manufacture of rubber and plastics products',
    'Производство резиновых и пластмассовых изделий',
    '橡胶和塑料制品的制造',
  ],
  [
    '23',
    'Manufacture of other non-metallic mineral products',
    'Производство прочей неметаллической минеральной продукции',
    '其他非金属矿物制品的制造',
  ],
  ['24', 'Manufacture of basic metals', 'Производство металлургическое', '基本金属的制造'],
  [
    '25',
    'Manufacture of fabricated metal products, except machinery and equipment',
    'Производство готовых металлических изделий, кроме машин и оборудования',
    '金属制品的制造（机械设备除外）',
  ],
  [
    '26',
    'Manufacture of computer, electronic and optical products',
    'Производство компьютеров, электронных и оптических изделий',
    '计算机、电子和光学产品的制造',
  ],
  ['27', 'Manufacture of electrical equipment', 'Производство электрического оборудования', '电力设备的制造'],
  [
    '28',
    'Manufacture of machinery and equipment n.e.c.',
    'Производство машин и оборудования, не включённых в другие группировки',
    '未另分类的机械和设备的制造',
  ],
  [
    '29',
    'Manufacture of motor vehicles, trailers and semi-trailers',
    'Производство автотранспортных средств, прицепов и полуприцепов',
    '汽车、挂车和半挂车的制造',
  ],
  [
    '30',
    'Manufacture of other transport equipment',
    'Производство прочих транспортных средств и оборудования',
    '其他运输设备的制造',
  ],
  ['31', 'Manufacture of furniture', 'Производство мебели', '家具的制造'],
  ['32', 'Other manufacturing', 'Производство прочих готовых изделий', '其他制造业'],
  [
    '33',
    'Repair and installation of machinery and equipment',
    'Ремонт и монтаж машин и оборудования',
    '机械和设备的修理和安装',
  ],
  [
    '35',
    'Electricity, gas, steam and air conditioning supply',
    'Снабжение электроэнергией, газом, паром и кондиционированным воздухом',
    '电、煤气、蒸汽和空调的供应',
  ],
  ['36', 'Water collection, treatment and supply', 'Забор, очистка и распределение воды', '集水、水处理与水供应'],
  ['37', 'Sewerage', 'Сбор и обработка сточных вод', '污水处理'],
  [
    '38',
    'Waste collection, treatment and disposal activities; materials recovery',
    'Сбор, обработка и утилизация отходов; обработка вторичного сырья',
    '废物的收集、处理和处置活动；材料回收',
  ],
  [
    '39',
    'Remediation activities and other waste management services',
    'Деятельность по ликвидации загрязнений и прочие услуги в области удаления отходов',
    '补救活动和其他废物管理服务',
  ],
  ['41', 'Construction of buildings', 'Строительство зданий', '建筑物的建造'],
  ['42', 'Civil engineering', 'Строительство инженерных сооружений', '土木工程'],
  ['43', 'Specialized construction activities', 'Работы строительные специализированные', '专门建筑活动'],
  [
    '45',
    'Wholesale and retail trade and repair of motor vehicles and motorcycles',
    'Оптовая и розничная торговля автотранспортными средствами и мотоциклами и их ремонт',
    '汽车和摩托车的批发、零售和修理',
  ],
  [
    '46',
    'Wholesale trade, except of motor vehicles and motorcycles',
    'Оптовая торговля, кроме торговли автотранспортными средствами и мотоциклами',
    '批发贸易（汽车和摩托车除外）',
  ],
  [
    '47',
    'Retail trade, except of motor vehicles and motorcycles',
    'Розничная торговля, кроме торговли автотранспортными средствами и мотоциклами',
    '零售贸易（汽车和摩托车除外）',
  ],
  [
    '49',
    'Land transport and transport via pipelines',
    'Деятельность сухопутного и трубопроводного транспорта',
    '陆路运输和管道运输',
  ],
  ['50', 'Water transport', 'Деятельность водного транспорта', '水上运输'],
  ['51', 'Air transport', 'Деятельность воздушного транспорта', '航空运输'],
  [
    '52',
    'Warehousing and support activities for transportation',
    'Складское хозяйство и вспомогательная транспортная деятельность',
    '储存和运输辅助活动',
  ],
  ['53', 'Postal and courier activities', 'Деятельность почтовой связи и курьерская деятельность', '邮政和邮递活动'],
  ['55', 'Accommodation', 'Деятельность по предоставлению мест для временного проживания', '住宿'],
  [
    '56',
    'Food and beverage service activities',
    'Деятельность по предоставлению продуктов питания и напитков',
    '餐饮服务活动',
  ],
  ['58', 'Publishing activities', 'Деятельность издательская', '出版活动'],
  [
    '59',
    'Motion picture, video and television programme production, sound recording and music publishing activities',
    'Производство кинофильмов, видеофильмов и телевизионных программ, звукозапись и издание музыкальных произведений',
    '电影、录像和电视节目的制作、录音及音乐作品出版活动',
  ],
  [
    '60',
    'Programming and broadcasting activities',
    'Деятельность в области телевизионного и радиовещания',
    '节目制作和广播活动',
  ],
  ['61', 'Telecommunications', 'Деятельность в сфере телекоммуникаций', '电信'],
  [
    '62',
    'Computer programming, consultancy and related activities',
    'Разработка компьютерного программного обеспечения, консультационные услуги в данной области и другие сопутствующие услуги',
    '计算机编程、咨询及相关活动',
  ],
  ['63', 'Information service activities', 'Деятельность в области информационных услуг', '信息服务活动'],
  [
    '64',
    'Financial service activities, except insurance and pension funding',
    'Деятельность по предоставлению финансовых услуг, кроме услуг по страхованию и пенсионному обеспечению',
    '金融服务活动（保险和养恤金除外）',
  ],
  [
    '65',
    'Insurance, reinsurance and pension funding, except compulsory social security',
    'Страхование, перестрахование, деятельность негосударственных пенсионных фондов, кроме обязательного социального обеспечения',
    '保险、再保险和养恤金（强制性社会保障除外）',
  ],
  [
    '66',
    'Activities auxiliary to financial service and insurance activities',
    'Деятельность вспомогательная в сфере финансовых услуг и страхования',
    '金融服务和保险的辅助活动',
  ],
  ['68', 'Real estate activities', 'Операции с недвижимым имуществом', '房地产活动'],
  ['69', 'Legal and accounting activities', 'Деятельность в области права и бухгалтерского учёта', '法律和会计活动'],
  [
    '70',
    'Activities of head offices; management consultancy activities',
    'Деятельность головных офисов; консультирование по вопросам управления',
    '总公司的活动；管理咨询活动',
  ],
  [
    '71',
    'Architectural and engineering activities; technical testing and analysis',
    'Деятельность в области архитектуры и инженерно-технического проектирования; технических испытаний, исследований и анализа',
    '建筑和工程活动；技术测试和分析',
  ],
  ['72', 'Scientific research and development', 'Научные исследования и разработки', '科学研究与发展'],
  [
    '73',
    'Advertising and market research',
    'Деятельность рекламная и исследование конъюнктуры рынка',
    '广告业和市场调研',
  ],
  [
    '74',
    'Other professional, scientific and technical activities',
    'Деятельность профессиональная научная и техническая прочая',
    '其他专业、科学和技术活动',
  ],
  ['75', 'Veterinary activities', 'Деятельность ветеринарная', '兽医活动'],
  ['77', 'Rental and leasing activities', 'Аренда и лизинг', '出租和租赁活动'],
  ['78', 'Employment activities', 'Деятельность по трудоустройству и подбору персонала', '就业活动'],
  [
    '79',
    'Travel agency, tour operator, reservation service and related activities',
    'Деятельность туристических агентств и прочих организаций, предоставляющих услуги в сфере туризма',
    '旅行社、旅游经营者、预订服务及相关活动',
  ],
  [
    '80',
    'Security and investigation activities',
    'Деятельность по обеспечению безопасности и проведению расследований',
    '安保和调查活动',
  ],
  [
    '81',
    'Services to buildings and landscape activities',
    'Деятельность по обслуживанию зданий и территорий',
    '建筑物服务和园林景观活动',
  ],
  [
    '82',
    'Office administrative, office support and other business support activities',
    'Деятельность административно-хозяйственная, вспомогательная деятельность по обеспечению функционирования организации, деятельность по предоставлению прочих вспомогательных услуг для бизнеса',
    '办公室行政、办公支持和其他商业支持活动',
  ],
  [
    '84',
    'Public administration and defence; compulsory social security',
    'Государственное управление и обеспечение военной безопасности; социальное обеспечение',
    '公共管理与国防；强制性社会保障',
  ],
  ['85', 'Education', 'Образование', '教育'],
  ['86', 'Human health activities', 'Деятельность в области здравоохранения', '人类健康活动'],
  ['87', 'Residential care activities', 'Деятельность по уходу с обеспечением проживания', '留宿护理活动'],
  [
    '88',
    'Social work activities without accommodation',
    'Предоставление социальных услуг без обеспечения проживания',
    '不配备食宿的社会工作活动',
  ],
  [
    '90',
    'Creative, arts and entertainment activities',
    'Деятельность творческая, деятельность в области искусства и организации развлечений',
    '创作、艺术和娱乐活动',
  ],
  [
    '91',
    'Libraries, archives, museums and other cultural activities',
    'Деятельность библиотек, архивов, музеев и прочих объектов культуры',
    '图书馆、档案馆、博物馆及其他文化活动',
  ],
  [
    '92',
    'Gambling and betting activities',
    'Деятельность по организации азартных игр и заключению пари',
    '赌博和博彩活动',
  ],
  [
    '93',
    'Sports activities and amusement and recreation activities',
    'Деятельность в области спорта, отдыха и развлечений',
    '体育、娱乐和文娱活动',
  ],
  ['94', 'Activities of membership organizations', 'Деятельность общественных организаций', '会员组织的活动'],
  [
    '95',
    'Repair of computers and personal and household goods',
    'Ремонт компьютеров, предметов личного потребления и хозяйственно-бытового назначения',
    '计算机、个人和家庭用品的修理',
  ],
  [
    '96',
    'Other personal service activities',
    'Деятельность по предоставлению прочих персональных услуг',
    '其他个人服务活动',
  ],
  [
    '97',
    'Activities of households as employers of domestic personnel',
    'Деятельность домашних хозяйств как работодателей для домашнего персонала',
    '家庭作为家政人员雇主的活动',
  ],
  [
    '98',
    'Undifferentiated goods- and services-producing activities of private households for own use',
    'Недифференцированная деятельность частных домашних хозяйств по производству товаров и услуг для собственного потребления',
    '私人家庭自用、未加区分的物品生产和服务活动',
  ],
  [
    '99',
    'Activities of extraterritorial organizations and bodies',
    'Деятельность экстерриториальных организаций и органов',
    '域外组织和机构的活动',
  ],
];

/** The name of every ISIC Rev.4 section and division, by code: English official, zh and ru unofficial. */
export const isicNames: ReadonlyMap<string, LocalizedText> = new Map(
  isicNameRows.map(([code, en, ru, zh]) => [code, localized({ language: 'en', text: en }, { ru, zh })]),
);

/** Where the names come from, as the reference endpoint states it. */
export const isicSource =
  'ISIC Rev.4, United Nations Statistics Division, Statistical Papers Series M No. 4/Rev.4 (2008); English names as published, Chinese and Russian names are unofficial translations.';
