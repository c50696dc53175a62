import type { Role } from './roles.ts';

/** Who performs an action: a signed-in user, or the platform itself (seed loading, CLI). */
export interface Actor {
  userId: string | null;
  /** Shown in the audit log: the user's e-mail, or `system:<what>`. */
  label: string;
  role: Role | 'system';
  countryCode: string | null;
}

export const systemActor = (what: string): Actor => ({
  userId: null,
  label: `system:${what}`,
  role: 'system',
  countryCode: null,
});

/** The actor for a signed-in user; the e-mail is what the audit log shows. */
export const userActor = (user: { id: string; email: string; role: Role; countryCode: string | null }): Actor => ({
  userId: user.id,
  label: user.email,
  role: user.role,
  countryCode: user.countryCode,
});
