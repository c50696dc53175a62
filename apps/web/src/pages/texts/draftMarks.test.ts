import { describe, expect, it } from 'vitest';
import { countMarks, draftMarks } from './draftMarks.ts';

const span = (start: number, end: number) => ({ start, end });

describe('draftMarks', () => {
  it('annotates participants, documents, events and initiatives, keyed to find them again', () => {
    const { facts, marks } = draftMarks({
      header: {
        participants: [
          {
            role: 'head_of_delegation',
            countryCode: 'KZ',
            title: 'Prime Minister',
            personName: 'Olzhas Bektenov',
            organization: null,
            span: span(10, 40),
          },
        ],
      } as never,
      statements: [
        {
          ordinal: 2,
          documents: [{ index: 0, title: 'SCO Charter', adopted: null, span: span(100, 111) }],
          events: [{ index: 1, name: 'SCO Forum', start: null, place: null, status: 'planned', span: span(120, 129) }],
          initiatives: [{ index: 0, title: 'an SCO Development Bank', stage: 'supported', span: span(140, 140) }],
        },
      ] as never,
    });
    expect(facts).toEqual([
      { kind: 'participant', refId: 'participant:0', span: span(10, 40) },
      { kind: 'document', refId: 'document:2:0', span: span(100, 111) },
      { kind: 'event', refId: 'event:2:1', span: span(120, 129) },
    ]);
    expect(marks.get('participant:0')).toEqual({
      kind: 'participant',
      ordinal: null,
      label: 'KZ Prime Minister Olzhas Bektenov',
    });
    expect(marks.get('document:2:0')).toEqual({ kind: 'document', ordinal: 2, label: 'SCO Charter' });
    expect(countMarks(marks)).toEqual(
      new Map([
        ['participant', 1],
        ['document', 1],
        ['event', 1],
      ]),
    );
  });
});
