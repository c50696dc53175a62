import type { z } from 'zod';
import { appendAuditEntry } from '../audit/audit-log.ts';
import type { Db } from '../db/database.ts';
import { DomainError } from '../errors.ts';
import { type CreateUserInput, createUserInputSchema } from './accounts.schemas.ts';
import type { Actor } from './actor.ts';
import { hashPassword } from './password.ts';
import { findUserByEmail, insertUser, isUniqueViolation, type User } from './users.repository.ts';

export interface CreateUserOptions {
  db: Db;
  /** Who creates the account: an administrator, or `systemActor('cli')`. Authorisation is the caller's job. */
  actor: Actor;
  /** Validated here, so that the HTTP route and the CLI apply the same rules. */
  input: CreateUserInput;
}

/**
 * The input checked against the account rules, or `validation_failed` with every problem in `details.errors`
 * (`{ path, message }`). createUser calls it; callers may call it first to fail before opening anything.
 */
export function parseCreateUserInput(input: CreateUserInput): z.output<typeof createUserInputSchema> {
  const parsed = createUserInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    throw new DomainError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors });
  }
  return parsed.data;
}

/** Creates an account and its `user.create` audit entry in one transaction. The e-mail is stored in lower case. */
export async function createUser({ db, actor, input }: CreateUserOptions): Promise<User> {
  const data = parseCreateUserInput(input);
  const email = data.email.toLowerCase();
  const duplicate = () => new DomainError('conflict', `A user with the e-mail ${email} already exists.`, { email });
  if (await findUserByEmail(db, email)) throw duplicate();

  // Hash before the transaction opens: it takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        email,
        displayName: data.displayName ?? email,
        passwordHash,
        role: data.role,
        countryCode: data.role === 'focal_point' ? (data.countryCode ?? null) : null,
      });
      await appendAuditEntry(tx, {
        actor,
        action: 'user.create',
        entityType: 'user',
        entityId: user.id,
        after: { email: user.email, displayName: user.displayName, role: user.role, countryCode: user.countryCode },
      });
      return user;
    });
  } catch (error) {
    // Another request created the same e-mail between our check and our insert.
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
