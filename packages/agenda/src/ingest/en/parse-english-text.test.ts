import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../../core/src/errors.ts';
import { parseText } from '../parse-text.ts';
import type { ParsedText, PartialDate, Span } from '../types.ts';
import { parseEnglishText } from './parse-english-text.ts';

// Expected facts below were read by hand from the two English seed texts: the Joint Communiqué of the 22nd meeting of
// the SCO Council of Heads of Government (Bishkek, 26 October 2023) and the Tianjin Declaration of the 25th meeting
// of the Council of Heads of State (Tianjin, 31 August – 1 September 2025), both restated by the project.
const seed = (name: string) => readFileSync(new URL(`../../../seed/${name}`, import.meta.url), 'utf8');
const bishkek = parseText({ text: seed('communique-22-en.txt') });
const tianjin = parseText({ text: seed('declaration-25-tianjin-en.txt') });
const slice = (parsed: ParsedText, span: Span) => parsed.text.slice(span.start, span.end);
const statement = (parsed: ParsedText, ordinal: number) => parsed.statements[ordinal - 1]!;
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });
const bishkekDelegations = ['IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
const tianjinDelegations = ['BY', 'IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];

function captureError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('parseEnglishText on the Bishkek communiqué: header', () => {
  it('is dispatched to the English parser and hashed', () => {
    expect(bishkek.language).toBe('en');
    expect(bishkek.kind).toBe('communique');
    expect(bishkek.contentHash).toBe(createHash('sha256').update(bishkek.text, 'utf8').digest('hex'));
    expect(parseEnglishText({ text: seed('communique-22-en.txt') })).toEqual(bishkek);
  });

  it('reads body, number, dates, place and title', () => {
    const { participants: _participants, chair: _chair, nextMeeting: _nextMeeting, span, ...meeting } = bishkek.meeting;
    expect(meeting).toEqual({
      bodyName: 'Council of Heads of Government (Prime Ministers)',
      body: 'heads_of_government',
      number: 22,
      title:
        'Joint Communiqué following the 22nd meeting of the Council of Heads of Government (Prime Ministers) of the Member States of the Shanghai Cooperation Organisation',
      start: day('2023-10-26'),
      end: day('2023-10-26'),
      place: 'Bishkek',
      format: 'in_person',
    });
    expect(slice(bishkek, span).startsWith('Joint Communiqué following the 22nd meeting')).toBe(true);
    expect(slice(bishkek, span).endsWith('Confidence Building Measures in Asia attended the meeting as well.')).toBe(
      true,
    );
  });

  it('reads the chair', () => {
    const { span, ...chair } = bishkek.meeting.chair!;
    expect(chair).toEqual({
      countryCode: 'KG',
      title: 'Chairman of the Cabinet of Ministers',
      personName: 'Akylbek Japarov',
    });
    expect(slice(bishkek, span)).toBe('Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov');
  });

  it('reads the nine heads of delegation with their titles', () => {
    const heads = bishkek.meeting.participants
      .filter((participant) => participant.role === 'head_of_delegation')
      .map(({ countryCode, title, personName, organization }) => [countryCode, title, personName, organization]);
    expect(heads).toEqual([
      ['IN', 'Minister of External Affairs', 'Subrahmanyam Jaishankar', null],
      ['IR', 'First Vice President', 'Mohammad Mokhber', null],
      ['KZ', 'Prime Minister', 'Alikhan Smailov', null],
      ['CN', 'Premier of the State Council', 'Li Qiang', null],
      ['KG', 'Chairman of the Cabinet of Ministers', 'Akylbek Japarov', null],
      ['PK', 'Minister of Foreign Affairs', 'Jalil Abbas Jilani', null],
      ['RU', 'Prime Minister', 'Mikhail Mishustin', null],
      ['TJ', 'Prime Minister', 'Kokhir Rasulzoda', null],
      ['UZ', 'Prime Minister', 'Abdulla Aripov', null],
    ]);
  });

  it('reads the guests and the observers', () => {
    const others = bishkek.meeting.participants
      .filter((participant) => participant.role !== 'head_of_delegation')
      .map(({ role, countryCode, title, personName, organization }) => [
        role,
        countryCode,
        title,
        personName,
        organization,
      ]);
    expect(others).toEqual([
      ['guest', null, 'Secretary-General', 'Zhang Ming', 'SCO'],
      [
        'guest',
        null,
        'Director of the Executive Committee',
        'Ruslan Mirzayev',
        'SCO Regional Anti-Terrorist Structure',
      ],
      ['guest', null, 'Chairman of the Board', 'Tribhuvan Darbari', 'SCO Business Council'],
      ['guest', null, 'Chairman of the Council', 'Shri Padmanabhan Raja Jaishankar', 'SCO Interbank Consortium'],
      ['observer', 'BY', 'Prime Minister', 'Roman Golovchenko', null],
      ['observer', 'MN', 'Prime Minister', 'Luvsannamsrain Oyun-Erdene', null],
      ['guest', 'TM', 'Deputy Chairman of the Cabinet of Ministers', 'Khodjamyrat Geldimyradov', null],
      ['guest', null, 'heads of the permanent bodies', null, 'Commonwealth of Independent States'],
      ['guest', null, 'heads of the permanent bodies', null, 'Eurasian Economic Commission'],
      [
        'guest',
        null,
        'heads of the permanent bodies',
        null,
        'Conference on Interaction and Confidence Building Measures in Asia',
      ],
    ]);
    for (const participant of bishkek.meeting.participants) {
      expect(slice(bishkek, participant.span)).toContain(participant.personName ?? participant.organization!);
    }
  });

  it('reads the next meeting from the last statement', () => {
    const { span, ...nextMeeting } = bishkek.meeting.nextMeeting!;
    expect(nextMeeting).toEqual({ date: year(2024), place: 'Islamic Republic of Pakistan', countryCode: 'PK' });
    expect(span).toEqual(statement(bishkek, 20).span);
  });
});

describe('parseEnglishText on the Bishkek communiqué: statements', () => {
  it('numbers the 20 statements from 1, their labels left out of text and span', () => {
    expect(bishkek.statements).toHaveLength(20);
    bishkek.statements.forEach((parsed, index) => {
      expect(parsed.ordinal).toBe(index + 1);
      expect(slice(bishkek, parsed.span)).toBe(parsed.text);
      expect(bishkek.text.slice(parsed.span.start - `${index + 1}. `.length, parsed.span.start)).toBe(`${index + 1}. `);
    });
    expect(statement(bishkek, 1).text.startsWith('The Heads of Delegation held a wide-ranging exchange')).toBe(true);
  });

  it('reads the stances of specific paragraphs', () => {
    const stances = [1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13, 15, 18, 20].map((ordinal) => {
      const { stance, otherStances } = statement(bishkek, ordinal);
      return [ordinal, stance, otherStances];
    });
    expect(stances).toEqual([
      [1, 'expressed', []],
      [2, 'appreciated', ['supported']],
      [3, 'supported', []],
      [4, 'emphasized', []],
      [5, 'welcomed', []],
      [6, 'emphasized', []],
      [8, 'noted', []],
      [10, 'approved', []],
      [11, 'considered', []],
      [12, 'pointed_out', []],
      [13, 'called_for', []],
      [15, 'welcomed', []],
      [18, 'decided', []],
      [20, 'committed', []],
    ]);
    expect(statement(bishkek, 9)).toMatchObject({ stance: 'emphasized', otherStances: ['approved'] });
  });

  it('reads who speaks', () => {
    for (const ordinal of [1, 2, 8, 17]) {
      expect(statement(bishkek, ordinal)).toMatchObject({
        actorKind: 'heads_of_delegation',
        actorCountryCodes: bishkekDelegations,
      });
    }
    for (const ordinal of [18, 19, 20]) {
      expect(statement(bishkek, ordinal)).toMatchObject({ actorKind: 'meeting', actorCountryCodes: [] });
    }
  });

  it('reads topics', () => {
    expect(statement(bishkek, 6).topics).toEqual([
      'trade',
      'investment',
      'finance',
      'industry',
      'digital_economy',
      'transport',
      'customs',
      'energy',
      'agriculture',
    ]);
    expect(statement(bishkek, 4).topics).toEqual(['global_governance']);
    expect(statement(bishkek, 8).topics).toEqual(['finance']);
    expect(statement(bishkek, 13).topics).toEqual(['climate', 'environment']);
    expect(statement(bishkek, 16).topics).toEqual(['culture', 'tourism']);
  });

  it('reads the documents cited', () => {
    const titles = (ordinal: number) => statement(bishkek, ordinal).documents.map((document) => document.title);
    expect(titles(7)).toEqual(['Programme of Multilateral Trade and Economic Cooperation of the SCO Member States']);
    expect(titles(9)).toEqual([
      'Action Plan for Implementing the Concept of Interaction between the Railway Administrations of the SCO Member States',
    ]);
    expect(titles(14)).toEqual(['Plan of Events for holding the SCO Year of Ecology in 2024']);
    expect(titles(17)).toEqual(['Financial Rules of the Shanghai Cooperation Organisation']);
    expect(titles(8)).toEqual([]);
    for (const document of bishkek.statements.flatMap((parsed) => parsed.documents)) {
      expect(slice(bishkek, document.span)).toBe(document.title);
    }
  });

  it('reads the events with their dates, places and status', () => {
    const events = bishkek.statements.flatMap((parsed) =>
      parsed.events.map(({ span, ...event }) => ({
        ordinal: parsed.ordinal,
        ...event,
        reference: slice(bishkek, span),
      })),
    );
    expect(events).toEqual([
      {
        ordinal: 2,
        name: 'meeting of the Council of Heads of State',
        start: day('2023-07-04'),
        end: day('2023-07-04'),
        place: null,
        format: 'video',
        status: 'held',
        reference: 'meeting of the Council of Heads of State (4 July 2023, video conference format)',
      },
      {
        ordinal: 14,
        name: 'SCO Year of Ecology',
        start: year(2024),
        end: year(2024),
        place: null,
        format: 'in_person',
        status: 'planned',
        reference: 'holding the SCO Year of Ecology in 2024',
      },
      {
        ordinal: 20,
        name: 'next meeting of the Council of Heads of Government (Prime Ministers) of the SCO Member States',
        start: year(2024),
        end: year(2024),
        place: 'Islamic Republic of Pakistan',
        format: 'in_person',
        status: 'planned',
        reference:
          'next meeting of the Council of Heads of Government (Prime Ministers) of the SCO Member States will be held in 2024 in the Islamic Republic of Pakistan',
      },
    ]);
  });

  it('reads the initiatives approved at the meeting', () => {
    const initiatives = bishkek.statements.flatMap((parsed) =>
      parsed.initiatives.map((initiative) => [parsed.ordinal, initiative.stage, initiative.title]),
    );
    expect(initiatives).toEqual([
      [
        7,
        'approved',
        'list of events and meetings for the implementation of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
      ],
      [8, 'noted', 'establishment of the SCO Development Bank'],
      [8, 'noted', 'establishment of the SCO Development Fund (Special Account)'],
      [
        9,
        'approved',
        'Action Plan for Implementing the Concept of Interaction between the Railway Administrations of the SCO Member States',
      ],
      [
        10,
        'approved',
        'study the prospects for cooperation between the ministries and agencies of the SCO Member States responsible for foreign economic activity in the field of digital trade',
      ],
      [14, 'approved', 'Plan of Events for holding the SCO Year of Ecology in 2024'],
      [17, 'approved', 'financial report on the execution of the SCO budget for 2022'],
      [17, 'approved', 'SCO budget for 2024'],
      [17, 'approved', 'Financial Rules of the Shanghai Cooperation Organisation'],
    ]);
  });
});

describe('parseEnglishText on the Tianjin Declaration', () => {
  it('reads the header of the declaration', () => {
    const { participants, chair, nextMeeting, span: _span, ...meeting } = tianjin.meeting;
    expect(tianjin.kind).toBe('declaration');
    expect(meeting).toEqual({
      bodyName: 'Council of Heads of State',
      body: 'heads_of_state',
      number: 25,
      title: 'Tianjin Declaration of the Council of Heads of State of the Shanghai Cooperation Organisation',
      start: day('2025-08-31'),
      end: day('2025-09-01'),
      place: 'Tianjin',
      format: 'in_person',
    });
    expect(chair).toMatchObject({ countryCode: 'CN', title: 'President', personName: 'Xi Jinping' });
    expect(
      participants.map(({ role, countryCode, title, personName }) => [role, countryCode, title, personName]),
    ).toEqual([
      ['head_of_delegation', 'BY', 'President', 'Alexander Lukashenko'],
      ['head_of_delegation', 'IN', 'Prime Minister', 'Narendra Modi'],
      ['head_of_delegation', 'IR', 'President', 'Masoud Pezeshkian'],
      ['head_of_delegation', 'KZ', 'President', 'Kassym-Jomart Tokayev'],
      ['head_of_delegation', 'CN', 'President', 'Xi Jinping'],
      ['head_of_delegation', 'KG', 'President', 'Sadyr Japarov'],
      ['head_of_delegation', 'PK', 'Prime Minister', 'Muhammad Shehbaz Sharif'],
      ['head_of_delegation', 'RU', 'President', 'Vladimir Putin'],
      ['head_of_delegation', 'TJ', 'President', 'Emomali Rahmon'],
      ['head_of_delegation', 'UZ', 'President', 'Shavkat Mirziyoyev'],
      ['guest', null, 'Secretary-General', 'Nurlan Yermekbayev'],
      ['guest', null, 'Director of the Executive Committee', 'Ularbek Sharsheev'],
    ]);
    const { span: _nextSpan, ...next } = nextMeeting!;
    expect(next).toEqual({ date: year(2026), place: 'Kyrgyz Republic', countryCode: 'KG' });
  });

  it('takes every paragraph after "declare the following" as a statement, section numerals aside', () => {
    expect(tianjin.statements).toHaveLength(30);
    expect(statement(tianjin, 1).text.startsWith('The world is going through profound historical change')).toBe(true);
    expect(tianjin.statements.some((parsed) => /^[IVX]+$/.test(parsed.text))).toBe(false);
    expect(statement(tianjin, 30).text).toBe(
      'The next meeting of the Council of Heads of State will be held in 2026 in the Kyrgyz Republic.',
    );
  });

  it('reads the decision to establish the SCO Development Bank', () => {
    const bank = statement(tianjin, 17);
    expect(bank).toMatchObject({
      stance: 'decided',
      otherStances: ['reaffirmed'],
      actorKind: 'relevant_member_states',
      actorCountryCodes: [],
      topics: ['finance'],
    });
    expect(bank.initiatives.map(({ span: _span, ...initiative }) => initiative)).toEqual([
      { title: 'establishing the SCO Development Bank', stage: 'approved' },
    ]);
  });

  it('reads the approval of the SCO Development Strategy until 2035', () => {
    const strategy = statement(tianjin, 9);
    expect(strategy).toMatchObject({
      stance: 'approved',
      actorKind: 'heads_of_delegation',
      actorCountryCodes: tianjinDelegations,
    });
    expect(strategy.documents.map(({ span: _span, ...document }) => document)).toEqual([
      { title: 'SCO Development Strategy until 2035', adopted: null, place: null },
    ]);
    expect(strategy.initiatives.map((initiative) => [initiative.title, initiative.stage])).toEqual([
      ['SCO Development Strategy until 2035', 'approved'],
    ]);
  });

  it('reads the states that support the Belt and Road Initiative, India not among them', () => {
    const beltAndRoad = statement(tianjin, 16);
    expect(beltAndRoad).toMatchObject({
      stance: 'noted',
      otherStances: ['reaffirmed', 'supported'],
      actorKind: 'named_states',
      actorCountryCodes: ['BY', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'],
    });
    expect(beltAndRoad.initiatives.map((initiative) => [initiative.title, initiative.stage])).toEqual([
      ['Belt and Road Initiative', 'supported'],
    ]);
  });

  it('reads the statements of the member states', () => {
    const stances = [3, 4, 5, 7, 15, 18, 19, 20, 22, 23, 25, 27, 28].map((ordinal) => [
      ordinal,
      statement(tianjin, ordinal).stance,
      statement(tianjin, ordinal).actorKind,
    ]);
    expect(stances).toEqual([
      [3, 'reaffirmed', 'member_states'],
      [4, 'advocated', 'member_states'],
      [5, 'considered', 'member_states'],
      [7, 'noted', 'member_states'],
      [15, 'called_for', 'member_states'],
      [18, 'emphasized', 'member_states'],
      [19, 'committed', 'member_states'],
      [20, 'advocated', 'member_states'],
      [22, 'welcomed', 'member_states'],
      [23, 'committed', 'member_states'],
      [25, 'decided', 'heads_of_delegation'],
      [27, 'welcomed', 'member_states'],
      [28, 'appreciated', 'member_states'],
    ]);
    expect(statement(tianjin, 3).actorCountryCodes).toEqual(tianjinDelegations);
    expect(statement(tianjin, 23).topics).toEqual(['ai']);
  });

  it('reads condemnation, opposition and signing', () => {
    expect([6, 10, 13, 14].map((ordinal) => [ordinal, statement(tianjin, ordinal).stance])).toEqual([
      [6, 'advocated'],
      [10, 'decided'],
      [13, 'concerned'],
      [14, 'concerned'],
    ]);
  });

  it('reads the documents and proposals it names', () => {
    expect(statement(tianjin, 10).documents.map((document) => document.title)).toEqual([
      'Agreement on the Universal Centre for Countering Security Challenges and Threats of the SCO Member States',
      'Agreement on the SCO Anti-Drug Centre',
    ]);
    expect(statement(tianjin, 20).documents.map((document) => document.title)).toEqual([
      'Statement of the Council of Heads of State of the SCO Member States on Supporting the Multilateral Trading System',
    ]);
    expect(statement(tianjin, 7).initiatives.map((initiative) => [initiative.title, initiative.stage])).toEqual([
      ['draft a Eurasian Charter of Diversity and Multipolarity in the 21st Century', 'noted'],
    ]);
    expect(statement(tianjin, 11).initiatives.map((initiative) => [initiative.title, initiative.stage])).toEqual([
      ['set up a research centre for strategic security', 'noted'],
    ]);
  });

  it('reads the events it names', () => {
    const events = tianjin.statements.flatMap((parsed) =>
      parsed.events.map(({ span: _span, ...event }) => [
        parsed.ordinal,
        event.name,
        event.start,
        event.place,
        event.status,
      ]),
    );
    expect(events).toEqual([
      [28, 'meeting of the Council of Ministers of Foreign Affairs', day('2025-07-15'), 'Tianjin', 'held'],
      [30, 'next meeting of the Council of Heads of State', year(2026), 'Kyrgyz Republic', 'planned'],
    ]);
  });
});

describe('parseEnglishText rejections', () => {
  it.each([
    ['an empty text', '  \n ', 'empty'],
    [
      'a novel',
      'Chapter One\nIt was a bright cold day in April, and the clocks were striking thirteen.\nOn 4 April 1984 the meeting of the Party was held in London.',
      'never names the Shanghai Cooperation Organisation',
    ],
    [
      'a news article',
      'Kyrgyz PM urges faster creation of SCO bank\nBISHKEK, Oct. 26 -- The Kyrgyz prime minister called on SCO member states on Thursday to speed up the creation of the SCO Development Bank.\nHe spoke at the meeting of the SCO heads of government.',
      'no opening line names a meeting with its date',
    ],
    [
      'a header without statements',
      'Joint Communiqué of the 22nd meeting of the SCO Council of Heads of Government\nOn 26 October 2023, Bishkek hosted the 22nd meeting of the SCO Council of Heads of Government.\nTaking part in it were Prime Minister of the Russian Federation Mikhail Mishustin.',
      'no statements',
    ],
  ])('rejects %s with a message naming what is missing', (_case, text, message) => {
    const error = captureError(() => parseEnglishText({ text }));
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'ingest_rejected' });
    expect((error as Error).message).toContain(message);
  });
});
