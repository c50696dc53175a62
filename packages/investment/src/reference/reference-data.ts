import { presentLocalizedText } from '../../../core/src/localized-text.ts';
import type { ReferenceData } from './contracts.ts';
import { currencyCodes, currencyNameOf, currencySource } from './currencies.ts';
import { isicDivisions, isicNames, isicSectionOf, isicSections, isicSource } from './isic.ts';
import { sdgGoals, sdgSource } from './sdgs.ts';

const nameOf = (code: string) => presentLocalizedText(isicNames.get(code));

/** The code lists forms and filters offer, with their names in three languages and where they come from. */
export const referenceData: ReferenceData = {
  isic: {
    source: isicSource,
    sections: isicSections.map((section) => ({
      code: section,
      name: nameOf(section),
      divisions: isicDivisions
        .filter((division) => isicSectionOf(division) === section)
        .map((division) => ({ code: division, name: nameOf(division) })),
    })),
  },
  sdgs: {
    source: sdgSource,
    goals: sdgGoals.map((goal) => ({ number: goal.number, name: presentLocalizedText(goal.name) })),
  },
  currencies: {
    source: currencySource,
    items: currencyCodes.map((code) => ({ code, name: currencyNameOf(code) })),
  },
};
