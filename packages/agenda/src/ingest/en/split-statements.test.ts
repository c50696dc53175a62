import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../split-paragraphs.ts';
import { splitStatements } from './split-statements.ts';

const statements = (lines: string[]) =>
  splitStatements({ paragraphs: splitParagraphs(lines.join('\n')), headerParagraphCount: 0 }).map(
    (statement) => statement.text,
  );

describe('splitStatements', () => {
  it('numbers the statements from 1 and leaves their number labels out', () => {
    const text = ['1. The Ministers noted the report.', '(2) The Ministers approved the budget.'].join('\n');
    const found = splitStatements({ paragraphs: splitParagraphs(text), headerParagraphCount: 0 });
    expect(found.map((statement) => [statement.ordinal, statement.text])).toEqual([
      [1, 'The Ministers noted the report.'],
      [2, 'The Ministers approved the budget.'],
    ]);
    expect(text.slice(found[1]!.span.start, found[1]!.span.end)).toBe('The Ministers approved the budget.');
  });

  it('leaves out section headings, with or without words', () => {
    expect(
      statements([
        'I',
        'II.',
        'I. The international and regional situation',
        'B. Economic cooperation',
        '2. Security',
        '1. The Ministers noted the report.',
      ]),
    ).toEqual(['The Ministers noted the report.']);
  });

  it('keeps numbered statements that lack a full stop or hold a verb', () => {
    expect(
      statements([
        '20. The next meeting will be held in 2026 in Bishkek',
        'III. The Council approved the budget',
        '3. Cooperation in trade, investment, transport, energy and agriculture remains a priority for all',
      ]),
    ).toEqual([
      'The next meeting will be held in 2026 in Bishkek',
      'III. The Council approved the budget',
      'Cooperation in trade, investment, transport, energy and agriculture remains a priority for all',
    ]);
  });
});
