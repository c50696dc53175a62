import { type DatabaseConnection, openDatabase } from '../../../packages/core/src/db/database.ts';
import type { PlatformModule } from '../../../packages/core/src/module/platform-module.ts';
import type { ServerConfig } from './config.ts';
import { platformModules } from './modules.ts';

export interface OpenPlatformOptions {
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>;
  modules?: readonly PlatformModule[];
  /** Load each module's seed data when missing (first start). */
  seed?: boolean;
}

/** Opens the database, brings its schema up to date and, on request, loads the seed data. */
export async function openPlatform(options: OpenPlatformOptions): Promise<DatabaseConnection> {
  const connection = await openDatabase({ databaseUrl: options.config.databaseUrl, dataDir: options.config.dataDir });
  try {
    await connection.migrate();
    if (options.seed) {
      for (const module of options.modules ?? platformModules) {
        await module.seed?.({ db: connection.db, engine: connection.engine });
      }
    }
    return connection;
  } catch (error) {
    await connection.close();
    throw error;
  }
}
