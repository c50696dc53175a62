import type { Db } from '../db/database.ts';
import { listUsers as selectUsers, type User } from './users.repository.ts';

export interface ListUsersOptions {
  db: Db;
}

/** Every account, by e-mail. Accounts number in the tens, so there is no paging. */
export function listUsers({ db }: ListUsersOptions): Promise<User[]> {
  return selectUsers(db);
}
