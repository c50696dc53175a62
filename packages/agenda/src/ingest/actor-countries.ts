import { memberCountryCodes } from '../../../core/src/countries.ts';
import type { ActorKind } from '../vocabulary.ts';

/** Who speaks in a statement and for which states; the same in every language's rules. */
export interface ActorClassification {
  actorKind: ActorKind;
  actorCountryCodes: string[];
}

/**
 * The states an actor kind speaks for. The heads of delegation speak for the delegations present; "the member
 * states" and their competent authorities are the members of the day — those whose delegations attended, so that a
 * 2019 text does not speak for states that joined later (all current members when the text names no delegation).
 * The states concerned and the meeting itself name no states.
 */
export function countriesOfActorKind(options: { kind: ActorKind; delegationCountryCodes: string[] }): string[] {
  switch (options.kind) {
    case 'heads_of_delegation':
      return [...options.delegationCountryCodes];
    case 'competent_authorities':
    case 'member_states': {
      const attending = memberCountryCodes.filter((code) => options.delegationCountryCodes.includes(code));
      return attending.length > 0 ? attending : [...memberCountryCodes];
    }
    default:
      return [];
  }
}
