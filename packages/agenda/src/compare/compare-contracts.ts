import { z } from 'zod';
import { localizedTextSchema } from '../../../core/src/localized-text.ts';
import { initiativeStageSchema, topicSchema } from '../contracts.ts';

/** The HTTP contract of comparing two stored texts. */

export const compareQuerySchema = z.object({
  from: z.string().trim().min(1, 'name the earlier meeting id').max(100),
  to: z.string().trim().min(1, 'name the later meeting id').max(100),
});

export const changeKinds = ['new', 'dropped', 'upgraded', 'downgraded', 'unchanged'] as const;

const comparedMeetingSchema = z.object({
  id: z.string(),
  title: localizedTextSchema,
  startDate: z.string(),
  statementCount: z.number().int(),
});

export const comparedItemSchema = z
  .object({
    kind: z.enum(['initiative', 'document']),
    id: z.string(),
    title: localizedTextSchema,
    change: z.enum(changeKinds),
    /** The strongest stage each text gives an initiative (documents: null). */
    fromStage: initiativeStageSchema.nullable(),
    toStage: initiativeStageSchema.nullable(),
    fromStatementIds: z.array(z.string()),
    toStatementIds: z.array(z.string()),
  })
  .meta({ id: 'ComparedItem' });

export const comparisonSchema = z
  .object({
    from: comparedMeetingSchema,
    to: comparedMeetingSchema,
    topics: z.array(
      z.object({
        topic: topicSchema,
        fromStatements: z.number().int(),
        toStatements: z.number().int(),
        counts: z.object({
          new: z.number().int(),
          dropped: z.number().int(),
          upgraded: z.number().int(),
          downgraded: z.number().int(),
          unchanged: z.number().int(),
        }),
        items: z.array(comparedItemSchema),
      }),
    ),
    totals: z.object({
      new: z.number().int(),
      dropped: z.number().int(),
      upgraded: z.number().int(),
      downgraded: z.number().int(),
      unchanged: z.number().int(),
    }),
  })
  .meta({ id: 'Comparison' });
export type Comparison = z.infer<typeof comparisonSchema>;
