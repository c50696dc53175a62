import { z } from 'zod';
import { languages } from '../../../core/src/localized-text.ts';
import { actorKinds, eventFormats, initiativeStages, stances } from '../vocabulary.ts';

/**
 * A date as precise as the text gives it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (2026, 2026-05, 2025-11-17). Parsed
 * dates are compared in this form, so precision counts: a year read as its 1 January is wrong.
 */
export const compactDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code such as RU');

/** Text as written, without outer quotes or brackets; never blank. */
const writtenTextSchema = z.string().trim().min(1);

const goldEventSchema = z.strictObject({
  /** The event's name as the text gives it. */
  name: writtenTextSchema,
  start: compactDateSchema,
});

const goldInitiativeSchema = z.strictObject({
  /** What is proposed or decided, as written. */
  title: writtenTextSchema,
  stage: z.enum(initiativeStages),
});

const goldStatementSchema = z
  .strictObject({
    /** 1-based among the paragraphs after the header. */
    ordinal: z.number().int().positive(),
    /** The first characters of the paragraph, so that gold cannot silently drift from its text. */
    opening: writtenTextSchema,
    stance: z.enum(stances),
    actorKind: z.enum(actorKinds),
    /** The states named as the actor; given exactly when `actorKind` is `named_states`. */
    actorCountries: z.array(countryCodeSchema).optional(),
    documents: z.array(writtenTextSchema),
    events: z.array(goldEventSchema),
    initiatives: z.array(goldInitiativeSchema),
  })
  .superRefine((statement, context) => {
    const named = statement.actorKind === 'named_states';
    if (named && (statement.actorCountries ?? []).length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['actorCountries'],
        message: 'named_states needs the list of states',
      });
    }
    if (!named && statement.actorCountries !== undefined) {
      context.addIssue({ code: 'custom', path: ['actorCountries'], message: 'only named_states lists states' });
    }
  });

const goldHeaderSchema = z.strictObject({
  body: z.enum(['heads_of_government', 'heads_of_state', 'ministers', 'other']),
  /** The meeting's number, or null when the text gives none. */
  number: z.number().int().positive().nullable(),
  start: compactDateSchema,
  end: compactDateSchema,
  /** Dictionary form of the host city; "" for a video conference with no host city. */
  place: z.string(),
  format: z.enum(eventFormats),
  /** The chair's country, or null when the text names no chair. */
  chairCountry: countryCodeSchema.nullable(),
  /** Member states whose heads of delegation attended. */
  headsOfDelegation: z.array(countryCodeSchema).min(1),
  /** How many organisations (SCO bodies, other international organisations) attended besides the states. */
  guestOrganizationCount: z.number().int().nonnegative(),
  /** Observer, dialogue-partner and invited states whose representatives attended. */
  guestCountries: z.array(countryCodeSchema),
});

/** One labelled text: which file, in which language and split, and every fact a careful reader finds in it. */
export const extractionGoldSchema = z
  .strictObject({
    /** Path of the text, relative to the folder of the gold files' parent (`packages/agenda/eval/`). */
    text: z.string().min(1),
    language: z.enum(languages),
    /** `seed`: the text the rules were written on; `held_out`: texts written only to measure them. */
    split: z.enum(['seed', 'held_out']),
    /** How many non-blank lines the header takes (title, date and place, attendance, chair, guests). */
    headerParagraphs: z.number().int().positive(),
    header: goldHeaderSchema,
    /** Every statement of the text, in order, numbered from 1. */
    statements: z.array(goldStatementSchema).min(1),
  })
  .superRefine((gold, context) => {
    gold.statements.forEach((statement, index) => {
      if (statement.ordinal !== index + 1) {
        context.addIssue({
          code: 'custom',
          path: ['statements', index, 'ordinal'],
          message: `expected ${index + 1}: statements are listed in order, each once`,
        });
      }
    });
  });

export type ExtractionGold = z.infer<typeof extractionGoldSchema>;
export type GoldStatement = ExtractionGold['statements'][number];

/** Reads a gold file's JSON, naming the first bad fields (`statements.3.stance: …`) when it does not fit. */
export function parseGold(options: { json: unknown }): { gold: ExtractionGold } | { problems: string[] } {
  const result = extractionGoldSchema.safeParse(options.json);
  if (result.success) return { gold: result.data };
  return {
    problems: result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
