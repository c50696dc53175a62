import type { z } from 'zod';
import { DomainError } from '../../../core/src/errors.ts';
import { type ProfileListQuery, profileListQuerySchema } from '../profiles/contracts.ts';
import { type ProjectListQuery, projectListQuerySchema } from '../projects/contracts.ts';
import type { SavedSearchTarget } from '../vocabulary.ts';

/** What each saved-search target checks its filters with: the list's own query schema. */
const listQuerySchemas = {
  projects: projectListQuerySchema,
  profiles: profileListQuerySchema,
} as const satisfies Record<SavedSearchTarget, z.ZodObject>;

/** How the page is shown, not what is searched: left out of a saved search. */
const presentationKeys = new Set(['limit', 'offset', 'sort']);

/**
 * Filters a saved search cannot keep: `mine` narrows to the caller's own listings and `status` to moderation states,
 * while a saved search and its alerts are about other people's published listings.
 */
const refusedKeys = new Set(['mine', 'status']);

export type ParsedListFilters =
  | { target: 'projects'; query: ProjectListQuery }
  | { target: 'profiles'; query: ProfileListQuery };

/**
 * Checks a list's filters (as its address carries them) the way the list itself does. Returns the filters to store,
 * trimmed and without paging, and the list query they mean. Throws `validation_failed` naming each bad filter.
 */
export function parseListFilters(options: { target: SavedSearchTarget; filters: Record<string, string> }): {
  stored: Record<string, string>;
  parsed: ParsedListFilters;
} {
  const { target } = options;
  const schema = listQuerySchemas[target];
  const known = new Set(Object.keys(schema.shape));
  const stored: Record<string, string> = {};
  const errors: { path: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(options.filters)) {
    const value = raw.trim();
    if (presentationKeys.has(key) || value === '') continue;
    if (refusedKeys.has(key)) {
      errors.push({ path: `filters.${key}`, message: 'a saved search looks at all published listings' });
    } else if (!known.has(key)) {
      errors.push({ path: `filters.${key}`, message: `not a filter of the ${target} list` });
    } else {
      stored[key] = value;
    }
  }
  const parsed = schema.safeParse(stored);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors.push({ path: ['filters', ...issue.path].join('.'), message: issue.message });
    }
  }
  if (errors.length > 0 || !parsed.success) {
    throw new DomainError('validation_failed', errors.map((error) => `${error.path}: ${error.message}`).join('; '), {
      errors,
    });
  }
  const parsedFilters =
    target === 'projects'
      ? { target, query: parsed.data as ProjectListQuery }
      : { target, query: parsed.data as ProfileListQuery };
  return { stored, parsed: parsedFilters };
}
