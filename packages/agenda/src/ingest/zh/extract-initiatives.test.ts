import { describe, expect, it } from 'vitest';
import { extractInitiatives } from './extract-initiatives.ts';

const initiatives = (text: string) =>
  extractInitiatives({ text, offset: 0 }).map(({ title, stage }) => ({ title, stage }));

describe('extractInitiatives', () => {
  it('reads a noted proposal with or without 关于', () => {
    expect(initiatives('各代表团团长注意到关于成立安全战略研究中心的建议。')).toEqual([
      { title: '成立安全战略研究中心', stage: 'noted' },
    ]);
    expect(initiatives('并注意到在杜尚别建立中亚人工智能中心的倡议。')).toEqual([
      { title: '在杜尚别建立中亚人工智能中心', stage: 'noted' },
    ]);
  });

  it('gives one initiative per item of a listed proposal', () => {
    const text =
      '各代表团团长注意到有关成立上合组织出口信保与投资保险机构联盟，建立专门的电子门户网站以促进商务对接和投资，以及每年举办“上合组织投资”论坛的建议。';
    expect(initiatives(text)).toEqual([
      { title: '成立上合组织出口信保与投资保险机构联盟', stage: 'noted' },
      { title: '建立专门的电子门户网站以促进商务对接和投资', stage: 'noted' },
      { title: '每年举办“上合组织投资”论坛', stage: 'noted' },
    ]);
  });

  it('splits at 、, 和 and 及 only before a new verb, year or quoted name', () => {
    expect(
      initiatives(
        '注意到关于举办2026年上合组织成员国人工智能专家会议、2027年在哈萨克斯坦举办“人工智能服务上合组织经济”高级别会议和制定《上合组织未来技术纲要》的提议。',
      ).map((initiative) => initiative.title),
    ).toEqual([
      '举办2026年上合组织成员国人工智能专家会议',
      '2027年在哈萨克斯坦举办“人工智能服务上合组织经济”高级别会议',
      '制定《上合组织未来技术纲要》',
    ]);
    expect(
      initiatives('注意到关于建立育种和种业合作专家工作组和“上合组织粮食安全图集”电子平台的倡议。').map((i) => i.title),
    ).toEqual(['建立育种和种业合作专家工作组', '“上合组织粮食安全图集”电子平台']);
    expect(initiatives('注意到关于成立完善金融基础设施工作组及制定相关综合措施的建议。')).toHaveLength(2);
  });

  it('drops the date parenthesis of a proposed event from the title', () => {
    expect(
      initiatives('注意到关于在联合国区域生态峰会框架内举办上合组织生态问题特别会议（2026年，阿斯塔纳）的建议。'),
    ).toEqual([{ title: '在联合国区域生态峰会框架内举办上合组织生态问题特别会议', stage: 'noted' }]);
  });

  it('takes the stage from the nearest verb and reads quoted initiative names once', () => {
    const text =
      '白俄罗斯共和国重申支持中华人民共和国提出的共建“一带一路”倡议，肯定各方为共同实施共建“一带一路”倡议所做工作。';
    expect(initiatives(text)).toEqual([{ title: '共建“一带一路”', stage: 'supported' }]);
  });

  it('reads what the heads approve now, titles without their brackets', () => {
    expect(initiatives('各代表团团长批准了《上合组织秘书处关于落实〈纲要〉的报告》以及上合组织2026年预算。')).toEqual([
      { title: '上合组织秘书处关于落实〈纲要〉的报告', stage: 'approved' },
      { title: '上合组织2026年预算', stage: 'approved' },
    ]);
  });

  it('reads support for founding a body and a founding already decided', () => {
    const text =
      '各代表团团长支持在上合组织框架内加快建立项目融资保障机制，为落实成立上合组织开发银行的决议，各有关成员国将加快磋商。';
    expect(initiatives(text)).toEqual([
      { title: '建立项目融资保障机制', stage: 'supported' },
      { title: '成立上合组织开发银行', stage: 'approved' },
    ]);
  });

  it('ignores proposals that are document titles and earlier approvals', () => {
    expect(initiatives('呼吁国际社会共同参与《上合组织关于各国团结共促世界公正、和睦、发展的倡议》。')).toEqual([]);
    expect(initiatives('加快落实2024年7月4日元首理事会以决议形式批准的《关于完善上合组织运作机制的建议》。')).toEqual(
      [],
    );
    expect(initiatives('各代表团团长主张加快落实相关建议。')).toEqual([]);
  });

  it('spans exactly the title, offset into the whole text', () => {
    const text = '团长们注意到关于成立上合组织地区关键材料中心的倡议。';
    const [initiative] = extractInitiatives({ text, offset: 7 });
    expect(initiative!.span).toEqual({ start: 7 + 8, end: 7 + 8 + '成立上合组织地区关键材料中心'.length });
  });
});

describe('extractInitiatives on other drafters’ shapes', () => {
  it('reads welcomed and appreciated proposals as supported, after their proposer', () => {
    expect(initiatives('成员国欢迎哈萨克斯坦共和国关于在阿拉木图设立联合国区域中心的倡议。')).toEqual([
      { title: '在阿拉木图设立联合国区域中心', stage: 'supported' },
    ]);
    expect(initiatives('成员国赞赏中方提出的关于建立上合组织能源平台的倡议。')).toEqual([
      { title: '建立上合组织能源平台', stage: 'supported' },
    ]);
    expect(initiatives('成员国赞赏中华人民共和国提出的全球发展倡议。')).toEqual([
      { title: '全球发展倡议', stage: 'supported' },
    ]);
    expect(initiatives('注意到哈萨克斯坦共和国关于成立国际生物安全机构的建议。')).toEqual([
      { title: '成立国际生物安全机构', stage: 'noted' },
    ]);
  });

  it('reads what is decided or agreed now as approved', () => {
    expect(initiatives('决定成立上合组织禁毒中心，同意制定《上合组织地方合作发展纲要》。')).toEqual([
      { title: '成立上合组织禁毒中心', stage: 'approved' },
      { title: '制定《上合组织地方合作发展纲要》', stage: 'approved' },
    ]);
  });

  it('reads each body whose founding is still under consultation', () => {
    expect(initiatives('主张继续就成立上合组织开发银行和上合组织发展基金（专门账户）开展磋商。')).toEqual([
      { title: '成立上合组织开发银行', stage: 'noted' },
      { title: '上合组织发展基金（专门账户）', stage: 'noted' },
    ]);
    expect(initiatives('支持继续就成立上合组织开发银行问题进行磋商。')).toEqual([
      { title: '成立上合组织开发银行', stage: 'supported' },
    ]);
  });

  it('reads support for a state hosting an event, not for a framework', () => {
    expect(initiatives('支持吉方于2026年在比什凯克举办上合组织数字论坛。')).toEqual([
      { title: '于2026年在比什凯克举办上合组织数字论坛', stage: 'supported' },
    ]);
    expect(initiatives('支持在上合组织框架内举办青年论坛。')).toEqual([]);
  });

  it('splits approved documents at 和 before a title', () => {
    expect(initiatives('成员国批准了《禁毒战略》和《合作纲要》。').map((i) => i.title)).toEqual([
      '禁毒战略',
      '合作纲要',
    ]);
  });
});
