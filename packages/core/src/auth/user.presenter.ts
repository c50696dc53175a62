import type { z } from 'zod';
import type { sessionUserSchema, userAccountSchema } from './accounts.schemas.ts';
import type { User } from './users.repository.ts';

type SessionUserFields = Pick<User, 'id' | 'email' | 'displayName' | 'role' | 'countryCode'>;

/** The signed-in user, as login and GET /auth/me return it. */
export const presentSessionUser = (user: SessionUserFields): z.output<typeof sessionUserSchema> => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  role: user.role,
  countryCode: user.countryCode,
});

/** A user as administrators see it; never the password hash. */
export const presentUserAccount = (user: User): z.output<typeof userAccountSchema> => ({
  ...presentSessionUser(user),
  disabled: user.disabled,
  createdAt: user.createdAt.toISOString(),
});
