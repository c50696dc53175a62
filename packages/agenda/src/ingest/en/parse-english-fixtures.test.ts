import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedText, PartialDate } from '../types.ts';
import { parseEnglishText } from './parse-english-text.ts';

// Expected facts below were read by hand from two dev texts the project restated from public reports (see
// fixtures/SOURCES.md): the Joint Communiqué of the 17th meeting of the SCO Council of Heads of Government (Dushanbe,
// 11–12 October 2018) and the information message on the meeting of the SCO Council of Ministers of Foreign Affairs
// (Astana, 21 May 2024). Neither text was used to write the rules it is checked against here.
const fixture = (name: string) =>
  parseEnglishText({ text: readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8') });
const dushanbe = fixture('communique-17-dushanbe-en.txt');
const astana = fixture('information-cfm-astana-2024-en.txt');
const day = (date: string): PartialDate => ({ date, precision: 'day' });
const month = (date: string): PartialDate => ({ date, precision: 'month' });
const year = (value: number): PartialDate => ({ date: `${value}-01-01`, precision: 'year' });

const eventsOf = (parsed: ParsedText) =>
  parsed.statements.flatMap((statement) =>
    statement.events.map(({ span, ...event }) => ({
      ordinal: statement.ordinal,
      ...event,
      reference: parsed.text.slice(span.start, span.end),
    })),
  );
const initiativesOf = (parsed: ParsedText) =>
  parsed.statements.flatMap((statement) =>
    statement.initiatives.map((initiative) => [
      statement.ordinal,
      initiative.stage,
      initiative.title,
      parsed.text.slice(initiative.span.start, initiative.span.end),
    ]),
  );
const documentsOf = (parsed: ParsedText, ordinal: number) =>
  parsed.statements[ordinal - 1]!.documents.map((document) => document.title);
const stanceOf = (parsed: ParsedText, ordinal: number) => {
  const { stance, otherStances, actorKind, actorCountryCodes } = parsed.statements[ordinal - 1]!;
  return { stance, otherStances, actorKind, actorCountryCodes };
};

describe('parseEnglishText on the Dushanbe communiqué (17th Heads of Government meeting, 2018)', () => {
  it('reads the header', () => {
    const { participants, chair, nextMeeting, span: _span, ...meeting } = dushanbe.meeting;
    expect(dushanbe.kind).toBe('communique');
    expect(meeting).toMatchObject({
      bodyName: 'Council of Heads of Government (Prime Ministers)',
      body: 'heads_of_government',
      number: 17,
      start: day('2018-10-11'),
      end: day('2018-10-12'),
      place: 'Dushanbe',
      format: 'in_person',
    });
    expect(chair).toMatchObject({ countryCode: 'TJ', title: 'Prime Minister', personName: 'Kokhir Rasulzoda' });
    expect(participants.map(({ role, countryCode, personName }) => [role, countryCode, personName])).toEqual([
      ['head_of_delegation', 'IN', 'Sushma Swaraj'],
      ['head_of_delegation', 'KZ', 'Bakytzhan Sagintayev'],
      ['head_of_delegation', 'CN', 'Li Keqiang'],
      ['head_of_delegation', 'KG', 'Mukhammedkaly Abylgaziev'],
      ['head_of_delegation', 'PK', 'S.M. Qureshi'],
      ['head_of_delegation', 'RU', 'Dmitry Medvedev'],
      ['head_of_delegation', 'TJ', 'Kokhir Rasulzoda'],
      ['head_of_delegation', 'UZ', 'Abdulla Aripov'],
      ['guest', null, 'Rashid Alimov'],
      ['guest', null, 'Yevgeny Sysoyev'],
      ['guest', null, 'Chen Zhou'],
      ['observer', 'AF', 'Abdullah Abdullah'],
      ['observer', 'BY', 'S. Rumas'],
      ['observer', 'IR', 'M. Sarmadi'],
      ['observer', 'MN', 'Ulziisaikhan Enkhtuvshin'],
    ]);
    expect(participants.find((participant) => participant.countryCode === 'AF')?.title).toBe('Chief Executive');
    const { span: _nextSpan, ...next } = nextMeeting!;
    expect(next).toEqual({ date: year(2019), place: 'Republic of Uzbekistan', countryCode: 'UZ' });
    expect(dushanbe.statements).toHaveLength(17);
  });

  it('reads every event with its dates, place and status, dated or not', () => {
    expect(eventsOf(dushanbe)).toEqual([
      {
        ordinal: 3,
        name: 'meeting of the SCO Council of Heads of State',
        start: day('2018-06-09'),
        end: day('2018-06-10'),
        place: 'Qingdao',
        format: 'in_person',
        status: 'held',
        reference: 'meeting of the SCO Council of Heads of State (Qingdao, 9–10 June 2018)',
      },
      {
        ordinal: 4,
        name: 'meeting of the Council of Heads of State',
        start: year(2019),
        end: year(2019),
        place: 'Bishkek',
        format: 'in_person',
        status: 'planned',
        reference: 'meeting of the Council of Heads of State, to be held in Bishkek in 2019',
      },
      {
        ordinal: 6,
        name: 'meeting of the ministers responsible for foreign economic and foreign trade activities',
        start: month('2018-09-01'),
        end: month('2018-09-01'),
        place: 'Dushanbe',
        format: 'in_person',
        status: 'held',
        reference:
          'meeting of the ministers responsible for foreign economic and foreign trade activities held in Dushanbe in September 2018',
      },
      {
        ordinal: 8,
        name: 'meeting of the Council of Heads of State',
        start: day('2017-06-08'),
        end: day('2017-06-09'),
        place: 'Astana',
        format: 'in_person',
        status: 'held',
        reference: 'meeting of the Council of Heads of State held in Astana on 8 and 9 June 2017',
      },
      {
        ordinal: 8,
        name: 'meeting of heads of regions of the SCO Member States',
        start: month('2018-12-01'),
        end: month('2018-12-01'),
        place: 'Chelyabinsk',
        format: 'in_person',
        status: 'planned',
        reference:
          'meeting of heads of regions of the SCO Member States is scheduled to take place in Chelyabinsk in December 2018',
      },
      {
        ordinal: 12,
        name: 'first SCO Media Forum',
        start: day('2018-06-01'),
        end: day('2018-06-01'),
        place: 'Beijing',
        format: 'in_person',
        status: 'held',
        reference: 'holding of the first SCO Media Forum in Beijing on 1 June 2018',
      },
      {
        ordinal: 12,
        name: 'first SCO Film Festival',
        start: day('2018-06-13'),
        end: day('2018-06-17'),
        place: 'Qingdao',
        format: 'in_person',
        status: 'held',
        reference: 'first SCO Film Festival in Qingdao from 13 to 17 June 2018',
      },
      {
        ordinal: 13,
        name: 'meeting of the Council of National Coordinators of the SCO Member States',
        start: null,
        end: null,
        place: null,
        format: 'in_person',
        status: 'held',
        reference: 'meeting of the Council of National Coordinators of the SCO Member States',
      },
      {
        ordinal: 17,
        name: 'next meeting of the Council of Heads of Government (Prime Ministers) of the SCO Member States',
        start: year(2019),
        end: year(2019),
        place: 'Republic of Uzbekistan',
        format: 'in_person',
        status: 'planned',
        reference:
          'next meeting of the Council of Heads of Government (Prime Ministers) of the SCO Member States will be held in 2019 in the Republic of Uzbekistan',
      },
    ]);
  });

  it('reads the initiatives with the stage their governing verb gives', () => {
    expect(initiativesOf(dushanbe)).toEqual([
      [
        7,
        'approved',
        'prepare a new version of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
        'prepare a new version of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
      ],
      [
        7,
        'approved',
        'prepare a Programme for the Development of Inter-Regional Cooperation of the SCO Member States',
        'a Programme for the Development of Inter-Regional Cooperation of the SCO Member States',
      ],
      [
        8,
        'supported',
        'establish a Forum of Heads of Regions of the SCO Member States',
        'establish a Forum of Heads of Regions of the SCO Member States',
      ],
      [9, 'noted', 'establishment of the SCO Development Bank', 'establishment of the SCO Development Bank'],
      [
        9,
        'noted',
        'establishment of the SCO Development Fund (Special Account)',
        'the SCO Development Fund (Special Account)',
      ],
      [
        10,
        'noted',
        'strengthening cooperation in security, multilateral trade, production capacity, connectivity, innovation and people-to-people exchanges',
        'strengthening cooperation in security, multilateral trade, production capacity, connectivity, innovation and people-to-people exchanges',
      ],
      [
        14,
        'approved',
        'financial report on the execution of the SCO budget for 2017',
        'financial report on the execution of the SCO budget for 2017',
      ],
      [14, 'approved', 'SCO budget for 2019', 'SCO budget for 2019'],
    ]);
  });

  it('reads the documents, lower-case words of their titles included', () => {
    expect(documentsOf(dushanbe, 3)).toEqual([
      'Qingdao Declaration of the Council of Heads of State of the SCO',
      'Joint Statement of the Heads of State of the SCO Member States on Trade Facilitation',
    ]);
    expect(documentsOf(dushanbe, 5)).toEqual(['SCO Charter', 'SCO Development Strategy until 2025']);
    expect(documentsOf(dushanbe, 6)).toEqual([
      'Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
    ]);
    expect(documentsOf(dushanbe, 11)).toEqual([
      'Programme of Cooperation of the SCO Member States in the Field of Food Security',
      'Memorandum of Understanding between the authorised agencies of the SCO Member States on technical cooperation in the joint prevention of epizootic diseases',
    ]);
    expect(documentsOf(dushanbe, 14)).toEqual([]);
  });

  it('reads stances and actors', () => {
    const heads = ['IN', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
    expect(stanceOf(dushanbe, 7)).toEqual({
      stance: 'decided',
      otherStances: [],
      actorKind: 'heads_of_delegation',
      actorCountryCodes: heads,
    });
    expect(stanceOf(dushanbe, 14)).toMatchObject({
      stance: 'approved',
      otherStances: ['decided'],
      actorKind: 'meeting',
    });
    expect(stanceOf(dushanbe, 15)).toMatchObject({ stance: 'decided', actorKind: 'meeting' });
    expect(stanceOf(dushanbe, 17)).toMatchObject({ stance: 'committed', actorKind: 'meeting' });
  });
});

describe('parseEnglishText on the Astana ministerial information message (2024)', () => {
  it('reads the header of a ministerial meeting with an observer', () => {
    const { participants, chair, nextMeeting, span: _span, ...meeting } = astana.meeting;
    expect(meeting).toMatchObject({
      bodyName: 'Council of Ministers of Foreign Affairs',
      body: 'ministers',
      number: null,
      start: day('2024-05-21'),
      end: day('2024-05-21'),
      place: 'Astana',
      format: 'in_person',
    });
    expect(chair).toMatchObject({
      countryCode: 'KZ',
      title: 'Deputy Prime Minister and Minister of Foreign Affairs',
      personName: 'Murat Nurtleu',
    });
    expect(participants.map(({ role, countryCode, personName }) => [role, countryCode, personName])).toEqual([
      ['head_of_delegation', 'IN', 'Dammu Ravi'],
      ['head_of_delegation', 'IR', 'Mahdi Safari'],
      ['head_of_delegation', 'KZ', 'Murat Nurtleu'],
      ['head_of_delegation', 'CN', 'Wang Yi'],
      ['head_of_delegation', 'KG', 'Jeenbek Kulubaev'],
      ['head_of_delegation', 'PK', 'Mohammad Ishaq Dar'],
      ['head_of_delegation', 'RU', 'Sergey Lavrov'],
      ['head_of_delegation', 'TJ', 'Sirojiddin Muhriddin'],
      ['head_of_delegation', 'UZ', 'Bakhtiyor Saidov'],
      ['guest', null, 'Zhang Ming'],
      ['guest', null, 'Ruslan Mirzayev'],
      ['observer', 'BY', 'Sergei Aleinik'],
    ]);
    const { span: _nextSpan, ...next } = nextMeeting!;
    expect(next).toEqual({ date: year(2025), place: 'People’s Republic of China', countryCode: 'CN' });
  });

  it('does not count the section headings as statements', () => {
    expect(astana.statements).toHaveLength(17);
    expect(astana.statements[0]!.text.startsWith('The Ministers observed a minute of silence')).toBe(true);
    expect(astana.statements.some((statement) => /^[IVX]+\. /.test(statement.text))).toBe(false);
  });

  it('reads every event with its dates, place and status, and no incident as an event', () => {
    expect(eventsOf(astana)).toEqual([
      {
        ordinal: 7,
        name: 'meeting of the Council of Ministers of Foreign Affairs',
        start: month('2023-05-01'),
        end: month('2023-05-01'),
        place: 'Goa',
        format: 'in_person',
        status: 'held',
        reference: 'meeting of the Council of Ministers of Foreign Affairs held in Goa in May 2023',
      },
      {
        ordinal: 8,
        name: 'SCO Year of Ecology',
        start: year(2024),
        end: year(2024),
        place: null,
        format: 'in_person',
        status: 'held',
        reference: 'SCO Year of Ecology in 2024',
      },
      {
        ordinal: 11,
        name: 'meeting of the Council of Heads of State',
        start: day('2024-07-03'),
        end: day('2024-07-04'),
        place: 'Astana',
        format: 'in_person',
        status: 'planned',
        reference: 'meeting of the Council of Heads of State to be held in Astana on 3 and 4 July 2024',
      },
      {
        ordinal: 15,
        name: 'first “SCO Plus” meeting',
        start: day('2024-07-04'),
        end: day('2024-07-04'),
        place: 'Astana',
        format: 'in_person',
        status: 'planned',
        reference: 'holding, on 4 July 2024 in Astana, the first “SCO Plus” meeting',
      },
      {
        ordinal: 16,
        name: 'meeting of the Council of Heads of State',
        start: null,
        end: null,
        place: null,
        format: 'in_person',
        status: 'planned',
        reference: 'meeting of the Council of Heads of State',
      },
      {
        ordinal: 17,
        name: 'next meeting of the Council of Ministers of Foreign Affairs',
        start: year(2025),
        end: year(2025),
        place: 'People’s Republic of China',
        format: 'in_person',
        status: 'planned',
        reference:
          'next meeting of the Council of Ministers of Foreign Affairs will be held in 2025 in the People’s Republic of China',
      },
    ]);
  });

  it('reads the initiatives approved and supported', () => {
    expect(initiativesOf(astana).map(([ordinal, stage, title]) => [ordinal, stage, title])).toEqual([
      [
        9,
        'approved',
        'report of the SCO Secretary-General on the activities of the Organisation from May 2023 to May 2024',
      ],
      [12, 'approved', 'draft Astana Declaration of the Council of Heads of State'],
      [12, 'approved', 'draft SCO Initiative “On World Unity for a Just Peace, Harmony and Development”'],
      [12, 'approved', 'draft Roadmap for the Development of Interaction with the SCO Dialogue Partners'],
      [13, 'supported', 'adopt the SCO Initiative “On World Unity for a Just Peace, Harmony and Development”'],
    ]);
  });

  it('reads the documents', () => {
    expect(documentsOf(astana, 4)).toEqual(['SCO Charter']);
    expect(documentsOf(astana, 12)).toEqual([
      'Astana Declaration of the Council of Heads of State',
      'SCO Initiative “On World Unity for a Just Peace, Harmony and Development”',
      'Roadmap for the Development of Interaction with the SCO Dialogue Partners',
    ]);
  });

  it('reads agreement, condemnation, signing and a side as the actor', () => {
    const heads = ['IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
    expect(stanceOf(astana, 3)).toEqual({
      stance: 'committed',
      otherStances: [],
      actorKind: 'heads_of_delegation',
      actorCountryCodes: heads,
    });
    expect(stanceOf(astana, 5)).toMatchObject({ stance: 'concerned', actorKind: 'heads_of_delegation' });
    expect(stanceOf(astana, 10)).toMatchObject({ stance: 'decided', actorKind: 'meeting' });
    expect(stanceOf(astana, 11)).toMatchObject({ stance: 'decided', actorKind: 'heads_of_delegation' });
    expect(stanceOf(astana, 16)).toEqual({
      stance: 'expressed',
      otherStances: [],
      actorKind: 'named_states',
      actorCountryCodes: ['KZ'],
    });
  });
});
