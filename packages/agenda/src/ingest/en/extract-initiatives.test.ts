import { describe, expect, it } from 'vitest';
import { extractInitiatives } from './extract-initiatives.ts';

const initiatives = (text: string) =>
  extractInitiatives({ text, offset: 0 }).map((initiative) => {
    expect(text.slice(initiative.span.start, initiative.span.end)).toBe(initiative.title);
    return [initiative.title, initiative.stage];
  });

describe('extractInitiatives', () => {
  it('reads proposals with the stage of the verb before them', () => {
    expect(
      initiatives(
        'The Member States note the initiative of the Republic of Belarus to draft a Eurasian Charter of Diversity and Multipolarity in the 21st Century.',
      ),
    ).toEqual([['draft a Eurasian Charter of Diversity and Multipolarity in the 21st Century', 'noted']]);
    expect(
      initiatives('The Heads of Delegation supported the initiative of the Kyrgyz Republic to hold the SCO Forum.'),
    ).toEqual([['hold the SCO Forum', 'supported']]);
    expect(
      initiatives('They noted the proposals to establish a centre, to create a portal and to hold a forum.'),
    ).toEqual([
      ['establish a centre', 'noted'],
      ['create a portal', 'noted'],
      ['hold a forum', 'noted'],
    ]);
  });

  it('does not read a proposal that no stage verb advances', () => {
    expect(initiatives('The proposal to establish a centre remains under study.')).toEqual([]);
  });

  it('reads named initiatives and what is approved now', () => {
    expect(
      initiatives('The Member States, reaffirming their support for the Belt and Road Initiative, note the work.'),
    ).toEqual([['Belt and Road Initiative', 'supported']]);
    expect(
      initiatives(
        'The Heads of Delegation approved the financial report on the SCO budget for 2022 and the SCO budget for 2024, as well as the Financial Rules of the Organisation.',
      ),
    ).toEqual([
      ['financial report on the SCO budget for 2022', 'approved'],
      ['SCO budget for 2024', 'approved'],
      ['Financial Rules of the Organisation', 'approved'],
    ]);
  });

  it('reads foundings decided, with the title named earlier when the object is "it"', () => {
    expect(initiatives('The Member States decided to establish the SCO Development Bank.')).toEqual([
      ['establish the SCO Development Bank', 'approved'],
    ]);
    expect(
      initiatives(
        'The interested Member States, confirming the importance of establishing the SCO Development Bank, decided to establish it and to intensify consultations.',
      ),
    ).toEqual([['establishing the SCO Development Bank', 'approved']]);
  });

  it('reads support for founding a body', () => {
    expect(initiatives('The Heads of Delegation supported the establishment of the SCO Centre for Energy.')).toEqual([
      ['establishment of the SCO Centre for Energy', 'supported'],
    ]);
  });
});
