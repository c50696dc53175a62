import { describe, expect, it } from 'vitest';
import { parseParticipant, parseParticipantList } from './parse-participants.ts';

const reading = (text: string) => {
  const { span: _span, ...participant } = parseParticipant({ text, offset: 0 });
  return participant;
};

describe('parseParticipant', () => {
  it.each([
    [
      'Minister of External Affairs of the Republic of India Subrahmanyam Jaishankar',
      { countryCode: 'IN', title: 'Minister of External Affairs', personName: 'Subrahmanyam Jaishankar' },
    ],
    [
      'Premier of the State Council of the People’s Republic of China Li Qiang',
      { countryCode: 'CN', title: 'Premier of the State Council', personName: 'Li Qiang' },
    ],
    [
      'Chairman of the Cabinet of Ministers of the Kyrgyz Republic Akylbek Japarov',
      { countryCode: 'KG', title: 'Chairman of the Cabinet of Ministers', personName: 'Akylbek Japarov' },
    ],
    [
      'Prime Minister of Mongolia L. Oyun-Erdene',
      { countryCode: 'MN', title: 'Prime Minister', personName: 'L. Oyun-Erdene' },
    ],
    [
      'the Prime Minister of the Russian Federation, Mikhail Mishustin',
      { countryCode: 'RU', title: 'Prime Minister', personName: 'Mikhail Mishustin' },
    ],
    [
      'Russian Prime Minister Mikhail Mishustin',
      { countryCode: 'RU', title: 'Prime Minister', personName: 'Mikhail Mishustin' },
    ],
    [
      "India's External Affairs Minister S. Jaishankar",
      { countryCode: 'IN', title: 'External Affairs Minister', personName: 'S. Jaishankar' },
    ],
  ])('%s', (text, expected) => {
    expect(reading(text)).toEqual({ ...expected, organization: null });
  });

  it('reads heads of organisations with their organisation', () => {
    expect(reading('SCO Secretary-General Zhang Ming')).toEqual({
      countryCode: null,
      title: 'Secretary-General',
      personName: 'Zhang Ming',
      organization: 'SCO',
    });
    expect(
      reading('Director of the Executive Committee of the SCO Regional Anti-Terrorist Structure Ruslan Mirzayev'),
    ).toEqual({
      countryCode: null,
      title: 'Director of the Executive Committee',
      personName: 'Ruslan Mirzayev',
      organization: 'SCO Regional Anti-Terrorist Structure',
    });
    expect(
      reading('Chairman of the Council of the SCO Interbank Consortium Shri Padmanabhan Raja Jaishankar'),
    ).toMatchObject({
      title: 'Chairman of the Council',
      personName: 'Shri Padmanabhan Raja Jaishankar',
      organization: 'SCO Interbank Consortium',
    });
  });

  it('leaves the article and a guest note out of the span', () => {
    const text =
      'the Deputy Chairman of the Cabinet of Ministers of Turkmenistan Khodjamyrat Geldimyradov as a guest of the presiding party';
    const participant = parseParticipant({ text, offset: 10 });
    expect(participant).toMatchObject({ countryCode: 'TM', personName: 'Khodjamyrat Geldimyradov' });
    expect(participant.span).toEqual({ start: 14, end: 10 + text.indexOf(' as a guest') });
  });
});

describe('parseParticipantList', () => {
  it('splits at commas and at "and" before a new title, not inside a title or a name', () => {
    const list = parseParticipantList({
      text: 'Prime Minister of the Republic of Tajikistan Kokhir Rasulzoda, Deputy Prime Minister and Minister of Foreign Affairs of the Islamic Republic of Pakistan Muhammad Ishaq Dar and Prime Minister of the Republic of Uzbekistan Abdulla Aripov',
      offset: 0,
      role: 'head_of_delegation',
    });
    expect(list.map((participant) => [participant.countryCode, participant.title, participant.role])).toEqual([
      ['TJ', 'Prime Minister', 'head_of_delegation'],
      ['PK', 'Deputy Prime Minister and Minister of Foreign Affairs', 'head_of_delegation'],
      ['UZ', 'Prime Minister', 'head_of_delegation'],
    ]);
  });

  it('makes guests of items noted as guests and of organisations among observers', () => {
    const list = parseParticipantList({
      text: "Prime Minister of Mongolia L. Oyun-Erdene, Deputy Chairman of the Cabinet of Ministers of Turkmenistan H. Geldymuradov as the chairing Side's guest, as well as Executive Secretary of the Economic and Social Commission for Asia and the Pacific A.S. Alishakhbana",
      offset: 0,
      role: 'observer',
    });
    expect(
      list.map((participant) => [
        participant.role,
        participant.countryCode,
        participant.personName,
        participant.organization,
      ]),
    ).toEqual([
      ['observer', 'MN', 'L. Oyun-Erdene', null],
      ['guest', 'TM', 'H. Geldymuradov', null],
      ['guest', null, 'A.S. Alishakhbana', 'Economic and Social Commission for Asia and the Pacific'],
    ]);
  });

  it('makes guests of the items after a semicolon among observers and of one introduced as a guest', () => {
    const list = parseParticipantList({
      text: 'Prime Minister of the Republic of Belarus S.N. Rumas and Deputy Prime Minister of Mongolia U. Enkhtuvshin; by the guest of the presiding party, Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs of Turkmenistan R.O. Meredov; and by Chairman of the Board of the Eurasian Economic Commission T.S. Sargsyan and representatives of the United Nations Economic and Social Commission for Asia and the Pacific',
      offset: 0,
      role: 'observer',
    });
    expect(
      list.map(({ role, countryCode, title, personName, organization }) => [
        role,
        countryCode,
        title,
        personName,
        organization,
      ]),
    ).toEqual([
      ['observer', 'BY', 'Prime Minister', 'S.N. Rumas', null],
      ['observer', 'MN', 'Deputy Prime Minister', 'U. Enkhtuvshin', null],
      [
        'guest',
        'TM',
        'Deputy Chairman of the Cabinet of Ministers and Minister of Foreign Affairs',
        'R.O. Meredov',
        null,
      ],
      ['guest', null, 'Chairman of the Board', 'T.S. Sargsyan', 'Eurasian Economic Commission'],
      [
        'guest',
        null,
        'representatives',
        null,
        'United Nations Economic and Social Commission for Asia and the Pacific',
      ],
    ]);
  });

  it('lets organisations named after a shared title take that title', () => {
    const list = parseParticipantList({
      text: 'the heads of the permanent bodies of the Commonwealth of Independent States, the Eurasian Economic Commission and the Conference on Interaction and Confidence Building Measures in Asia',
      offset: 0,
      role: 'guest',
    });
    expect(list.map((participant) => [participant.title, participant.organization])).toEqual([
      ['heads of the permanent bodies', 'Commonwealth of Independent States'],
      ['heads of the permanent bodies', 'Eurasian Economic Commission'],
      ['heads of the permanent bodies', 'Conference on Interaction and Confidence Building Measures in Asia'],
    ]);
  });
});
