import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../types.ts';
import { parseChineseText } from './parse-chinese-text.ts';

// Expected facts below were read by hand from two restated texts (fixtures/SOURCES.md): the joint communiqué of the
// 17th meeting of the Council of Heads of Government (Dushanbe, 11–12 October 2018) and the Astana Declaration of
// the Council of Heads of State (4 July 2024).
const read = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
const communique = parseChineseText({ text: read('communique-17-dushanbe-zh.txt') });
const declaration = parseChineseText({ text: read('declaration-24-astana-zh.txt') });
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const month = (date: string): PartialDate => ({ date, precision: 'month' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });

type Parsed = typeof communique;
const eventsOf = (parsed: Parsed) =>
  parsed.statements.flatMap((s) =>
    s.events.map((event) => [s.ordinal, event.name, event.start, event.end, event.place, event.status]),
  );
const initiativesOf = (parsed: Parsed) =>
  parsed.statements.flatMap((s) => s.initiatives.map((initiative) => [s.ordinal, initiative.title, initiative.stage]));

describe('parseChineseText on the communiqué of the 17th Council of Heads of Government (Dushanbe)', () => {
  it('reads the header', () => {
    const { meeting } = communique;
    expect([communique.kind, meeting.body, meeting.number, meeting.start, meeting.end]).toEqual([
      'communique',
      'heads_of_government',
      17,
      day('2018-10-11'),
      day('2018-10-12'),
    ]);
    expect(meeting.nextMeeting).toMatchObject({ date: year(2019), place: '乌兹别克斯坦共和国' });
    expect(communique.statements).toHaveLength(17);
  });

  it('finds the dated events, wherever the date stands', () => {
    expect(eventsOf(communique)).toEqual([
      [3, '上合组织成员国元首理事会会议', day('2018-06-09'), day('2018-06-10'), '青岛', 'held'],
      [4, '上合组织成员国元首理事会会议', year(2019), year(2019), '比什凯克', 'planned'],
      [6, '上合组织成员国负责对外经济和对外贸易部长会议', month('2018-09-01'), month('2018-09-01'), '杜尚别', 'held'],
      [8, '上合组织成员国元首理事会会议', day('2017-06-08'), day('2017-06-09'), '阿斯塔纳', 'held'],
      [8, '上合组织成员国地方领导人会议', month('2018-12-01'), month('2018-12-01'), '车里雅宾斯克', 'planned'],
      [12, '首届上合组织媒体论坛', day('2018-06-01'), day('2018-06-01'), '北京', 'held'],
      [12, '首届上合组织电影节', day('2018-06-13'), day('2018-06-17'), '青岛', 'held'],
      [17, '上合组织成员国政府首脑（总理）理事会下次会议', year(2019), year(2019), '乌兹别克斯坦共和国', 'planned'],
    ]);
  });

  it('finds the initiatives with the stage each paragraph gives them', () => {
    expect(initiativesOf(communique)).toEqual([
      [4, '于2019年在比什凯克举办上合组织成员国元首理事会会议', 'supported'],
      [7, '编制新版《上海合作组织成员国多边经贸合作纲要》', 'approved'],
      [7, '制定《上海合作组织成员国地方合作发展纲要》', 'approved'],
      [8, '成立上合组织成员国地方领导人论坛', 'supported'],
      [9, '成立上合组织开发银行', 'noted'],
      [9, '上合组织发展基金（专门账户）', 'noted'],
      [10, '加强安全、多边贸易、产能、互联互通、创新和人文交流领域合作', 'noted'],
      [14, '上合组织2017年预算执行情况财务报告和上合组织2019年预算', 'approved'],
    ]);
  });
});

describe('parseChineseText on the Astana Declaration of the Council of Heads of State', () => {
  it('reads the header of a declaration numbered in its opening line', () => {
    const { meeting } = declaration;
    expect([declaration.kind, meeting.body, meeting.number, meeting.start, meeting.place]).toEqual([
      'declaration',
      'heads_of_state',
      24,
      day('2024-07-04'),
      '阿斯塔纳',
    ]);
    expect(declaration.statements).toHaveLength(16);
  });

  it('finds dated, declared and undated events, undated only with a status cue', () => {
    expect(eventsOf(declaration)).toEqual([
      [4, '上合组织成员国外交部长理事会会议', day('2024-05-20'), day('2024-05-21'), '阿斯塔纳', 'held'],
      [9, '上合组织可持续发展年', year(2025), year(2025), null, 'planned'],
      [11, '上合组织政党论坛', null, null, null, 'planned'],
      [12, '上合组织地方领导人论坛', null, null, null, 'planned'],
      [13, '上合组织成员国安全会议秘书第十九次会议', null, null, '阿斯塔纳', 'held'],
      [15, '上合组织成员国元首理事会会议', year(2025), year(2025), '中国', 'planned'],
      [16, '上合组织成员国元首理事会下次会议', year(2025), year(2025), '中华人民共和国', 'planned'],
    ]);
  });

  it('finds the initiatives with the stage each paragraph gives them', () => {
    expect(initiativesOf(declaration)).toEqual([
      [5, '上合组织成员国2025－2027年打击恐怖主义、分裂主义和极端主义合作纲要', 'approved'],
      [5, '上合组织2024－2029年禁毒战略', 'approved'],
      [6, '成立国际生物安全机构', 'noted'],
      [7, '在阿拉木图设立联合国中亚和阿富汗可持续发展目标区域中心', 'supported'],
      [8, '成立上合组织成员国气候变化问题特别工作组', 'approved'],
      [11, '举办上合组织政党论坛', 'noted'],
      [15, '于2025年在中国举办上合组织成员国元首理事会会议', 'supported'],
    ]);
  });

  it('spans every event and initiative over its own words', () => {
    for (const parsed of [communique, declaration]) {
      for (const s of parsed.statements) {
        for (const i of s.initiatives) expect(parsed.text.slice(i.span.start, i.span.end)).toBe(i.title);
        for (const e of s.events) expect(parsed.text.slice(e.span.start, e.span.end)).toContain(e.name);
      }
    }
  });
});
