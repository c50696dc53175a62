import { z } from 'zod';
import { memberCountryCodes } from '../countries.ts';
import { maxPasswordLength } from './password.ts';
import { roles } from './roles.ts';

/**
 * Request and response schemas of the accounts module. The same schemas validate HTTP bodies, the CLI's input
 * (through the use cases) and the web forms, and feed the OpenAPI document.
 */

export const minPasswordLength = 12;

/** Zod message for a field: "is required" when absent, `otherwise` for any other failure. */
const messages = (field: string, otherwise: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? `${field} is required.` : otherwise),
});

const memberList = [...memberCountryCodes].sort().join(', ');

export const createUserInputSchema = z
  .object({
    email: z
      .email(messages('The e-mail address', 'Enter a valid e-mail address, such as name@example.org.'))
      .max(254, 'The e-mail address can be at most 254 characters long.')
      .describe('Sign-in name; stored in lower case.'),
    password: z
      .string(messages('The password', 'The password must be text.'))
      .min(minPasswordLength, `The password must be at least ${minPasswordLength} characters long.`)
      .max(maxPasswordLength, `The password can be at most ${maxPasswordLength} characters long.`),
    displayName: z
      .string('The display name must be text.')
      .min(1, 'The display name cannot be empty.')
      .max(200, 'The display name can be at most 200 characters long.')
      .optional()
      .describe('Name shown in the interface; defaults to the e-mail address.'),
    role: z.enum(roles, messages('The role', `The role must be one of: ${roles.join(', ')}.`)),
    countryCode: z
      .string('The country code must be text.')
      .nullish()
      .describe(
        'Required for focal points: the SCO member state they act for (ISO 3166-1 alpha-2). Empty for other roles.',
      ),
  })
  .superRefine((input, ctx) => {
    const country = input.countryCode ?? null;
    if (input.role === 'focal_point') {
      if (!country) {
        ctx.addIssue({
          code: 'custom',
          path: ['countryCode'],
          message: `A focal point needs a country: one of ${memberList}.`,
        });
      } else if (!memberCountryCodes.includes(country)) {
        ctx.addIssue({
          code: 'custom',
          path: ['countryCode'],
          message: `"${country}" is not an SCO member state; use one of ${memberList}.`,
        });
      }
    } else if (country && input.role) {
      ctx.addIssue({
        code: 'custom',
        path: ['countryCode'],
        message: `Only focal points have a country; leave it empty for the role ${input.role}.`,
      });
    }
  })
  .meta({ id: 'CreateUserRequest' });
export type CreateUserInput = z.input<typeof createUserInputSchema>;

export const loginRequestSchema = z
  .object({
    email: z
      .string(messages('The e-mail address', 'The e-mail address must be text.'))
      .min(1, 'The e-mail address is required.')
      .max(320),
    password: z
      .string(messages('The password', 'The password must be text.'))
      .min(1, 'The password is required.')
      .max(maxPasswordLength),
  })
  .meta({ id: 'LoginRequest' });

/** The signed-in user as the web app needs it. */
export const sessionUserSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(roles),
    countryCode: z.string().nullable().describe('The member state a focal point acts for; null for other roles.'),
  })
  .meta({ id: 'SessionUser' });

/** A user as administrators see it. */
export const userAccountSchema = sessionUserSchema
  .extend({ disabled: z.boolean(), createdAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'UserAccount' });

export const sessionResponseSchema = z
  .object({
    user: sessionUserSchema,
    csrfToken: z.string().describe('Send it back as the x-csrf-token header on every POST, PUT, PATCH and DELETE.'),
  })
  .meta({ id: 'SessionResponse' });

export const userResponseSchema = z.object({ user: userAccountSchema }).meta({ id: 'UserResponse' });
export const usersResponseSchema = z.object({ users: z.array(userAccountSchema) }).meta({ id: 'UsersResponse' });
export const userIdParamsSchema = z.object({ id: z.uuid('The user id must be a UUID.') });
