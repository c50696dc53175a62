import { z } from 'zod';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';

const namesSchema = z.object({ zh: z.string(), ru: z.string(), en: z.string() });

export const referenceDataSchema = z
  .object({
    isic: z.object({
      source: z.string(),
      sections: z.array(
        z.object({
          code: z.string(),
          name: localizedTextSchema,
          divisions: z.array(z.object({ code: z.string(), name: localizedTextSchema })),
        }),
      ),
    }),
    sdgs: z.object({
      source: z.string(),
      goals: z.array(z.object({ number: z.number().int(), name: localizedTextSchema })),
    }),
    currencies: z.object({ source: z.string(), items: z.array(z.object({ code: z.string(), name: namesSchema })) }),
  })
  .meta({ id: 'InvestmentReferenceData' });
export type ReferenceData = z.infer<typeof referenceDataSchema>;
