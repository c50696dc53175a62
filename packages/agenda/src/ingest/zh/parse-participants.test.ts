import { describe, expect, it } from 'vitest';
import { parseParticipant, parseParticipantList } from './parse-participants.ts';

describe('parseParticipant', () => {
  it('splits state, title and person, taking the longest title', () => {
    expect(parseParticipant({ text: '巴基斯坦伊斯兰共和国副总理兼外交部长达尔', offset: 10 })).toEqual({
      countryCode: 'PK',
      title: '副总理兼外交部长',
      personName: '达尔',
      organization: null,
      span: { start: 10, end: 30 },
    });
  });

  it('reads an organisation where no state opens the phrase', () => {
    expect(parseParticipant({ text: '上合组织地区反恐怖机构执行委员会主任沙尔舍耶夫', offset: 0 })).toMatchObject({
      countryCode: null,
      title: '主任',
      personName: '沙尔舍耶夫',
      organization: '上合组织地区反恐怖机构执行委员会',
    });
  });
});

describe('parseParticipantList', () => {
  it('reads the attendance paragraph item by item', () => {
    const text = '中华人民共和国国务院总理李强、俄罗斯联邦政府总理米舒斯京出席会议。';
    const participants = parseParticipantList({ text, offset: 0, role: 'head_of_delegation' });
    expect(
      participants.map(({ countryCode, title, personName, role }) => ({ countryCode, title, personName, role })),
    ).toEqual([
      { countryCode: 'CN', title: '国务院总理', personName: '李强', role: 'head_of_delegation' },
      { countryCode: 'RU', title: '政府总理', personName: '米舒斯京', role: 'head_of_delegation' },
    ]);
    expect(participants.map((participant) => text.slice(participant.span.start, participant.span.end))).toEqual([
      '中华人民共和国国务院总理李强',
      '俄罗斯联邦政府总理米舒斯京',
    ]);
  });

  it('shares a title written once after several bodies or states', () => {
    const text = '独立国家联合体、欧亚经济联盟常设机构负责人，以及巴林、科威特和土库曼斯坦代表列席会议。';
    expect(
      parseParticipantList({ text, offset: 0, role: 'guest' }).map(
        ({ countryCode, organization, title, personName }) => ({
          countryCode,
          organization,
          title,
          personName,
        }),
      ),
    ).toEqual([
      { countryCode: null, organization: '独立国家联合体', title: '常设机构负责人', personName: null },
      { countryCode: null, organization: '欧亚经济联盟', title: '常设机构负责人', personName: null },
      { countryCode: 'BH', organization: null, title: '代表', personName: null },
      { countryCode: 'KW', organization: null, title: '代表', personName: null },
      { countryCode: 'TM', organization: null, title: '代表', personName: null },
    ]);
  });

  it('does not lend a title that belongs to a named person', () => {
    const [bare] = parseParticipantList({ text: '巴林、卡塔尔首相穆罕默德列席会议。', offset: 0, role: 'guest' });
    expect(bare).toMatchObject({ countryCode: 'BH', title: null });
  });
});
