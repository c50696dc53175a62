import { describe, expect, it } from 'vitest';
import type { ParsedMeeting, ParsedStatement, ParsedText } from '../ingest/types.ts';
import type { ExtractionGold, GoldStatement } from './gold-schema.ts';
import { addTallies, compactDate, rates, scoreExtraction } from './score-extraction.ts';

// A three-line text: one header line, two statements.
const text = 'Header line of the meeting\nThe heads noted A.\nThe heads approved B.';
const firstStatement = { start: 27, end: 45 };
const secondStatement = { start: 46, end: 67 };

const goldStatement = (overrides: Partial<GoldStatement>): GoldStatement => ({
  ordinal: 1,
  opening: 'The heads',
  stance: 'noted',
  actorKind: 'heads_of_delegation',
  documents: [],
  events: [],
  initiatives: [],
  ...overrides,
});

const gold = (statements: GoldStatement[]): ExtractionGold => ({
  text: 'texts/example.txt',
  language: 'en',
  split: 'held_out',
  headerParagraphs: 1,
  header: {
    body: 'heads_of_government',
    number: 21,
    start: '2022-11-01',
    end: '2022-11-01',
    place: '',
    format: 'video',
    chairCountry: 'CN',
    headsOfDelegation: ['CN', 'RU'],
    guestOrganizationCount: 1,
    guestCountries: ['MN'],
  },
  statements,
});

const span = { start: 0, end: 26 };
const meeting: ParsedMeeting = {
  bodyName: 'Council of Heads of Government',
  body: 'heads_of_government',
  number: 21,
  title: 'Header line of the meeting',
  start: { date: '2022-11-01', precision: 'day' },
  end: { date: '2022-11-01', precision: 'day' },
  place: '',
  format: 'video',
  chair: { countryCode: 'CN', title: null, personName: null, span },
  participants: [
    { countryCode: 'CN', role: 'head_of_delegation', title: null, personName: null, organization: null, span },
    { countryCode: 'RU', role: 'head_of_delegation', title: null, personName: null, organization: null, span },
    { countryCode: null, role: 'guest', title: null, personName: null, organization: 'SCO Secretariat', span },
    { countryCode: 'MN', role: 'observer', title: null, personName: null, organization: null, span },
  ],
  nextMeeting: null,
  span,
};

const parsedStatement = (overrides: Partial<ParsedStatement>): ParsedStatement => ({
  ordinal: 1,
  text: 'The heads noted A.',
  span: firstStatement,
  stance: 'noted',
  otherStances: [],
  actorKind: 'heads_of_delegation',
  actorCountryCodes: ['CN', 'RU'],
  topics: [],
  documents: [],
  events: [],
  initiatives: [],
  ...overrides,
});

const parsedText = (statements: ParsedStatement[], meetingOverrides: Partial<ParsedMeeting> = {}): ParsedText => ({
  language: 'en',
  kind: 'communique',
  contentHash: 'hash',
  text,
  meeting: { ...meeting, ...meetingOverrides },
  statements,
});

const factSpan = { start: 27, end: 30 };
const document = (title: string) => ({ title, adopted: null, place: null, span: factSpan });
const event = (name: string, date: string, precision: 'day' | 'month' | 'year' = 'day') => ({
  name,
  start: { date, precision },
  end: null,
  place: null,
  format: 'in_person' as const,
  status: 'held' as const,
  span: factSpan,
});

describe('rates', () => {
  it('computes precision, recall and F1 from counts', () => {
    expect(rates({ truePositives: 3, falsePositives: 1, falseNegatives: 2 })).toEqual({
      precision: 0.75,
      recall: 0.6,
      f1: 6 / 9,
    });
  });

  it('gives 1 for both when nothing was expected and nothing reported', () => {
    expect(rates({ truePositives: 0, falsePositives: 0, falseNegatives: 0 })).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('reports n/a precision, not a division by zero, when nothing was reported but something expected', () => {
    expect(rates({ truePositives: 0, falsePositives: 0, falseNegatives: 4 })).toEqual({
      precision: null,
      recall: 0,
      f1: 0,
    });
  });

  it('reports n/a recall when something was reported but nothing expected', () => {
    expect(rates({ truePositives: 0, falsePositives: 2, falseNegatives: 0 })).toEqual({
      precision: 0,
      recall: null,
      f1: 0,
    });
  });

  it('adds tallies for micro-averaging', () => {
    expect(
      addTallies([
        { truePositives: 1, falsePositives: 2, falseNegatives: 3 },
        { truePositives: 10, falsePositives: 20, falseNegatives: 30 },
      ]),
    ).toEqual({ truePositives: 11, falsePositives: 22, falseNegatives: 33 });
  });
});

describe('compactDate', () => {
  it('keeps the precision the text gives', () => {
    expect(compactDate({ date: '2026-01-01', precision: 'year' })).toBe('2026');
    expect(compactDate({ date: '2026-05-01', precision: 'month' })).toBe('2026-05');
    expect(compactDate({ date: '2026-05-12', precision: 'day' })).toBe('2026-05-12');
    expect(compactDate(null)).toBe('(undated)');
  });
});

describe('scoreExtraction', () => {
  const twoStatements = gold([
    goldStatement({ documents: ['SCO Charter'] }),
    goldStatement({
      ordinal: 2,
      stance: 'approved',
      initiatives: [{ title: 'the SCO budget for 2023', stage: 'approved' }],
    }),
  ]);

  it('counts a perfect parse as all true positives', () => {
    const parsed = parsedText([
      parsedStatement({ documents: [document('SCO Charter')] }),
      parsedStatement({
        ordinal: 2,
        text: 'The heads approved B.',
        span: secondStatement,
        stance: 'approved',
        initiatives: [{ title: 'SCO budget for 2023', stage: 'approved', span: factSpan }],
      }),
    ]);
    const score = scoreExtraction({ gold: twoStatements, parsed });
    expect(score.misses).toEqual([]);
    expect(score.tallies).toEqual({
      // body, number, start, end, place, format, chair, guest organisations, 2 heads, 1 guest country
      header: { truePositives: 11, falsePositives: 0, falseNegatives: 0 },
      documents: { truePositives: 1, falsePositives: 0, falseNegatives: 0 },
      events: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
      stances: { truePositives: 2, falsePositives: 0, falseNegatives: 0 },
      actors: { truePositives: 2, falsePositives: 0, falseNegatives: 0 },
      initiatives: { truePositives: 1, falsePositives: 0, falseNegatives: 0 },
    });
  });

  it('makes every gold fact a false negative when the parser rejected the text', () => {
    const score = scoreExtraction({ gold: twoStatements, parsed: null });
    expect(score.tallies.header).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 11 });
    expect(score.tallies.stances).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 2 });
    expect(score.tallies.documents).toEqual({ truePositives: 0, falsePositives: 0, falseNegatives: 1 });
    expect(rates(score.tallies.stances)).toEqual({ precision: null, recall: 0, f1: 0 });
  });

  it('counts a wrong value as one false positive and one false negative, and names both', () => {
    const parsed = parsedText([parsedStatement({ stance: 'welcomed' })], {
      place: 'Beijing',
      start: { date: '2022-01-01', precision: 'year' },
    });
    const score = scoreExtraction({ gold: gold([goldStatement({})]), parsed });
    expect(score.tallies.stances).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 1 });
    expect(score.tallies.header).toEqual({ truePositives: 9, falsePositives: 2, falseNegatives: 2 });
    expect(score.misses).toEqual(
      expect.arrayContaining([
        { factType: 'stances', kind: 'false_positive', ordinal: 1, parsedOrdinal: 1, fact: 'welcomed' },
        { factType: 'stances', kind: 'false_negative', ordinal: 1, parsedOrdinal: 1, fact: 'noted' },
        { factType: 'header', kind: 'false_positive', ordinal: null, parsedOrdinal: null, fact: 'start: 2022' },
        { factType: 'header', kind: 'false_negative', ordinal: null, parsedOrdinal: null, fact: 'start: 2022-11-01' },
      ]),
    );
  });

  it('matches document titles across quotes, case, spaces and a leading article', () => {
    const parsed = parsedText([parsedStatement({ documents: [document('«the sco  CHARTER»')] })]);
    const score = scoreExtraction({ gold: gold([goldStatement({ documents: ['SCO Charter'] })]), parsed });
    expect(score.tallies.documents).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('matches a title inflected where it stands', () => {
    const expected = gold([goldStatement({ documents: ['Устава ШОС'] })]);
    const parsed = parsedText([parsedStatement({ documents: [document('Устав ШОС')] })]);
    expect(scoreExtraction({ gold: expected, parsed }).tallies.documents.truePositives).toBe(1);
  });

  it('matches a title inside a longer one only when the shorter holds at least 80 % of the longer', () => {
    const expected = gold([goldStatement({ documents: ['SCO Development Strategy until 2025'] })]);
    const close = parsedText([parsedStatement({ documents: [document('Development Strategy until 2025')] })]);
    expect(scoreExtraction({ gold: expected, parsed: close }).tallies.documents.truePositives).toBe(1);
    const far = parsedText([parsedStatement({ documents: [document('Strategy')] })]);
    expect(scoreExtraction({ gold: expected, parsed: far }).tallies.documents).toEqual({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });

  it('counts a title cited twice in one statement once', () => {
    const parsed = parsedText([parsedStatement({ documents: [document('SCO Charter'), document('"SCO Charter"')] })]);
    const score = scoreExtraction({ gold: gold([goldStatement({ documents: ['SCO Charter'] })]), parsed });
    expect(score.tallies.documents).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
  });

  it('matches events by start date, with its precision, and overlapping names', () => {
    const expected = gold([
      goldStatement({
        events: [
          { name: 'meeting of the Council of Heads of State', start: '2022-09-15' },
          { name: 'SCO Youth Forum', start: '2026' },
        ],
      }),
    ]);
    const parsed = parsedText([
      parsedStatement({
        events: [event('Council of Heads of State', '2022-09-15'), event('SCO Youth Forum', '2026-01-01', 'day')],
      }),
    ]);
    const score = scoreExtraction({ gold: expected, parsed });
    expect(score.tallies.events).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 1 });
    expect(score.misses.filter((miss) => miss.factType === 'events').map((miss) => miss.fact)).toEqual([
      'SCO Youth Forum (2026-01-01)',
      'SCO Youth Forum (2026)',
    ]);
  });

  it('pairs facts one to one, the closest first', () => {
    const expected = gold([
      goldStatement({
        events: [
          { name: 'SCO Forum', start: '2025-07-07' },
          { name: 'SCO Film Forum', start: '2025-07-07' },
        ],
      }),
    ]);
    const parsed = parsedText([parsedStatement({ events: [event('SCO Film Forum', '2025-07-07')] })]);
    const score = scoreExtraction({ gold: expected, parsed });
    expect(score.tallies.events).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(score.misses.find((miss) => miss.factType === 'events')?.fact).toBe('SCO Forum (2025-07-07)');
  });

  it('needs the same stage for an initiative', () => {
    const expected = gold([goldStatement({ initiatives: [{ title: 'SCO Development Bank', stage: 'noted' }] })]);
    const parsed = parsedText([
      parsedStatement({
        initiatives: [{ title: 'establishing the SCO Development Bank', stage: 'supported', span: factSpan }],
      }),
    ]);
    expect(scoreExtraction({ gold: expected, parsed }).tallies.initiatives).toEqual({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });

  it('compares named states as a set, in any order', () => {
    const expected = gold([goldStatement({ actorKind: 'named_states', actorCountries: ['RU', 'KZ'] })]);
    const same = parsedText([parsedStatement({ actorKind: 'named_states', actorCountryCodes: ['KZ', 'RU'] })]);
    expect(scoreExtraction({ gold: expected, parsed: same }).tallies.actors.truePositives).toBe(1);
    const fewer = parsedText([parsedStatement({ actorKind: 'named_states', actorCountryCodes: ['KZ'] })]);
    expect(scoreExtraction({ gold: expected, parsed: fewer }).tallies.actors).toEqual({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
    });
  });

  it('pairs statements by position in the text, so a misplaced header end costs only the statements it moves', () => {
    // The parser took the first statement for part of the header and numbered the second as 1.
    const parsed = parsedText([
      parsedStatement({ ordinal: 1, text: 'The heads approved B.', span: secondStatement, stance: 'approved' }),
    ]);
    const expected = gold([goldStatement({}), goldStatement({ ordinal: 2, stance: 'approved' })]);
    const score = scoreExtraction({ gold: expected, parsed });
    expect(score.tallies.stances).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(score.misses).toContainEqual({
      factType: 'stances',
      kind: 'false_negative',
      ordinal: 1,
      parsedOrdinal: null,
      fact: 'noted',
    });
  });

  it('counts the facts of a statement the gold does not have as false positives', () => {
    // The parser took the header line for a statement.
    const parsed = parsedText([
      parsedStatement({ ordinal: 1, text: 'Header line of the meeting', span, documents: [document('Charter')] }),
      parsedStatement({ ordinal: 2 }),
    ]);
    const score = scoreExtraction({ gold: gold([goldStatement({})]), parsed });
    expect(score.tallies.stances).toEqual({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(score.tallies.documents).toEqual({ truePositives: 0, falsePositives: 1, falseNegatives: 0 });
    expect(score.misses).toContainEqual({
      factType: 'documents',
      kind: 'false_positive',
      ordinal: null,
      parsedOrdinal: 1,
      fact: 'Charter',
    });
  });

  it('counts guests by organisation and by country, whatever role the parser gives observer states', () => {
    const parsed = parsedText([parsedStatement({})], {
      participants: meeting.participants.map((participant) =>
        participant.role === 'observer' ? { ...participant, role: 'guest' as const } : participant,
      ),
    });
    expect(scoreExtraction({ gold: gold([goldStatement({})]), parsed }).tallies.header).toEqual({
      truePositives: 11,
      falsePositives: 0,
      falseNegatives: 0,
    });
  });
});
