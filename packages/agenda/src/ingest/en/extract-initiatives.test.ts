import { describe, expect, it } from 'vitest';
import { extractInitiatives } from './extract-initiatives.ts';

const initiatives = (text: string) =>
  extractInitiatives({ text, offset: 0 }).map((initiative) => {
    expect(text.slice(initiative.span.start, initiative.span.end)).toBe(initiative.title);
    return [initiative.title, initiative.stage];
  });
// For objects that share a governing verb or noun: the title repeats it, the span covers the object.
const initiativesWithSpans = (text: string) =>
  extractInitiatives({ text, offset: 0 }).map((initiative) => [
    initiative.title,
    initiative.stage,
    text.slice(initiative.span.start, initiative.span.end),
  ]);

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

  it('reads consultations on founding two bodies as two noted initiatives, never approved', () => {
    expect(
      initiativesWithSpans(
        'The Heads of Delegation noted the importance of continuing consultations on the establishment of the SCO Development Bank and the SCO Development Fund (Special Account).',
      ),
    ).toEqual([
      ['establishment of the SCO Development Bank', 'noted', 'establishment of the SCO Development Bank'],
      [
        'establishment of the SCO Development Fund (Special Account)',
        'noted',
        'the SCO Development Fund (Special Account)',
      ],
    ]);
    expect(
      initiatives(
        'The Heads of Delegation decided to continue consultations on the establishment of the SCO Development Bank.',
      ),
    ).toEqual([['establishment of the SCO Development Bank', 'noted']]);
  });

  it('reads what is decided or agreed to be prepared or established, one initiative per object', () => {
    expect(
      initiativesWithSpans(
        'The Heads of Delegation decided to prepare a new version of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States and a Programme for the Development of Inter-Regional Cooperation.',
      ),
    ).toEqual([
      [
        'prepare a new version of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
        'approved',
        'prepare a new version of the Programme of Multilateral Trade and Economic Cooperation of the SCO Member States',
      ],
      [
        'prepare a Programme for the Development of Inter-Regional Cooperation',
        'approved',
        'a Programme for the Development of Inter-Regional Cooperation',
      ],
    ]);
    expect(
      initiativesWithSpans('The Member States agreed to establish the SCO Energy Centre and the SCO Transport Centre.'),
    ).toEqual([
      ['establish the SCO Energy Centre', 'approved', 'establish the SCO Energy Centre'],
      ['establish the SCO Transport Centre', 'approved', 'the SCO Transport Centre'],
    ]);
    // Developing cooperation names no document or body to come.
    expect(initiatives('The Member States agreed to develop cooperation in energy.')).toEqual([]);
  });

  it('reads an initiative welcomed as supported, but not a body whose establishment is welcomed', () => {
    expect(
      initiatives(
        'The Ministers welcomed the initiative of the Republic of Kazakhstan to adopt the SCO Initiative “On World Unity for a Just Peace, Harmony and Development”.',
      ),
    ).toEqual([['adopt the SCO Initiative “On World Unity for a Just Peace, Harmony and Development”', 'supported']]);
    expect(initiatives('The Heads of Delegation welcomed the establishment of the SCO Energy Club.')).toEqual([]);
  });

  it('reads proposals "on" something whole, commas included, one per "on"', () => {
    expect(
      initiatives(
        'The Heads of Delegation noted the proposals by the Chinese side on strengthening cooperation in security, multilateral trade, production capacity and connectivity.',
      ),
    ).toEqual([
      ['strengthening cooperation in security, multilateral trade, production capacity and connectivity', 'noted'],
    ]);
    expect(
      initiatives(
        'The Heads of Delegation noted the proposals by the Kyrgyz side on holding a forum, on creating a portal and on launching a fund.',
      ),
    ).toEqual([
      ['holding a forum', 'noted'],
      ['creating a portal', 'noted'],
      ['launching a fund', 'noted'],
    ]);
  });

  it('reads a proposal to establish two bodies as two initiatives', () => {
    expect(
      initiativesWithSpans('They supported the proposal of Uzbekistan to establish a centre for science and a portal.'),
    ).toEqual([
      ['establish a centre for science', 'supported', 'establish a centre for science'],
      ['establish a portal', 'supported', 'a portal'],
    ]);
  });

  it('does not read "financial support" as the verb of supporting', () => {
    expect(
      initiatives(
        'The Heads of Delegation noted the importance of ensuring financial support for project activities and of establishing the SCO Development Fund.',
      ),
    ).toEqual([['establishing the SCO Development Fund', 'noted']]);
  });
});
