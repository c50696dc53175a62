import { describe, expect, it } from 'vitest';
import { classifyStance, startsWithStanceVerb } from './classify-stance.ts';

describe('classifyStance', () => {
  it.each([
    ['The Heads of Delegation noted the results of the meeting.', 'noted'],
    ['The Heads of Delegation took note of the report.', 'noted'],
    ['The Heads of Delegation supported the holding of the forum.', 'supported'],
    ['The Heads of Delegation expressed their support for the chairmanship.', 'supported'],
    ['The Heads of Delegation approved the budget for 2024.', 'approved'],
    ['The Member States endorse the plan.', 'approved'],
    ['The Heads of Delegation welcomed the accession.', 'welcomed'],
    ['The Heads of Delegation emphasised the importance of trade.', 'emphasized'],
    ['The Heads of Delegation emphasized the importance of trade.', 'emphasized'],
    ['The Heads of Delegation stressed the need for reform.', 'emphasized'],
    ['The Heads of Delegation underlined the role of the UN.', 'emphasized'],
    ['The Member States reaffirm their adherence to the Charter.', 'reaffirmed'],
    ['The Heads of Delegation consider it important to act.', 'considered'],
    ['The Member States believe that dialogue matters.', 'considered'],
    ['The Heads of Delegation highly appreciated the work of India.', 'appreciated'],
    ['The Heads of Delegation expressed concern over fragmentation.', 'concerned'],
    ['The Heads of Delegation pointed out the importance of food security.', 'pointed_out'],
    ['The Member States advocate respect for sovereignty.', 'advocated'],
    ['The Member States stand for a fair order.', 'advocated'],
    ['The Member States favour speeding up the work.', 'advocated'],
    ['The Heads of Delegation called for joint efforts.', 'called_for'],
    ['The Member States urge all parties to cease fire.', 'called_for'],
    ['The competent authorities will continue the work.', 'committed'],
    ['The Heads of Delegation agreed to continue consultations.', 'committed'],
    ['The Member States intend to deepen cooperation.', 'committed'],
    ['The Heads of Delegation decided to establish a centre.', 'decided'],
    ['The Council adopted decisions on the budget.', 'decided'],
    ['The Council took decisions on the SCO budget for 2020.', 'decided'],
    ['The Member States strongly condemn the terrorist attack in Pahalgam.', 'concerned'],
    ['The Member States oppose double standards on human rights.', 'advocated'],
    ['The Member States are firmly opposed to bloc-based approaches.', 'advocated'],
    ['The Heads of Delegation recognised the role of the United Nations.', 'considered'],
    ['The Member States signed the Agreement on the SCO Anti-Drug Centre.', 'decided'],
    ['Following the meeting, fourteen documents were signed.', 'decided'],
    ['The Ministers agreed on the draft agenda of the summit.', 'decided'],
    ['The Ministers agreed that the Organisation has become a robust platform.', 'committed'],
    ['The Heads of Delegation expressed satisfaction with the results.', 'expressed'],
    ['The Heads of Delegation held an exchange of views.', 'expressed'],
  ] as const)('%s → %s', (text, stance) => {
    expect(classifyStance(text).stance).toBe(stance);
  });

  it('gives both stances of "reaffirmed their support" and "reaffirmed their commitment"', () => {
    expect(classifyStance('The Heads of Delegation reaffirmed their support for the initiative.')).toEqual({
      stance: 'reaffirmed',
      otherStances: ['supported'],
    });
    expect(classifyStance('The Member States reaffirm their commitment to the Charter.')).toEqual({
      stance: 'reaffirmed',
      otherStances: ['committed'],
    });
  });

  it('takes the finite verb after a participle phrase as the main stance', () => {
    expect(
      classifyStance(
        'The Republic of Belarus and the Russian Federation, reaffirming their support for the Belt and Road Initiative, note the work under way.',
      ),
    ).toEqual({ stance: 'noted', otherStances: ['reaffirmed', 'supported'] });
    expect(
      classifyStance('The interested Member States, confirming the importance of the bank, decided to establish it.'),
    ).toEqual({ stance: 'decided', otherStances: ['reaffirmed'] });
    expect(classifyStance('Noting the results, the Heads of Delegation stressed the need to go on.')).toEqual({
      stance: 'emphasized',
      otherStances: ['noted'],
    });
  });

  it('lists further verbs of coordinated predicates and later sentences in order, each once', () => {
    expect(
      classifyStance(
        'The Heads of Delegation stressed the role of trade and noted the results. They noted the plan and welcomed it.',
      ),
    ).toEqual({ stance: 'emphasized', otherStances: ['noted', 'welcomed'] });
    expect(
      classifyStance('The Member States oppose coercive measures, including economic ones, and support the WTO.'),
    ).toEqual({
      stance: 'advocated',
      otherStances: ['supported'],
    });
  });

  it('reads "will" as a commitment only after an actor', () => {
    expect(classifyStance('The measures will help trade.').stance).toBe('expressed');
    expect(classifyStance('The next meeting of the Council will be held in 2026 in the Kyrgyz Republic.').stance).toBe(
      'committed',
    );
  });

  it('ignores verbs inside quotations and verbs that do not start a predicate', () => {
    expect(classifyStance('The Heads of Delegation backed the motto “Supported and Noted”.').stance).toBe('expressed');
    expect(classifyStance('The results noted in the report were discussed.').stance).toBe('expressed');
  });

  it('reads passive decisions', () => {
    expect(classifyStance('Decisions were adopted on the budget.').stance).toBe('decided');
  });
});

describe('startsWithStanceVerb', () => {
  it('tells a verb from more of a noun phrase', () => {
    expect(startsWithStanceVerb(', reaffirming their support for …')).toBe(true);
    expect(startsWithStanceVerb(' will continue')).toBe(true);
    expect(startsWithStanceVerb('–Kyrgyzstan–Uzbekistan railway')).toBe(false);
    expect(startsWithStanceVerb('’s chairmanship')).toBe(false);
  });
});
