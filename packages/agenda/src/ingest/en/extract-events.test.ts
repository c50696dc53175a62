import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract-events.ts';

const events = (text: string, referenceDate = '2025-09-01') =>
  extractEvents({ text, offset: 0, referenceDate }).map(({ span: _span, ...event }) => event);
const day = (date: string) => ({ date, precision: 'day' as const });
const year = (value: number) => ({ date: `${value}-01-01`, precision: 'year' as const });

describe('extractEvents', () => {
  it('reads a name followed by "held", its date and place', () => {
    expect(events('They noted the results of the meeting of energy ministers held on 5 June 2025 in Astana.')).toEqual([
      {
        name: 'meeting of energy ministers',
        start: day('2025-06-05'),
        end: day('2025-06-05'),
        place: 'Astana',
        format: 'in_person',
        status: 'held',
      },
    ]);
  });

  it('reads a name with a date parenthesis, one event per session, and video meetings', () => {
    expect(
      events(
        'They supported the outcomes of the meeting of the Council of Heads of State (4 July 2023, video conference format).',
        '2023-10-26',
      ),
    ).toEqual([
      {
        name: 'meeting of the Council of Heads of State',
        start: day('2023-07-04'),
        end: day('2023-07-04'),
        place: null,
        format: 'video',
        status: 'held',
      },
    ]);
    expect(
      events('They welcomed the SCO Forum (Astana, 5 June 2025; Tashkent, 1 October 2025).').map((event) => [
        event.place,
        event.status,
      ]),
    ).toEqual([
      ['Astana', 'held'],
      ['Tashkent', 'planned'],
    ]);
  });

  it('reads a month-first date in a parenthesis and a name after "the holding of"', () => {
    expect(events('They noted the results of the SCO Energy Ministers’ Meeting (Astana, June 5, 2025).')).toEqual([
      {
        name: 'SCO Energy Ministers’ Meeting',
        start: day('2025-06-05'),
        end: day('2025-06-05'),
        place: 'Astana',
        format: 'in_person',
        status: 'held',
      },
    ]);
    expect(events('The Heads of Delegation supported the holding of the SCO Marathon in 2026 in Chengdu.')).toEqual([
      {
        name: 'SCO Marathon',
        start: year(2026),
        end: year(2026),
        place: 'Chengdu',
        format: 'in_person',
        status: 'planned',
      },
    ]);
    expect(
      events(
        'They pointed out that the meeting of the Council of Heads of State held in Tianjin from August 31 to September 1, 2025 showed the role of the SCO.',
        '2025-11-17',
      ).map((event) => [event.name, event.place]),
    ).toEqual([['meeting of the Council of Heads of State', 'Tianjin']]);
  });

  it('reads what is to be held as planned', () => {
    expect(events('They agreed to hold the SCO Year of Ecology in 2024.', '2023-10-26')).toEqual([
      {
        name: 'SCO Year of Ecology',
        start: year(2024),
        end: year(2024),
        place: null,
        format: 'in_person',
        status: 'planned',
      },
    ]);
    expect(
      events('The next meeting of the Council of Heads of State will be held in 2026 in the Kyrgyz Republic.'),
    ).toEqual([
      {
        name: 'next meeting of the Council of Heads of State',
        start: year(2026),
        end: year(2026),
        place: 'Kyrgyz Republic',
        format: 'in_person',
        status: 'planned',
      },
    ]);
  });

  it('lets the wording decide for an event on the meeting day', () => {
    expect(events('They welcomed the SCO Plus meeting held on 1 September 2025 in Tianjin.')[0]!.status).toBe('held');
    expect(events('They will hold the SCO Plus meeting on 1 September 2025 in Tianjin.')[0]!.status).toBe('planned');
  });

  it('does not read documents, undated events or dated incidents as events', () => {
    expect(events('They noted the Joint Communiqué of the 22nd meeting (Bishkek, 26 October 2023).')).toEqual([]);
    expect(events('They noted the cultural events held in Varanasi.')).toEqual([]);
    expect(events('They condemned the terrorist attack in Pahalgam on 22 April 2025.')).toEqual([]);
  });

  it('reads two consecutive days joined by "and", a month and a day without its year', () => {
    expect(
      events('They noted the SCO Energy Ministers’ Meeting held on 5 and 6 June 2025 in Astana.').map((event) => [
        event.start,
        event.end,
      ]),
    ).toEqual([[day('2025-06-05'), day('2025-06-06')]]);
    expect(events('They noted the SCO Forum in June 2025 in Astana.')).toEqual([
      {
        name: 'SCO Forum',
        start: { date: '2025-06-01', precision: 'month' },
        end: { date: '2025-06-01', precision: 'month' },
        place: 'Astana',
        format: 'in_person',
        status: 'held',
      },
    ]);
    // A day without its year is in the meeting's year, unless the wording puts it on the other side of the meeting.
    expect(events('They noted the meeting of energy ministers held on 5 and 6 June in Astana.')[0]!.start).toEqual(
      day('2025-06-05'),
    );
    expect(
      events('The meeting of energy ministers will be held on 5 and 6 June in Astana.').map((event) => [
        event.start,
        event.status,
      ]),
    ).toEqual([[day('2026-06-05'), 'planned']]);
    expect(events('The meeting of energy ministers took place on 20 December in Astana.')[0]!.start).toEqual(
      day('2024-12-20'),
    );
  });

  it('reads a name followed directly by its place and date, and a date and place before the name', () => {
    expect(
      events(
        'They noted the holding of the first SCO Media Forum in Beijing on 1 June 2018 and the first SCO Film Festival in Qingdao from 13 to 17 June 2018.',
        '2018-10-11',
      ).map((event) => [event.name, event.start?.date, event.end?.date, event.place, event.status]),
    ).toEqual([
      ['first SCO Media Forum', '2018-06-01', '2018-06-01', 'Beijing', 'held'],
      ['first SCO Film Festival', '2018-06-13', '2018-06-17', 'Qingdao', 'held'],
    ]);
    const [plusMeeting] = extractEvents({
      text: 'The Ministers supported holding, on 4 July 2024 in Astana, the first “SCO Plus” meeting with the leaders of invited states.',
      offset: 0,
      referenceDate: '2024-05-21',
    });
    expect(plusMeeting).toMatchObject({
      name: 'first “SCO Plus” meeting',
      start: day('2024-07-04'),
      place: 'Astana',
      status: 'planned',
    });
    expect(events('On 1 June 2018, Beijing hosted the first SCO Media Forum.', '2018-10-11')).toEqual([
      {
        name: 'first SCO Media Forum',
        start: day('2018-06-01'),
        end: day('2018-06-01'),
        place: 'Beijing',
        format: 'in_person',
        status: 'held',
      },
    ]);
  });

  it('reads what "is scheduled to take place" and what "is planned to be held"', () => {
    expect(
      events(
        'They noted that a meeting of heads of regions of the SCO Member States is scheduled to take place in Chelyabinsk in December 2018.',
        '2018-10-11',
      ),
    ).toEqual([
      {
        name: 'meeting of heads of regions of the SCO Member States',
        start: { date: '2018-12-01', precision: 'month' },
        end: { date: '2018-12-01', precision: 'month' },
        place: 'Chelyabinsk',
        format: 'in_person',
        status: 'planned',
      },
    ]);
    expect(
      events(
        'They supported the preparations for the meeting of the SCO Council of Heads of State, which is planned to be held in Saint Petersburg in 2020.',
        '2019-11-01',
      ).map((event) => [event.name, event.start, event.place, event.status]),
    ).toEqual([['meeting of the SCO Council of Heads of State', year(2020), 'Saint Petersburg', 'planned']]);
  });

  it('reads undated events whose wording says they took place or are to come, with their place', () => {
    const undated = (name: string, status: 'held' | 'planned', place: string | null = null) => ({
      name,
      start: null,
      end: null,
      place,
      format: 'in_person',
      status,
    });
    expect(
      events(
        'They took note of the results of the meeting of the Council of National Coordinators of the SCO Member States, which prepared the draft documents.',
      ),
    ).toEqual([undated('meeting of the Council of National Coordinators of the SCO Member States', 'held')]);
    expect(events('They noted the results of the meeting of energy ministers held in Astana.')).toEqual([
      undated('meeting of energy ministers', 'held', 'Astana'),
    ]);
    expect(events('Bishkek hosted the SCO Youth Forum.')).toEqual([undated('SCO Youth Forum', 'held', 'Bishkek')]);
    expect(events('They noted the preparations for the next meeting of the Council of Heads of State.')).toEqual([
      undated('next meeting of the Council of Heads of State', 'planned'),
    ]);
    expect(events('They supported the proposal of Kazakhstan to hold the SCO Marathon.')).toEqual([
      undated('SCO Marathon', 'planned'),
    ]);
    expect(
      events(
        'The Kazakh side informed the Ministers that the meeting of the Council of Heads of State would be held in an extended format.',
      ),
    ).toEqual([undated('meeting of the Council of Heads of State', 'planned')]);
  });

  it('leaves out undated events of unknown status, this meeting, bodies founded, plurals and meetings of documents', () => {
    for (const text of [
      'They welcomed the SCO Film Festival.',
      'They supported admitting Belarus at the meeting of the Council of Heads of State in Astana.',
      'The Heads of Delegation thanked Uzbekistan for the organisation of the meeting in Tashkent.',
      'They noted the results of this meeting of the Council.',
      'They welcomed the initiative of the Russian Federation to establish a Forum of Heads of Regions of the SCO Member States.',
      'They noted the results of the meetings of the ministers of agriculture.',
      'They noted the Joint Communiqué following the 22nd meeting of the Council of Heads of Government.',
      'They welcomed the participation of Iran in a meeting of the Council of Heads of Government.',
      'They noted the work of the Secretariat of the Conference on Interaction and Confidence Building Measures in Asia.',
    ]) {
      expect(events(text), text).toEqual([]);
    }
  });
});
