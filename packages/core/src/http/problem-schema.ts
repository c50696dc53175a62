import { z } from 'zod';

/** RFC 9457 problem details as this platform sends them: `code` is stable and machine-readable. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

const problem = (description: string) => problemSchema.describe(description);

/** Error responses for route schemas, so the OpenAPI document lists them. */
export const problemResponses = {
  read: { 400: problem('Invalid query'), 404: problem('Not found') },
  write: {
    400: problem('Invalid input; `errors` names each field'),
    401: problem('Not signed in'),
    403: problem('Role, country or CSRF check failed'),
    404: problem('Not found'),
    409: problem('Not allowed in the current state'),
  },
};
