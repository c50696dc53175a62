import { type Topic, topics } from '../../vocabulary.ts';

/**
 * Keyword rules, one row per topic: a statement has a topic when its text contains any of the row's words. Words
 * are chosen to be specific, because broad words mislead: 安全 also occurs in 粮食安全 and 能源安全, 生态 in 创新生态系统,
 * 环境 in 市场环境. Read each row as "statements about X use these words".
 */
export const topicKeywords: Readonly<Record<Topic, readonly string[]>> = {
  institutional: [
    '轮值主席国',
    '运作机制',
    '常设机构',
    '常设（执行）机构',
    '秘书处',
    '预算',
    '上合组织宪章',
    '使用语言',
    '改革发展',
    '理事会主席',
    '下次会议',
    '财务',
    '审计',
  ],
  global_governance: [
    '联合国',
    '多极世界',
    '国际关系',
    '国际法',
    '全球南方',
    '全球经济治理',
    '全球金融治理',
    '单边强制措施',
    '人类命运共同体',
    '国际社会',
  ],
  security: ['安全架构', '安全威胁', '安全战略', '禁毒', '反恐', '热点问题', '集团化', '对抗性思维'],
  trade: [
    '经贸',
    '贸易',
    '供应链',
    '经济空间',
    '大欧亚伙伴关系',
    '反垄断',
    '公平竞争',
    '统计部门',
    '标准化',
    '市场波动',
    '实业界',
    '欧亚经济联盟',
  ],
  investment: ['投资'],
  finance: ['金融', '银行', '结算', '本币', '融资', '出口信保'],
  industry: ['工业', '产业', '关键材料'],
  digital_economy: ['数字', '电子商务', '电子门户', '电子平台'],
  ai: ['人工智能'],
  science_technology: ['科技', '创新', '技术转移', '科研', '初创企业', '未来技术', '研发'],
  space: ['外空', '太空', '空间监测'],
  transport: [
    '交通',
    '物流',
    '运输',
    '铁路',
    '航空',
    '航线',
    '港口',
    '互联互通',
    '多式联运',
    '直航',
    '电动汽车',
    '一带一路',
  ],
  customs: ['海关', '贸易便利化'],
  energy: ['能源', '核能', '燃料', '氢能', '水电'],
  climate: ['气候', '碳市场', '碳交易', '低排放', '冰川'],
  environment: [
    '环境保护',
    '环境友好',
    '环保',
    '生态问题',
    '生态安全',
    '生态峰会',
    '绿色',
    '自然资源',
    '水促进可持续发展',
  ],
  agriculture: ['粮食', '农业', '农产品', '种业', '育种'],
  emergency: ['紧急', '应急', '灾害', '救灾'],
  health: ['卫生', '医疗', '医学', '疾病', '药品', '防疫', '传染病', '鼠疫', '流行病', '生物安全'],
  social: ['减贫', '社会保障', '社会发展', '就业', '弱势群体'],
  education: ['教育', '大学', '学术'],
  youth: ['青年'],
  sport: ['体育', '运动会', '马拉松', '运动员', '赛事'],
  culture: ['文化', '艺术节', '电影节', '音乐', '文明论坛', '遗产', '游牧', '伊塞克湖论坛'],
  tourism: ['旅游', '签证'],
  people_to_people: ['民间外交', '人文', '睦邻友好', '友谊', '相互理解', '民众'],
};

/**
 * The topics of a statement, in vocabulary order. A statement that matches no row is about the organisation itself
 * (`institutional`), so every statement has at least one topic.
 */
export function classifyTopics(text: string): Topic[] {
  const matched = topics.filter((topic) => topicKeywords[topic].some((keyword) => text.includes(keyword)));
  return matched.length > 0 ? matched : ['institutional'];
}
