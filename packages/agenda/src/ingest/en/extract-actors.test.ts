import { describe, expect, it } from 'vitest';
import { memberCountryCodes } from '../../../../core/src/countries.ts';
import { extractActors } from './extract-actors.ts';

const delegations = ['IN', 'IR', 'KZ', 'CN', 'KG', 'PK', 'RU', 'TJ', 'UZ'];
const actors = (text: string, delegationCountryCodes = delegations) => extractActors({ text, delegationCountryCodes });

describe('extractActors', () => {
  it('reads the heads of delegation as every state whose delegation attended', () => {
    for (const text of [
      'The Heads of Delegation noted the results.',
      'The heads of delegations stressed the need.',
      'In this regard, the Heads of Delegation called for action.',
      'Noting the results, the Heads of Delegation stressed the need.',
      'The leaders approved the strategy.',
    ]) {
      expect(actors(text)).toEqual({ actorKind: 'heads_of_delegation', actorCountryCodes: delegations });
    }
  });

  it('reads a list of named states followed by a verb as exactly those states', () => {
    expect(
      actors(
        'The Republic of Belarus, the Islamic Republic of Iran, the Republic of Kazakhstan, the Kyrgyz Republic, the Islamic Republic of Pakistan, the Russian Federation, the Republic of Tajikistan and the Republic of Uzbekistan, reaffirming their support for the Belt and Road Initiative, note the work under way.',
      ),
    ).toEqual({ actorKind: 'named_states', actorCountryCodes: ['BY', 'IR', 'KZ', 'KG', 'PK', 'RU', 'TJ', 'UZ'] });
    expect(actors('The Kyrgyz Republic will chair the Organisation in 2025–2026.')).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['KG'],
    });
  });

  it('reads "the Kyrgyz side" and "the Chinese and Russian sides" as those states', () => {
    expect(actors('The Kyrgyz side informed the Heads of Delegation of the preparations for the summit.')).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['KG'],
    });
    expect(actors('The Chinese and Russian sides noted the work done.')).toEqual({
      actorKind: 'named_states',
      actorCountryCodes: ['CN', 'RU'],
    });
    expect(actors('The Chinese side’s proposal was noted.').actorKind).toBe('heads_of_delegation');
  });

  it('does not read a state that opens a noun phrase as the actor', () => {
    expect(actors('The Russian Federation’s chairmanship was appreciated.').actorKind).toBe('heads_of_delegation');
    expect(actors('China–Kyrgyzstan–Uzbekistan railway construction has started.').actorKind).toBe(
      'heads_of_delegation',
    );
  });

  it('reads competent authorities, interested member states, the member states and the meeting', () => {
    expect(actors('The competent authorities of the Member States will continue the work.')).toEqual({
      actorKind: 'competent_authorities',
      actorCountryCodes: delegations,
    });
    expect(actors('The interested Member States decided to establish the bank.')).toEqual({
      actorKind: 'relevant_member_states',
      actorCountryCodes: [],
    });
    expect(actors('The Member States reaffirm their commitment.')).toEqual({
      actorKind: 'member_states',
      actorCountryCodes: delegations,
    });
    expect(actors('The Council adopted decisions on the budget.')).toEqual({
      actorKind: 'meeting',
      actorCountryCodes: [],
    });
    expect(actors('Following the meeting, fourteen documents were signed.').actorKind).toBe('meeting');
    expect(actors('The next meeting of the Council will be held in 2026 in the Kyrgyz Republic.').actorKind).toBe(
      'meeting',
    );
  });

  it('takes all current members for the member states when the header names no delegations', () => {
    expect(actors('The Member States reaffirm their commitment.', [])).toEqual({
      actorKind: 'member_states',
      actorCountryCodes: [...memberCountryCodes],
    });
  });

  it('lets "They" continue the actor of the paragraph before', () => {
    const previous = { actorKind: 'member_states' as const, actorCountryCodes: ['RU'] };
    expect(extractActors({ text: 'They note the results.', delegationCountryCodes: delegations, previous })).toEqual(
      previous,
    );
  });
});
