import { z } from 'zod';
import { savedSearchTargets } from '../vocabulary.ts';

export const savedSearchTargetSchema = z.enum(savedSearchTargets);

/**
 * The filters of a list exactly as its address carries them (`?country=KZ&stage=feasibility`), so that opening a
 * saved search is going to the list with them. Paging is not part of a search.
 */
export const savedSearchFiltersSchema = z
  .record(z.string().trim().min(1).max(40), z.string().max(500))
  .refine((filters) => Object.keys(filters).length <= 30, { message: 'filters: at most 30 filters.' })
  .meta({ description: "The list's query parameters, as strings (the same as in the list's address)" });

export const savedSearchNameSchema = z
  .string()
  .trim()
  .min(1, 'name: give the search a name.')
  .max(120, 'name: at most 120 characters.');

export const savedSearchInputSchema = z.object({
  name: savedSearchNameSchema,
  target: savedSearchTargetSchema,
  filters: savedSearchFiltersSchema,
  alertsEnabled: z.boolean().default(true),
});
export type SavedSearchInput = z.infer<typeof savedSearchInputSchema>;

export const savedSearchPatchSchema = z
  .object({ name: savedSearchNameSchema.optional(), alertsEnabled: z.boolean().optional() })
  .refine((patch) => patch.name !== undefined || patch.alertsEnabled !== undefined, {
    message: 'Give a new name or alertsEnabled.',
  });
export type SavedSearchPatch = z.infer<typeof savedSearchPatchSchema>;

export const savedSearchParamsSchema = z.object({ id: z.uuid('must be a saved search id (UUID)') });

export const savedSearchSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    target: savedSearchTargetSchema,
    filters: z.record(z.string(), z.string()),
    alertsEnabled: z.boolean(),
    createdAt: z.string().meta({ description: 'ISO 8601 timestamp' }),
  })
  .meta({ id: 'SavedSearch' });
export type SavedSearch = z.infer<typeof savedSearchSchema>;

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema), total: z.number().int() });

/** Each user keeps at most this many searches: enough for real use, bounded for the alert job. */
export const maxSavedSearchesPerUser = 50;
