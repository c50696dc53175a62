import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { users } from '../tables.ts';
import { isRole, type Role } from './roles.ts';

/** A stored account, with its role checked. Carries the password hash: never hand it to a presenter unfiltered. */
export type User = Omit<typeof users.$inferSelect, 'role'> & { role: Role };

function toUser(row: typeof users.$inferSelect): User {
  // Only createUser writes roles, and it validates them; anything else is a damaged row.
  if (!isRole(row.role)) throw new Error(`User ${row.id} has the unknown role "${row.role}".`);
  return { ...row, role: row.role };
}

/** `email` must already be normalised (lower case). */
export async function findUserByEmail(db: Db, email: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row && toUser(row);
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row && toUser(row);
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<User> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('insert into users returned no row');
  return toUser(row);
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.select().from(users).orderBy(asc(users.email));
  return rows.map(toUser);
}

/** Disables the account if it is enabled; undefined when there is no such account or it was already disabled. */
export async function disableEnabledUser(db: Db, id: string): Promise<User | undefined> {
  const [row] = await db
    .update(users)
    .set({ disabled: true })
    .where(and(eq(users.id, id), eq(users.disabled, false)))
    .returning();
  return row && toUser(row);
}

/** A unique-constraint violation, from either driver (drizzle wraps the driver's error in `cause`). */
export function isUniqueViolation(error: unknown): boolean {
  for (let current = error; current instanceof Error; current = current.cause) {
    if ((current as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
