import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/src/errors.ts';
import type { PartialDate, Span } from '../types.ts';
import { matchCountryPrefix } from './country-aliases.ts';
import { parseChineseText, summarizeCommunique } from './parse-chinese-text.ts';

// Expected facts below were read by hand from the seed: Joint Communiqué of the 24th meeting of the SCO Council of
// Heads of Government, Moscow, 17–18 November 2025.
const seed = readFileSync(new URL('../../../seed/communique-24-zh.txt', import.meta.url), 'utf8');
const parsed = parseChineseText({ text: seed });
const slice = (span: Span) => parsed.text.slice(span.start, span.end);
const statement = (ordinal: number) => parsed.statements[ordinal - 1]!;
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });
const heads = ['BY', 'IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseChineseText on the seed: meeting header', () => {
  it('reads body, number, dates, place and title', () => {
    const { participants: _participants, chair: _chair, nextMeeting: _nextMeeting, span, ...meeting } = parsed.meeting;
    expect(meeting).toEqual({
      bodyName: '上海合作组织成员国政府首脑（总理）理事会',
      body: 'heads_of_government',
      number: 24,
      title: '上海合作组织成员国政府首脑（总理）理事会第二十四次会议联合公报',
      start: day('2025-11-17'),
      end: day('2025-11-18'),
      place: '莫斯科',
      format: 'in_person',
    });
    expect(slice(span).startsWith('上海合作组织成员国政府首脑（总理）理事会')).toBe(true);
    expect(slice(span).endsWith('以及巴林、埃及、科威特和土库曼斯坦代表列席会议。')).toBe(true);
  });

  it('reads the chair', () => {
    const { span, ...chair } = parsed.meeting.chair!;
    expect(chair).toEqual({ countryCode: 'RU', title: '政府总理', personName: '米舒斯京' });
    expect(slice(span)).toBe('俄罗斯联邦政府总理米舒斯京');
  });

  it('reads the ten heads of delegation with their titles', () => {
    const delegations = parsed.meeting.participants
      .filter((participant) => participant.role === 'head_of_delegation')
      .map(({ countryCode, title, personName, organization }) => [countryCode, title, personName, organization]);
    expect(delegations).toEqual([
      ['BY', '总理', '图尔钦', null],
      ['IN', '外交部长', '苏杰生', null],
      ['IR', '第一副总统', '阿雷夫', null],
      ['KZ', '总理', '别克捷诺夫', null],
      ['CN', '国务院总理', '李强', null],
      ['KG', '总理', '卡瑟马利耶夫', null],
      ['PK', '副总理兼外交部长', '达尔', null],
      ['RU', '政府总理', '米舒斯京', null],
      ['TJ', '总理', '拉苏尔佐达', null],
      ['UZ', '总理', '阿里波夫', null],
    ]);
  });

  it('reads the guests of both 列席会议 paragraphs', () => {
    const guests = parsed.meeting.participants
      .filter((participant) => participant.role === 'guest')
      .map(({ countryCode, title, personName, organization }) => [countryCode, organization, title, personName]);
    expect(guests).toEqual([
      [null, '上合组织', '秘书长', '叶尔梅克巴耶夫'],
      [null, '上合组织地区反恐怖机构执行委员会', '主任', '沙尔舍耶夫'],
      [null, '上合组织实业家委员会', '轮值主席', '任鸿斌'],
      [null, '上合组织银行联合体理事会', '代表', '谭炯'],
      ['QA', null, '首相兼外交大臣', '穆罕默德'],
      ['MN', null, '总理', '赞登沙特尔'],
      [null, '独立国家联合体', '常设机构负责人', null],
      [null, '欧亚经济联盟', '常设机构负责人', null],
      [null, '亚洲相互协作与信任措施会议', '常设机构负责人', null],
      ['BH', null, '代表', null],
      ['EG', null, '代表', null],
      ['KW', null, '代表', null],
      ['TM', null, '代表', null],
    ]);
  });

  it('reads the next meeting from the last paragraph', () => {
    const { span, ...nextMeeting } = parsed.meeting.nextMeeting!;
    expect(nextMeeting).toEqual({ date: year(2026), place: '塔吉克斯坦共和国', countryCode: 'TJ' });
    expect(slice(span)).toBe('上合组织成员国政府首脑（总理）理事会下次会议将于2026年在塔吉克斯坦共和国举行。');
  });
});

describe('parseChineseText on the seed: statements', () => {
  it('starts the statements after the guests and ends with the next meeting', () => {
    expect(parsed.statements).toHaveLength(97);
    expect(parsed.statements.map((s) => s.ordinal)).toEqual(parsed.statements.map((_s, index) => index + 1));
    expect(statement(1).text.startsWith('各代表团团长高度评价中华人民共和国担任2024年至2025年')).toBe(true);
    expect(statement(95).text).toBe('会议就涉及上合组织常设机构的财务和组织活动的一系列问题通过决议。');
    expect(statement(97).text).toBe('上合组织成员国政府首脑（总理）理事会下次会议将于2026年在塔吉克斯坦共和国举行。');
  });

  it.each([
    [1, 'appreciated', ['considered'], 'heads_of_delegation', heads],
    [2, 'expressed', [], 'heads_of_delegation', heads],
    [3, 'pointed_out', ['reaffirmed', 'committed'], 'heads_of_delegation', heads],
    [12, 'concerned', ['reaffirmed', 'committed'], 'heads_of_delegation', heads],
    [14, 'reaffirmed', ['supported', 'appreciated'], 'named_states', ['BY', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ']],
    [16, 'emphasized', ['committed', 'noted'], 'heads_of_delegation', heads],
    [19, 'considered', ['advocated'], 'heads_of_delegation', heads],
    [20, 'committed', [], 'competent_authorities', heads],
    [21, 'pointed_out', ['noted', 'welcomed'], 'heads_of_delegation', heads],
    [24, 'welcomed', ['noted'], 'heads_of_delegation', heads],
    [31, 'emphasized', ['supported', 'noted', 'committed'], 'heads_of_delegation', heads],
    [33, 'supported', ['committed'], 'heads_of_delegation', heads],
    [35, 'committed', ['noted'], 'relevant_member_states', []],
    [46, 'noted', [], 'heads_of_delegation', heads],
    [49, 'committed', ['supported'], 'competent_authorities', heads],
    [58, 'supported', [], 'heads_of_delegation', heads],
    [62, 'approved', ['noted'], 'heads_of_delegation', heads],
    [70, 'noted', ['considered', 'pointed_out'], 'heads_of_delegation', heads],
    [76, 'supported', ['welcomed'], 'heads_of_delegation', heads],
    [87, 'emphasized', ['reaffirmed', 'committed'], 'heads_of_delegation', heads],
    [90, 'appreciated', [], 'heads_of_delegation', heads],
    [93, 'emphasized', ['appreciated'], 'heads_of_delegation', heads],
    [95, 'decided', [], 'meeting', []],
    [96, 'pointed_out', ['appreciated'], 'heads_of_delegation', heads],
    [97, 'committed', [], 'meeting', []],
  ] as const)('statement %i: %s %j by %s', (ordinal, stance, otherStances, actorKind, codes) => {
    expect(statement(ordinal)).toMatchObject({ stance, otherStances, actorKind, actorCountryCodes: codes });
  });

  it('gives every statement at least one topic, and the expected topics to a sample', () => {
    for (const s of parsed.statements) expect(s.topics.length).toBeGreaterThan(0);
    expect(statement(22).topics).toEqual(['ai']);
    expect(statement(39).topics).toEqual(['transport']);
    expect(statement(74).topics).toEqual(['health']);
    expect(statement(95).topics).toEqual(['institutional']);
  });
});

describe('parseChineseText on the seed: documents', () => {
  it('finds the 39 distinct titles (38 in 《》, one quoted resolution), in order of first mention, with the adoption data the text gives', () => {
    const distinct = new Map<string, [PartialDate | null, string | null]>();
    for (const s of parsed.statements) {
      for (const d of s.documents) if (!distinct.has(d.title)) distinct.set(d.title, [d.adopted, d.place]);
    }
    expect([...distinct]).toEqual([
      ['联合国宪章', [null, null]],
      ['上合组织宪章', [null, null]],
      ['上合组织关于各国团结共促世界公正、和睦、发展的倡议', [null, null]],
      ['上合组织未来10年（2026－2035年）发展战略', [null, null]],
      ['上合组织成员国元首理事会天津宣言', [null, null]],
      ['关于完善上合组织运作机制的建议', [null, null]],
      ['上合组织成员国元首理事会关于支持多边贸易体制的声明', [day('2025-09-01'), '天津']],
      ['上合组织至2030年经济发展战略', [null, null]],
      ['上合组织成员国多边经贸合作纲要', [null, null]],
      ['上合组织成员国元首理事会关于加强数字经济发展的声明', [day('2025-09-01'), '天津']],
      ['上合组织成员国数字化转型行动计划', [day('2025-06-17'), '克拉玛依']],
      ['上合组织成员国元首理事会关于进一步加强科技创新合作的声明', [day('2025-09-01'), '天津']],
      ['上合组织成员国人工智能领域合作发展规划实施路线图', [day('2025-06-12'), '成都']],
      ['上合组织成员国元首理事会关于进一步深化人工智能国际合作的声明', [day('2025-09-01'), '天津']],
      ['上合组织未来技术纲要', [null, null]],
      ['人工智能为中亚地区可持续发展创造新机遇方面的作用', [null, null]],
      ['〈上合组织成员国发展创意经济合作框架〉实施计划', [day('2025-09-06'), '符拉迪沃斯托克']],
      ['上合组织成员国相关部门关于加强可持续发展领域投资合作的声明', [day('2025-09-01'), '天津']],
      ['上合组织成员国促进相互投资综合措施', [null, null]],
      ['打造统一数字平台管理陆路货物多式联运概念文件', [null, null]],
      ['上合组织成员国政府间国际道路运输便利化协定', [day('2014-09-12'), '杜尚别']],
      ['上合组织成员国发展互联互通和建立高效交通走廊构想', [day('2022-09-16'), '撒马尔罕']],
      ['上合组织统一运输空间概念文件', [null, null]],
      ['上合组织成员国政府间贸易便利化协定', [null, null]],
      ['上合组织成员国元首理事会关于能源可持续发展的声明', [day('2025-09-01'), '天津']],
      ['〈上合组织2030年前能源合作发展战略〉实施路线图', [day('2025-09-01'), '天津']],
      ['上合组织成员国2026－2028年社会发展与保障领域合作路线图', [null, null]],
      ['杜尚别宣言', [null, null]],
      ['2024－2026年落实〈上合组织绿色之带纲要〉联合行动计划', [day('2024-05-22'), '阿斯塔纳']],
      ['〈上合组织成员国环保合作构想〉2025－2027年落实措施计划', [day('2024-05-22'), '阿斯塔纳']],
      ['上合组织成员国关于加强可持续发展合作的倡议', [day('2025-07-03'), '天津']],
      ['上合组织成员国元首理事会关于应对气候变化的声明', [day('2022-09-16'), '撒马尔罕']],
      ['上合组织成员国政府间气候变化协定', [null, null]],
      ['上合组织成员国卫生领域合作主要措施计划（2025－2027年）', [day('2024-03-14'), '阿斯塔纳']],
      ['上合组织成员国元首关于在上合组织地区共同应对流行病威胁的声明', [day('2018-06-10'), '青岛']],
      ['上合组织成员国政府间关于上合组织大学设立和运行的协定', [day('2017-06-06'), '阿斯塔纳']],
      ['联合国教科文组织宪章', [year(1945), null]],
      ['上合组织成员国政府间文化遗产保护合作协定', [year(2021), null]],
      ['上合组织秘书处关于落实〈上合组织成员国多边经贸合作纲要〉举行活动和会议的报告', [null, null]],
    ]);
  });

  it('agrees with a plain count of distinct 《》 contents in the text', () => {
    const outerTitles = new Set([...parsed.text.matchAll(/《([^《》]*)》/g)].map((match) => match[1]));
    expect(outerTitles.size).toBe(38);
  });
});

describe('parseChineseText on the seed: events', () => {
  type ExpectedEvent = [
    number,
    string,
    PartialDate,
    PartialDate,
    string | null,
    'in_person' | 'video',
    'held' | 'planned',
  ];
  const expected: ExpectedEvent[] = [
    [3, '上合组织成员国元首理事会会议', day('2025-08-31'), day('2025-09-01'), '天津', 'in_person', 'held'],
    [3, '“上合组织+”会议', day('2025-08-31'), day('2025-09-01'), '天津', 'in_person', 'held'],
    [
      15,
      '上合组织成员国第二十四次经贸部长会议',
      day('2025-09-06'),
      day('2025-09-06'),
      '符拉迪沃斯托克',
      'in_person',
      'held',
    ],
    [21, '国际技术大会', day('2025-09-16'), day('2025-09-18'), '莫斯科', 'in_person', 'held'],
    [23, '上合组织成员国人工智能专家会议', year(2026), year(2026), null, 'in_person', 'planned'],
    [23, '“人工智能服务上合组织经济”高级别会议', year(2027), year(2027), '哈萨克斯坦', 'in_person', 'planned'],
    [
      25,
      '“外空技术对实现上合组织可持续发展目标的贡献”会议',
      day('2025-09-16'),
      day('2025-09-18'),
      '莫斯科',
      'in_person',
      'held',
    ],
    [28, '上合组织创新经济大会', day('2025-09-26'), day('2025-09-26'), '莫斯科', 'in_person', 'held'],
    [29, '上合组织成员国工业部长会议', day('2025-07-07'), day('2025-07-07'), '叶卡捷琳堡', 'in_person', 'held'],
    [
      39,
      '上合组织成员国港口和物流中心负责人会议',
      day('2025-12-18'),
      day('2025-12-19'),
      '阿克套',
      'in_person',
      'planned',
    ],
    [53, '成员国最高审计机关负责人第七次会议', day('2025-04-14'), day('2025-04-14'), '杜尚别', 'in_person', 'held'],
    [
      60,
      '上合组织－阿盟“气候变化与可持续能源”高级别会议',
      day('2025-10-03'),
      day('2025-10-03'),
      '阿斯塔纳',
      'in_person',
      'held',
    ],
    [61, '首届上合组织国家绿色发展论坛', day('2024-07-08'), day('2024-07-09'), '青岛', 'in_person', 'held'],
    [61, '上合组织可持续发展论坛', day('2025-04-17'), day('2025-04-17'), '鄂木斯克', 'in_person', 'held'],
    [61, '上合组织可持续发展论坛', day('2025-11-17'), day('2025-11-17'), '莫斯科', 'in_person', 'held'],
    [64, '首届国际冰川保护高级别会议', day('2025-05-29'), day('2025-05-31'), '杜尚别', 'in_person', 'held'],
    [66, '上合组织生态问题特别会议', year(2026), year(2026), '阿斯塔纳', 'in_person', 'planned'],
    [
      67,
      '第四届国际高级别会议',
      { date: '2026-05-01', precision: 'month' },
      { date: '2026-05-01', precision: 'month' },
      '杜尚别',
      'in_person',
      'planned',
    ],
    [
      71,
      '上合组织成员国边境地区紧急救灾部门负责人会议',
      day('2025-05-12'),
      day('2025-05-12'),
      '上海',
      'in_person',
      'held',
    ],
    [
      75,
      '以“构建应对气候变化可持续社会保障体系：保护上合组织地区弱势群体免受气候变化冲击”为主题的特别工作组会议',
      day('2025-10-22'),
      day('2025-10-22'),
      null,
      'video',
      'held',
    ],
    [78, '上合组织青年委员会会议', day('2025-07-29'), day('2025-07-29'), '北京', 'in_person', 'held'],
    [78, '上合组织青年论坛', day('2025-08-19'), day('2025-08-23'), '鄂木斯克', 'in_person', 'held'],
    [79, '上合组织成员国青年论坛及部长级会议', day('2026-03-17'), day('2026-03-22'), '杜尚别', 'in_person', 'planned'],
    [82, '上合组织成员国体育部门负责人会议', day('2025-05-21'), day('2025-05-21'), '哈尔滨', 'in_person', 'held'],
    [
      83,
      '由上合组织有关成员国参加并向各国开放的国际体育赛事',
      year(2026),
      year(2026),
      '俄罗斯',
      'in_person',
      'planned',
    ],
    [83, '上合组织公开赛', year(2026), year(2026), '俄罗斯', 'in_person', 'planned'],
    [84, '联合国教科文组织大会第43届会议', day('2025-11-06'), day('2025-11-06'), null, 'in_person', 'held'],
    [86, '第六届世界游牧民族运动会', year(2026), year(2026), '比什凯克和乔蓬阿塔', 'in_person', 'planned'],
    [88, '上合组织艺术节', day('2025-07-07'), day('2025-07-07'), '青岛', 'in_person', 'held'],
    [88, '电影节', day('2025-07-06'), day('2025-07-06'), '重庆', 'in_person', 'held'],
    [88, '“国际视界”国际音乐大赛', day('2025-09-20'), day('2025-09-20'), '莫斯科', 'in_person', 'held'],
    [91, '以钦吉斯·艾特玛托夫命名的伊塞克湖论坛周年会议', year(2026), year(2026), null, 'in_person', 'planned'],
    [
      97,
      '上合组织成员国政府首脑（总理）理事会下次会议',
      year(2026),
      year(2026),
      '塔吉克斯坦共和国',
      'in_person',
      'planned',
    ],
  ];

  it('finds every dated event with its dates, place, format and status', () => {
    const found = parsed.statements.flatMap((s) =>
      s.events.map((e): ExpectedEvent => [s.ordinal, e.name, e.start!, e.end!, e.place, e.format, e.status]),
    );
    expect(found).toEqual(expected);
  });
});

describe('parseChineseText on the seed: initiatives', () => {
  it('finds every initiative with the stage its statement gives', () => {
    const found = parsed.statements.flatMap((s) => s.initiatives.map((i) => [s.ordinal, i.stage, i.title]));
    expect(found).toEqual([
      [10, 'noted', '成立安全战略研究中心'],
      [14, 'supported', '共建“一带一路”'],
      [16, 'noted', '建立“大欧亚伙伴关系”'],
      [23, 'noted', '举办2026年上合组织成员国人工智能专家会议'],
      [23, 'noted', '2027年在哈萨克斯坦举办“人工智能服务上合组织经济”高级别会议'],
      [23, 'noted', '制定《上合组织未来技术纲要》'],
      [24, 'noted', '在杜尚别建立中亚人工智能中心'],
      [26, 'noted', '成立“新前沿与变革性科技委员会”'],
      [32, 'noted', '成立上合组织出口信保与投资保险机构联盟'],
      [32, 'noted', '建立专门的电子门户网站以促进商务对接和投资'],
      [32, 'noted', '每年举办“上合组织投资”论坛'],
      [33, 'supported', '建立项目融资保障机制'],
      [33, 'approved', '成立上合组织开发银行'],
      [34, 'noted', '成立上合组织办事处'],
      [35, 'noted', '成立完善金融基础设施工作组'],
      [35, 'noted', '制定相关综合措施'],
      [41, 'noted', '制定上合组织《打造统一数字平台管理陆路货物多式联运概念文件》'],
      [44, 'noted', '制定《上合组织统一运输空间概念文件》'],
      [46, 'noted', '建立上合组织航空安全署'],
      [54, 'noted', '建立育种和种业合作专家工作组'],
      [54, 'noted', '“上合组织粮食安全图集”电子平台'],
      [57, 'noted', '成立上合组织地区关键材料中心'],
      [62, 'approved', '上合组织成员国2026－2028年社会发展与保障领域合作路线图'],
      [62, 'noted', '在上合组织经济智库联盟框架内设立可持续发展委员会'],
      [66, 'noted', '在联合国区域生态峰会框架内举办上合组织生态问题特别会议'],
      [73, 'supported', '上合组织医学协会'],
      [73, 'supported', '上合组织医疗旅游联盟'],
      [74, 'supported', '签署关于防治鼠疫的合作协定'],
      [77, 'noted', '建立上合组织大学线上校园合作网络'],
      [79, 'noted', '举行上合组织成员国青年论坛及部长级会议'],
      [83, 'noted', '2026年在俄罗斯举行由上合组织有关成员国参加并向各国开放的国际体育赛事和上合组织公开赛'],
      [85, 'noted', '设立上合组织文明论坛并于2026年举办开幕式'],
      [91, 'noted', '2026年在上合组织框架内举办以钦吉斯·艾特玛托夫命名的伊塞克湖论坛周年会议'],
      [94, 'approved', '上合组织秘书处关于落实〈上合组织成员国多边经贸合作纲要〉举行活动和会议的报告'],
      [94, 'approved', '上合组织2026年预算'],
    ]);
  });
});

describe('parseChineseText on the seed: spans', () => {
  it('points every fact at its source in the normalised text', () => {
    for (const s of parsed.statements) {
      expect(slice(s.span)).toBe(s.text);
      for (const d of s.documents)
        expect([`《${d.title}》`, `“${d.title}”`]).toContain(slice(d.span).slice(0, d.title.length + 2));
      for (const i of s.initiatives) expect(slice(i.span)).toBe(i.title);
      for (const e of s.events) {
        expect(slice(e.span)).toContain(e.name);
        expect(slice(e.span)).toContain(`${e.start!.date.slice(0, 4)}年`);
      }
      for (const fact of [...s.documents, ...s.events, ...s.initiatives]) {
        expect(fact.span.start).toBeGreaterThanOrEqual(s.span.start);
        expect(fact.span.end).toBeLessThanOrEqual(s.span.end);
      }
    }
    for (const participant of parsed.meeting.participants) {
      const source = slice(participant.span);
      if (participant.personName) expect(source.endsWith(participant.personName)).toBe(true);
      if (participant.organization) expect(source.startsWith(participant.organization)).toBe(true);
      if (participant.countryCode) expect(matchCountryPrefix(source)?.code).toBe(participant.countryCode);
    }
  });
});

describe('parseChineseText: normalisation, hash and determinism', () => {
  it('hashes the normalised text and returns it', () => {
    expect(parsed.text).toBe(seed);
    expect(parsed.contentHash).toBe(createHash('sha256').update(seed).digest('hex'));
    expect(parsed.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the same result for a BOM and CRLF copy of the text', () => {
    const windows = parseChineseText({ text: `\uFEFF${seed.replace(/\n/g, '\r\n')}` });
    expect(windows).toEqual(parsed);
  });

  it('is deterministic', () => {
    expect(parseChineseText({ text: seed })).toEqual(parsed);
  });
});

describe('parseChineseText: refusals', () => {
  const header = seed.slice(0, parsed.meeting.span.end);

  it.each([
    ['empty text', ''],
    ['blank text', ' \n\uFEFF\r\n\t'],
    ['text that is not a communiqué', '今天天气很好。\n我们去公园散步。'],
    ['a header without statements', header],
    [
      'a communiqué of another organisation',
      seed.replaceAll('上海合作组织', '欧亚经济联盟').replaceAll('上合组织', '欧亚经济联盟'),
    ],
  ])('rejects %s', (_case, text) => {
    const error = captureError(() => parseChineseText({ text }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: 'ingest_rejected',
      message: expect.stringMatching(/^(The|This is not an SCO text)/),
    });
  });
});

describe('summarizeCommunique', () => {
  it('counts what the seed holds', () => {
    expect(summarizeCommunique(parsed)).toEqual({
      statements: 97,
      distinctDocuments: 39,
      events: 33,
      initiatives: 35,
      participants: 23,
    });
  });

  it('counts a document cited by several statements once', () => {
    const citations = parsed.statements.reduce((count, s) => count + s.documents.length, 0);
    // 《联合国宪章》 and 《上合组织宪章》 are each cited by two statements.
    expect(citations).toBe(41);
    expect(summarizeCommunique(parsed).distinctDocuments).toBe(39);
  });
});
