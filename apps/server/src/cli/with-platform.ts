import type { DatabaseConnection } from '../../../../packages/core/src/db/database.ts';
import { readConfig } from '../config.ts';
import { openPlatform } from '../platform.ts';

/**
 * Opens the configured database (migrating it, never seeding), runs `work` and closes it again. On PGlite the
 * data folder's lock refuses this while a server has the folder open.
 */
export async function withPlatform<T>(work: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  const connection = await openPlatform({ config: readConfig() });
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}
