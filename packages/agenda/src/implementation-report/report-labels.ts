import type { Language } from '../../../core/src/localized-text.ts';
import type { EventFormat, InitiativeStage, ReportStatus, Topic } from '../vocabulary.ts';

/**
 * The words of the printed implementation report in its three languages. The vocabulary labels are the web app's
 * (a test keeps them equal to apps/web/src/locales); the rest are the report's own.
 */
export interface ReportLabels {
  /** Punctuation: after a label, between clauses, between list items, between the ends of a date range. */
  colon: string;
  comma: string;
  listSeparator: string;
  rangeSeparator: string;
  title: string;
  period: string;
  topics: string;
  allTopics: string;
  generatedAt: string;
  summary: string;
  initiativeCount: string;
  stageChangeCount: string;
  reportCount: string;
  eventCount: string;
  byStage: string;
  byTopic: string;
  byCountry: string;
  count: string;
  initiatives: string;
  currentStage: string;
  lead: string;
  dueOn: string;
  stageChangesInPeriod: string;
  noStageChanges: string;
  date: string;
  change: string;
  basis: string;
  paragraph: (ordinal: number) => string;
  acceptedReport: string;
  memberStateReports: string;
  country: string;
  initiative: string;
  reportPeriod: string;
  progress: string;
  status: string;
  narrative: string;
  eventsHeld: string;
  event: string;
  place: string;
  format: string;
  noneInPeriod: string;
  notGiven: string;
  unofficial: string;
  /** Where the report's language has no text and the original is shown instead. */
  missing: (shown: Language) => string;
  sourceHeading: string;
  source: string;
  provenance: string;
  stage: Record<InitiativeStage, string>;
  topic: Record<Topic, string>;
  reportStatus: Record<ReportStatus, string>;
  eventFormat: Record<EventFormat, string>;
  languageName: Record<Language, string>;
}

export const reportLabels: Record<Language, ReportLabels> = {
  zh: {
    colon: '：',
    comma: '，',
    listSeparator: '、',
    rangeSeparator: '至',
    title: '上海合作组织合作议程落实情况报告',
    period: '报告期',
    topics: '议题',
    allTopics: '全部议题',
    generatedAt: '生成时间',
    summary: '概况',
    initiativeCount: '倡议',
    stageChangeCount: '阶段变化',
    reportCount: '成员国报告',
    eventCount: '已举行的活动',
    byStage: '按阶段分列的倡议',
    byTopic: '按议题分列的倡议',
    byCountry: '按国家分列的报告',
    count: '数量',
    initiatives: '倡议及其进展',
    currentStage: '当前阶段',
    lead: '牵头方',
    dueOn: '完成期限',
    stageChangesInPeriod: '报告期内的阶段变化',
    noStageChanges: '报告期内无阶段变化。',
    date: '日期',
    change: '变化',
    basis: '依据',
    paragraph: (ordinal) => `第${ordinal}段`,
    acceptedReport: '已接受的成员国报告',
    memberStateReports: '成员国落实报告（已接受）',
    country: '国家',
    initiative: '倡议',
    reportPeriod: '报告所涉期间',
    progress: '进度',
    status: '状态',
    narrative: '说明',
    eventsHeld: '报告期内举行的活动',
    event: '活动',
    place: '地点',
    format: '形式',
    noneInPeriod: '报告期内无。',
    notGiven: '未注明',
    unofficial: '非官方译文',
    missing: (shown) => `暂无中文文本，显示原文（${reportLabels.zh.languageName[shown]}）`,
    sourceHeading: '资料来源',
    source:
      '本报告由上合组织合作平台根据上合组织会议文件及成员国提交并经秘书处接受的落实报告生成。官方文本以上合组织公布的文本为准。',
    provenance: '标有“非官方译文”的文本系本平台所译，并非上合组织官方文本。',
    stage: {
      proposed: '已提出',
      noted: '已注意到',
      supported: '已获支持',
      approved: '已批准',
      in_progress: '实施中',
      implemented: '已落实',
      stalled: '停滞',
      withdrawn: '已撤回',
    },
    topic: {
      institutional: '机制建设',
      global_governance: '全球治理',
      security: '安全',
      trade: '贸易',
      investment: '投资',
      finance: '金融',
      industry: '工业',
      digital_economy: '数字经济',
      ai: '人工智能',
      science_technology: '科技',
      space: '航天',
      transport: '交通运输',
      customs: '海关',
      energy: '能源',
      climate: '气候',
      environment: '环境',
      agriculture: '农业',
      emergency: '紧急救灾',
      health: '卫生',
      social: '社会事务',
      education: '教育',
      youth: '青年',
      sport: '体育',
      culture: '文化',
      tourism: '旅游',
      people_to_people: '人文交流',
    },
    reportStatus: { not_started: '尚未启动', in_progress: '进行中', completed: '已完成', delayed: '延迟' },
    eventFormat: { in_person: '线下', video: '视频会议' },
    languageName: { zh: '中文', ru: '俄文', en: '英文' },
  },
  ru: {
    colon: ': ',
    comma: ', ',
    listSeparator: ', ',
    rangeSeparator: ' – ',
    title: 'Доклад о ходе реализации повестки сотрудничества ШОС',
    period: 'Отчётный период',
    topics: 'Темы',
    allTopics: 'Все темы',
    generatedAt: 'Сформирован',
    summary: 'Основные показатели',
    initiativeCount: 'Инициативы',
    stageChangeCount: 'Изменения этапа',
    reportCount: 'Доклады государств',
    eventCount: 'Проведённые мероприятия',
    byStage: 'Инициативы по этапам',
    byTopic: 'Инициативы по темам',
    byCountry: 'Доклады по государствам',
    count: 'Количество',
    initiatives: 'Инициативы и ход их реализации',
    currentStage: 'Текущий этап',
    lead: 'Ответственный',
    dueOn: 'Срок',
    stageChangesInPeriod: 'Изменения этапа за период',
    noStageChanges: 'За период этап не менялся.',
    date: 'Дата',
    change: 'Изменение',
    basis: 'Основание',
    paragraph: (ordinal) => `пункт ${ordinal}`,
    acceptedReport: 'принятый доклад государства-члена',
    memberStateReports: 'Доклады государств-членов (принятые)',
    country: 'Государство',
    initiative: 'Инициатива',
    reportPeriod: 'Период доклада',
    progress: 'Выполнение',
    status: 'Статус',
    narrative: 'Содержание',
    eventsHeld: 'Мероприятия, проведённые за период',
    event: 'Мероприятие',
    place: 'Место',
    format: 'Формат',
    noneInPeriod: 'За период нет.',
    notGiven: 'Не указано',
    unofficial: 'Неофициальный перевод',
    missing: (shown) => `Текста на русском языке нет; показан оригинал (${reportLabels.ru.languageName[shown]})`,
    sourceHeading: 'Источник',
    source:
      'Доклад сформирован Платформой сотрудничества ШОС на основе документов заседаний ШОС и докладов государств-членов, принятых Секретариатом. Официальными являются тексты, опубликованные ШОС.',
    provenance:
      'Тексты с пометкой «Неофициальный перевод» переведены для платформы и не являются официальными текстами ШОС.',
    stage: {
      proposed: 'Предложена',
      noted: 'Принята к сведению',
      supported: 'Поддержана',
      approved: 'Утверждена',
      in_progress: 'Реализуется',
      implemented: 'Реализована',
      stalled: 'Приостановлена',
      withdrawn: 'Отозвана',
    },
    topic: {
      institutional: 'Институциональные вопросы',
      global_governance: 'Глобальное управление',
      security: 'Безопасность',
      trade: 'Торговля',
      investment: 'Инвестиции',
      finance: 'Финансы',
      industry: 'Промышленность',
      digital_economy: 'Цифровая экономика',
      ai: 'Искусственный интеллект',
      science_technology: 'Наука и технологии',
      space: 'Космос',
      transport: 'Транспорт',
      customs: 'Таможня',
      energy: 'Энергетика',
      climate: 'Климат',
      environment: 'Окружающая среда',
      agriculture: 'Сельское хозяйство',
      emergency: 'Чрезвычайные ситуации',
      health: 'Здравоохранение',
      social: 'Социальная сфера',
      education: 'Образование',
      youth: 'Молодёжь',
      sport: 'Спорт',
      culture: 'Культура',
      tourism: 'Туризм',
      people_to_people: 'Гуманитарные связи',
    },
    reportStatus: {
      not_started: 'Не начато',
      in_progress: 'Выполняется',
      completed: 'Завершено',
      delayed: 'С задержкой',
    },
    eventFormat: { in_person: 'Очно', video: 'Видеоконференция' },
    languageName: { zh: 'китайский', ru: 'русский', en: 'английский' },
  },
  en: {
    colon: ': ',
    comma: ', ',
    listSeparator: ', ',
    rangeSeparator: ' – ',
    title: 'SCO cooperation agenda: implementation report',
    period: 'Period',
    topics: 'Topics',
    allTopics: 'All topics',
    generatedAt: 'Generated',
    summary: 'Summary',
    initiativeCount: 'Initiatives',
    stageChangeCount: 'Stage changes',
    reportCount: 'Member-state reports',
    eventCount: 'Events held',
    byStage: 'Initiatives by stage',
    byTopic: 'Initiatives by topic',
    byCountry: 'Reports by country',
    count: 'Count',
    initiatives: 'Initiatives and their progress',
    currentStage: 'Current stage',
    lead: 'Lead',
    dueOn: 'Due',
    stageChangesInPeriod: 'Stage changes in the period',
    noStageChanges: 'No stage change in the period.',
    date: 'Date',
    change: 'Change',
    basis: 'Basis',
    paragraph: (ordinal) => `paragraph ${ordinal}`,
    acceptedReport: 'accepted member-state report',
    memberStateReports: 'Member-state reports (accepted)',
    country: 'Country',
    initiative: 'Initiative',
    reportPeriod: 'Period reported',
    progress: 'Progress',
    status: 'Status',
    narrative: 'Narrative',
    eventsHeld: 'Events held in the period',
    event: 'Event',
    place: 'Place',
    format: 'Format',
    noneInPeriod: 'None in the period.',
    notGiven: 'Not given',
    unofficial: 'Unofficial translation',
    missing: (shown) => `No English text; shown in the original (${reportLabels.en.languageName[shown]})`,
    sourceHeading: 'Source',
    source:
      'Generated by the SCO Cooperation Platform from the texts of SCO meetings and the member-state reports accepted by the Secretariat. The official texts are those published by the SCO.',
    provenance:
      'Texts marked "Unofficial translation" were translated for the platform and are not official SCO texts.',
    stage: {
      proposed: 'Proposed',
      noted: 'Noted',
      supported: 'Supported',
      approved: 'Approved',
      in_progress: 'In progress',
      implemented: 'Implemented',
      stalled: 'Stalled',
      withdrawn: 'Withdrawn',
    },
    topic: {
      institutional: 'Institutional matters',
      global_governance: 'Global governance',
      security: 'Security',
      trade: 'Trade',
      investment: 'Investment',
      finance: 'Finance',
      industry: 'Industry',
      digital_economy: 'Digital economy',
      ai: 'Artificial intelligence',
      science_technology: 'Science and technology',
      space: 'Space',
      transport: 'Transport',
      customs: 'Customs',
      energy: 'Energy',
      climate: 'Climate',
      environment: 'Environment',
      agriculture: 'Agriculture',
      emergency: 'Emergency response',
      health: 'Health',
      social: 'Social affairs',
      education: 'Education',
      youth: 'Youth',
      sport: 'Sport',
      culture: 'Culture',
      tourism: 'Tourism',
      people_to_people: 'People-to-people ties',
    },
    reportStatus: {
      not_started: 'Not started',
      in_progress: 'In progress',
      completed: 'Completed',
      delayed: 'Delayed',
    },
    eventFormat: { in_person: 'In person', video: 'Video conference' },
    languageName: { zh: 'Chinese', ru: 'Russian', en: 'English' },
  },
};
