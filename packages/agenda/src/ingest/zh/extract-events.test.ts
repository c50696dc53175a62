import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.ts';

const referenceDate = '2025-11-17';
const events = (text: string) => extractEvents({ text, offset: 0, referenceDate });
const day = (date: string) => ({ date, precision: 'day' as const });
const year = (value: number) => ({ date: `${value}-01-01`, precision: 'year' as const });

describe('extractEvents', () => {
  it('reads a name followed by a date-and-place parenthesis', () => {
    const text = '各代表团团长注意到上合组织成员国第二十四次经贸部长会议（2025年9月6日，符拉迪沃斯托克）成果。';
    expect(events(text)).toEqual([
      {
        name: '上合组织成员国第二十四次经贸部长会议',
        start: day('2025-09-06'),
        end: day('2025-09-06'),
        place: '符拉迪沃斯托克',
        format: 'in_person',
        status: 'held',
        span: { start: text.indexOf('上合组织'), end: text.indexOf('）') + 1 },
      },
    ]);
  });

  it('gives one event per session, with the same name', () => {
    const text = '包括上合组织可持续发展论坛（2025年4月17日，鄂木斯克；2025年11月17日，莫斯科）。';
    expect(events(text).map(({ name, start, place, status }) => ({ name, start, place, status }))).toEqual([
      { name: '上合组织可持续发展论坛', start: day('2025-04-17'), place: '鄂木斯克', status: 'held' },
      { name: '上合组织可持续发展论坛', start: day('2025-11-17'), place: '莫斯科', status: 'held' },
    ]);
  });

  it('reads a video event and a parenthesis misplaced after the full stop', () => {
    const text = '各代表团团长注意到特别工作组会议成果。（2025年10月22日，视频方式）。';
    expect(events(text)).toMatchObject([
      { name: '特别工作组会议', start: day('2025-10-22'), place: null, format: 'video', status: 'held' },
    ]);
  });

  it('keeps a 以“…”为主题的 theme in the name', () => {
    const text = '注意到以“保护弱势群体：应对气候变化”为主题的特别工作组会议（2025年10月22日，视频方式）成果。';
    expect(events(text)[0]!.name).toBe('以“保护弱势群体：应对气候变化”为主题的特别工作组会议');
  });

  it('does not take a document’s adoption parenthesis for an event', () => {
    expect(events('继续落实《上合组织成员国政府间国际道路运输便利化协定》（2014年9月12日，杜尚别）十分重要。')).toEqual(
      [],
    );
  });

  it('does not take year ranges, undated events or places without dates for events', () => {
    expect(events('高度评价2024年至2025年上合组织旅游和文化之都（青岛）框架内举办的活动。')).toEqual([]);
    expect(events('各代表团团长注意到上合组织成员国文化部长会议成果。')).toEqual([]);
    expect(events('各代表团团长注意到关于设立上合组织文明论坛并于2026年举办开幕式的倡议。')).toEqual([]);
  });

  it('reads dates given before the event, with or without a place', () => {
    const text =
      '注意到关于举办2026年上合组织成员国人工智能专家会议、2027年在哈萨克斯坦举办“人工智能服务上合组织经济”高级别会议和制定《上合组织未来技术纲要》的提议。';
    expect(events(text).map(({ name, start, place, status }) => ({ name, start, place, status }))).toEqual([
      { name: '上合组织成员国人工智能专家会议', start: year(2026), place: null, status: 'planned' },
      { name: '“人工智能服务上合组织经济”高级别会议', start: year(2027), place: '哈萨克斯坦', status: 'planned' },
    ]);
  });

  it('splits events joined by 以及/和 after a dated lead and shares the date and place', () => {
    const text =
      '各代表团团长指出，2025年8月31日至9月1日在天津举行的上合组织成员国元首理事会会议以及“上合组织+”会议充分彰显了作用。';
    expect(events(text).map(({ name, start, end, place, status }) => ({ name, start, end, place, status }))).toEqual([
      {
        name: '上合组织成员国元首理事会会议',
        start: day('2025-08-31'),
        end: day('2025-09-01'),
        place: '天津',
        status: 'held',
      },
      { name: '“上合组织+”会议', start: day('2025-08-31'), end: day('2025-09-01'), place: '天津', status: 'held' },
    ]);
  });

  it('does not read a framework as a place', () => {
    const text = '注意到关于2026年在上合组织框架内举办以钦吉斯·艾特玛托夫命名的伊塞克湖论坛周年会议的倡议。';
    expect(events(text)).toMatchObject([
      { name: '以钦吉斯·艾特玛托夫命名的伊塞克湖论坛周年会议', start: year(2026), place: null, status: 'planned' },
    ]);
  });

  it('reads an event named before its date', () => {
    const text = '上合组织成员国政府首脑（总理）理事会下次会议将于2026年在塔吉克斯坦共和国举行。';
    expect(events(text)).toMatchObject([
      {
        name: '上合组织成员国政府首脑（总理）理事会下次会议',
        start: year(2026),
        place: '塔吉克斯坦共和国',
        status: 'planned',
        span: { start: 0, end: text.length - 1 },
      },
    ]);
  });

  it('decides the status of an event on the reference day from the wording', () => {
    expect(events('各代表团团长支持举行上合组织数字论坛（2025年11月17日，莫斯科）。')[0]!.status).toBe('planned');
    expect(events('各代表团团长注意到上合组织数字论坛（2025年11月17日，莫斯科）成果。')[0]!.status).toBe('held');
  });

  it('lets the dates win over the wording away from the reference day', () => {
    expect(events('各代表团团长支持举行上合组织数字论坛（2025年5月1日，莫斯科）。')[0]!.status).toBe('held');
    expect(events('各代表团团长注意到将举行第四届国际高级别会议（2026年5月，杜尚别）。')).toMatchObject([
      { name: '第四届国际高级别会议', start: { date: '2026-05-01', precision: 'month' }, status: 'planned' },
    ]);
  });

  it('takes the name after 和 when what precedes it is not an event', () => {
    const text =
      '注意到联合国宣布2025年为“国际冰川保护年”和首届国际冰川保护高级别会议（2025年5月29日至31日，杜尚别）通过的《杜尚别宣言》。';
    expect(events(text)).toMatchObject([{ name: '首届国际冰川保护高级别会议', place: '杜尚别' }]);
  });

  it('keeps 和 inside a name', () => {
    const text = '各代表团团长支持举行上合组织成员国港口和物流中心负责人会议（2025年12月18日至19日，阿克套）。';
    expect(events(text)).toMatchObject([
      {
        name: '上合组织成员国港口和物流中心负责人会议',
        start: day('2025-12-18'),
        end: day('2025-12-19'),
        place: '阿克套',
        status: 'planned',
      },
    ]);
  });

  it('offsets spans into the whole text', () => {
    const [event] = extractEvents({
      text: '注意到上合组织青年论坛（2025年8月19日至23日，鄂木斯克）成果。',
      offset: 50,
      referenceDate,
    });
    expect(event!.span).toEqual({ start: 53, end: 53 + '上合组织青年论坛（2025年8月19日至23日，鄂木斯克）'.length });
  });
});

describe('extractEvents on other drafters’ shapes', () => {
  it('reads a date and place before 举行的 and a date after the name', () => {
    expect(events('注意到2025年6月5日在阿斯塔纳举行的上合组织成员国能源部长会议成果。')).toMatchObject([
      { name: '上合组织成员国能源部长会议', start: day('2025-06-05'), place: '阿斯塔纳', status: 'held' },
    ]);
    expect(events('支持吉方于2026年在比什凯克举办上合组织数字论坛。')).toMatchObject([
      { name: '上合组织数字论坛', start: year(2026), place: '比什凯克', status: 'planned' },
    ]);
  });

  it('ends a dated name before the predicate that follows it', () => {
    const text = '2017年6月8日至9日在阿斯塔纳举行的元首理事会会议欢迎关于成立地方领导人论坛的倡议。';
    expect(events(text).map((event) => event.name)).toEqual(['元首理事会会议']);
  });

  it('drops the lead-in verb from a name read before its date', () => {
    expect(events('团长们注意到上合组织地方领导人会议将于2018年12月在车里雅宾斯克举行。')[0]!.name).toBe(
      '上合组织地方领导人会议',
    );
  });

  it('reads a declared SCO year, not a year declared by others', () => {
    expect(events('成员国同意宣布2025年为上合组织可持续发展年。')).toMatchObject([
      { name: '上合组织可持续发展年', start: year(2025), place: null, status: 'held' },
    ]);
    expect(events('2026年为上合组织文化年，成员国将举办系列活动。')).toMatchObject([
      { name: '上合组织文化年', start: year(2026), status: 'planned' },
    ]);
    expect(events('注意到联合国宣布2025年为“国际冰川保护年”。')).toEqual([]);
  });

  it('reads undated events only with a cue saying held or planned', () => {
    expect(events('成员国支持继续举办上合组织地方领导人论坛。')).toMatchObject([
      { name: '上合组织地方领导人论坛', start: null, end: null, place: null, status: 'planned' },
    ]);
    expect(events('支持继续举办上合组织青年论坛和上合组织妇女论坛。').map((event) => event.name)).toEqual([
      '上合组织青年论坛',
      '上合组织妇女论坛',
    ]);
    expect(events('注意到中方关于举办上合组织政党论坛的倡议。')).toMatchObject([
      { name: '上合组织政党论坛', start: null, status: 'planned' },
    ]);
    expect(events('注意到上合组织安全会议秘书第十九次会议在阿斯塔纳成功举行。')).toMatchObject([
      { name: '上合组织安全会议秘书第十九次会议', start: null, place: '阿斯塔纳', status: 'held' },
    ]);
  });

  it('reports no undated event for a series, a bare mention or an event dated elsewhere', () => {
    expect(events('注意到关于每年举办“上合组织投资”论坛的建议。')).toEqual([]);
    expect(events('注意到在阿斯塔纳举行的上合组织科技园区会议成果。')).toEqual([]);
    expect(events('支持举办上合组织数字论坛（2026年5月，比什凯克）。')).toHaveLength(1);
  });
});
