import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/src/errors.ts';
import { splitParagraphs } from '../split-paragraphs.ts';
import { parseHeader } from './parse-header.ts';

const header = (lines: string[]) => parseHeader({ paragraphs: splitParagraphs(lines.join('\n')) });

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const title = ['上海合作组织成员国外交部长理事会', '第十二次会议联合公报'];
const opening = '2026年5月20日，上海合作组织成员国外交部长理事会第十二次会议在比什凯克举行。';
const attendance = '中华人民共和国外交部长王毅、俄罗斯联邦外交部长拉夫罗夫出席会议。';

describe('parseHeader', () => {
  it('reads a header in any order of attendance and chair, and counts its paragraphs', () => {
    const { meeting, headerParagraphCount } = header([
      ...title,
      opening,
      '会议由吉尔吉斯共和国外交部长库鲁巴耶夫主持。',
      attendance,
      '各代表团团长强调，…',
      '外长理事会下次会议将于2027年在杜尚别举行。',
    ]);
    expect(headerParagraphCount).toBe(5);
    expect(meeting).toMatchObject({
      bodyName: '上海合作组织成员国外交部长理事会',
      body: 'ministers',
      number: 12,
      start: { date: '2026-05-20', precision: 'day' },
      end: { date: '2026-05-20', precision: 'day' },
      place: '比什凯克',
      format: 'in_person',
      chair: { countryCode: 'KG', title: '外交部长', personName: '库鲁巴耶夫' },
      nextMeeting: { date: { date: '2027-01-01', precision: 'year' }, place: '杜尚别', countryCode: null },
    });
    expect(meeting.participants).toHaveLength(2);
  });

  it('marks a meeting held by video', () => {
    const { meeting } = header([
      ...title,
      '2026年5月20日，…第十二次会议以视频方式在比什凯克举行。',
      attendance,
      '甲。',
    ]);
    expect(meeting.format).toBe('video');
  });

  it('reads a video meeting without a place, and an unnumbered ministerial meeting', () => {
    const { meeting } = header([
      '上海合作组织成员国交通部长会议联合公报',
      '2026年3月4日，上海合作组织成员国交通部长会议以视频方式举行。',
      attendance,
      '甲。',
    ]);
    expect(meeting).toMatchObject({
      bodyName: '上海合作组织成员国交通部长会议',
      body: 'ministers',
      number: null,
      place: '',
      format: 'video',
    });
  });

  it('reads a declaration numbered only in its opening line, with no attendance paragraph', () => {
    const { meeting, headerParagraphCount } = header([
      '上海合作组织成员国元首理事会天津宣言',
      '上海合作组织成员国元首理事会第二十五次会议于2025年8月31日至9月1日在天津举行。',
      '成员国强调，…',
    ]);
    expect(headerParagraphCount).toBe(2);
    expect(meeting).toMatchObject({
      body: 'heads_of_state',
      number: 25,
      place: '天津',
      start: { date: '2025-08-31' },
      end: { date: '2025-09-01' },
    });
  });

  it.each([
    ['no opening line', [...title, attendance, '各代表团团长强调，…']],
    ['an opening line without a title', [opening, attendance]],
    ['a title of another organisation', ['欧亚经济联盟政府间理事会', '第十二次会议联合公报', opening, attendance]],
    ['no attendance paragraph', [...title, opening, '各代表团团长强调，…']],
  ])('rejects a text with %s', (_case, lines) => {
    const error = captureError(() => header(lines));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'ingest_rejected' });
  });
});
