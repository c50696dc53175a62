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
});
