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

const title = 'Joint Communiqué of the Meeting of the Council of Ministers of Foreign Affairs of the SCO Member States';
const opening =
  'On 15 July 2025, the meeting of the Council of Ministers of Foreign Affairs of the SCO Member States was held in Tianjin.';
const attendance =
  'Taking part in it were Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and Minister of Foreign Affairs of the Republic of India Subrahmanyam Jaishankar.';

describe('parseHeader', () => {
  it('reads a ministerial header in any order of attendance and chair, and counts its paragraphs', () => {
    const { meeting, headerParagraphCount } = header([
      title,
      opening,
      'The meeting was chaired by Minister of Foreign Affairs of the People’s Republic of China Wang Yi.',
      attendance,
      'The ministers noted the preparations for the summit.',
      'The next meeting of the Council of Ministers of Foreign Affairs will be held in 2026 in the Kyrgyz Republic.',
    ]);
    expect(headerParagraphCount).toBe(4);
    expect(meeting).toMatchObject({
      bodyName: 'Council of Ministers of Foreign Affairs',
      body: 'ministers',
      number: null,
      title,
      start: { date: '2025-07-15', precision: 'day' },
      end: { date: '2025-07-15', precision: 'day' },
      place: 'Tianjin',
      format: 'in_person',
      chair: { countryCode: 'CN', title: 'Minister of Foreign Affairs', personName: 'Wang Yi' },
      nextMeeting: { date: { date: '2026-01-01', precision: 'year' }, place: 'Kyrgyz Republic', countryCode: 'KG' },
    });
    expect(meeting.participants.map((participant) => participant.countryCode)).toEqual(['RU', 'IN']);
  });

  it('reads an opening line that holds the attendance, a video meeting and a number in words', () => {
    const { meeting, headerParagraphCount } = header([
      'On 1 November 2022, the twenty-first meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organization Member States (hereinafter the SCO) was held in a video conference format. Prime Minister of the Republic of Kazakhstan A.A. Smailov and Prime Minister of the Republic of Uzbekistan A.N. Aripov participated in it. Premier of the State Council of the People’s Republic of China Li Keqiang chaired the meeting.',
      'The Heads of Delegation exchanged views.',
    ]);
    expect(headerParagraphCount).toBe(1);
    expect(meeting).toMatchObject({
      bodyName: 'Council of Heads of Government (Prime Ministers)',
      body: 'heads_of_government',
      number: 21,
      title:
        'twenty-first meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organization Member States',
      place: '',
      format: 'video',
      chair: { countryCode: 'CN', title: 'Premier of the State Council', personName: 'Li Keqiang' },
    });
    expect(meeting.participants.map((participant) => [participant.countryCode, participant.personName])).toEqual([
      ['KZ', 'A.A. Smailov'],
      ['UZ', 'A.N. Aripov'],
    ]);
  });

  it('reads the host before "hosted", a month-first range and a council named before "Council"', () => {
    const { meeting } = header([
      'October 15-16, 2024, Islamabad hosted the 23rd meeting of the SCO Heads of Government Council.',
      attendance,
      'The Heads of Delegation noted progress.',
    ]);
    expect(meeting).toMatchObject({
      bodyName: 'Heads of Government Council',
      body: 'heads_of_government',
      number: 23,
      start: { date: '2024-10-15', precision: 'day' },
      end: { date: '2024-10-16', precision: 'day' },
      place: 'Islamabad',
    });
  });

  it('reads observers listed after "took part in the meeting as well:"', () => {
    const { meeting } = header([
      title,
      opening,
      attendance,
      'Representatives of the SCO observer states took part in the meeting as well: Chief Executive of the Islamic Republic of Afghanistan Abdullah Abdullah and Prime Minister of the Republic of Belarus Sergei Rumas.',
      'The ministers noted the preparations for the summit.',
    ]);
    expect(
      meeting.participants
        .filter((participant) => participant.role === 'observer')
        .map(({ countryCode, title: participantTitle, personName }) => [countryCode, participantTitle, personName]),
    ).toEqual([
      ['AF', 'Chief Executive', 'Abdullah Abdullah'],
      ['BY', 'Prime Minister', 'Sergei Rumas'],
    ]);
  });

  it('reads guests and observers, heads of delegation first', () => {
    const { meeting } = header([
      title,
      opening,
      'The meeting was attended by SCO Secretary-General Nurlan Yermekbayev.',
      'Taking part in the meeting as well were high representatives of the SCO observer states: Prime Minister of Mongolia Luvsannamsrain Oyun-Erdene.',
      attendance,
      'The ministers noted the preparations for the summit.',
    ]);
    expect(
      meeting.participants.map((participant) => [participant.role, participant.countryCode, participant.organization]),
    ).toEqual([
      ['head_of_delegation', 'RU', null],
      ['head_of_delegation', 'IN', null],
      ['guest', null, 'SCO'],
      ['observer', 'MN', null],
    ]);
  });

  it('reads the opening of a declaration, which names no participants', () => {
    const { meeting, declares, headerParagraphCount } = header([
      'The leaders of the member states of the Shanghai Cooperation Organisation, following the meeting of the Council of Heads of State in Tianjin on 1 September 2025, declare the following.',
      'The world is undergoing profound change.',
    ]);
    expect(declares).toBe(true);
    expect(headerParagraphCount).toBe(1);
    expect(meeting).toMatchObject({
      bodyName: 'Council of Heads of State',
      body: 'heads_of_state',
      place: 'Tianjin',
      participants: [],
    });
  });

  it('ends the header at a statement that speaks of participation', () => {
    const { headerParagraphCount } = header([
      title,
      opening,
      attendance,
      'The Heads of Delegation welcomed the participation of the Islamic Republic of Iran as a Member State.',
    ]);
    expect(headerParagraphCount).toBe(3);
  });

  it('reads heads of delegation who "attended the meeting", named before their state, and appositive names', () => {
    const { meeting } = header([
      'On November 17-18, 2025, the 24th meeting of the Council of Heads of Government (Prime Ministers) of the member states of the Shanghai Cooperation Organization (SCO) was held in Moscow.',
      "Prime Minister Turchin of the Republic of Belarus, Premier Li Qiang of the State Council of the People's Republic of China and Deputy Prime Minister and Foreign Minister Dar of the Islamic Republic of Pakistan attended the meeting.",
      'The meeting was chaired by the Prime Minister of the Russian Federation, Mishustin.',
      'The Secretary General of the Shanghai Cooperation Organization, Yermekbayev, attended the meeting.',
      "Qatar's Prime Minister and Minister of Foreign Affairs, Mohammed bin Abdulrahman, attended the meeting.",
      'The heads of each delegation highly praised the work done by China.',
    ]);
    expect(meeting.chair).toMatchObject({ countryCode: 'RU', title: 'Prime Minister', personName: 'Mishustin' });
    expect(
      meeting.participants.map(({ role, countryCode, title, personName, organization }) => [
        role,
        countryCode,
        title,
        personName,
        organization,
      ]),
    ).toEqual([
      ['head_of_delegation', 'BY', 'Prime Minister', 'Turchin', null],
      ['head_of_delegation', 'CN', 'Premier of the State Council', 'Li Qiang', null],
      ['head_of_delegation', 'PK', 'Deputy Prime Minister and Foreign Minister', 'Dar', null],
      ['guest', null, 'Secretary General', 'Yermekbayev', 'Shanghai Cooperation Organization'],
      ['guest', 'QA', 'Prime Minister and Minister of Foreign Affairs', 'Mohammed bin Abdulrahman', null],
    ]);
  });

  it('reads a statement whose title alone gives the place and date', () => {
    const { meeting, headerParagraphCount } = header([
      'Statement of the Council of Heads of State of the SCO Member States on Supporting the Multilateral Trading System (Tianjin, 1 September 2025)',
      'The Member States support an open multilateral trading system.',
    ]);
    expect(headerParagraphCount).toBe(1);
    expect(meeting).toMatchObject({
      bodyName: 'Council of Heads of State',
      body: 'heads_of_state',
      start: { date: '2025-09-01', precision: 'day' },
      place: 'Tianjin',
      format: 'in_person',
    });
  });

  it.each([
    [
      'a text that never names the SCO',
      ['On 4 April 1984, the meeting of the Party was held in London.', 'Winston wrote.'],
      'never names',
    ],
    [
      'no opening line with a date',
      [title, 'The meeting of the SCO Council was held in Bishkek.', attendance],
      'no opening line',
    ],
    ['a meeting named too far down', ['a', 'b', 'c', 'd', opening, attendance], 'no opening line'],
    [
      'a news report without title or attendance',
      [
        'SCO ministers meet',
        'The meeting of the SCO foreign ministers was held in Tianjin on 15 July 2025, officials said.',
        'Analysts expect little.',
      ],
      'neither a title',
    ],
  ])('rejects %s', (_case, lines, message) => {
    const error = captureError(() => header(lines));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'ingest_rejected' });
    expect((error as Error).message).toContain(message);
  });
});
