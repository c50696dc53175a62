import pg from 'pg';

/**
 * Pools and clients for the bench's own SQL. A connection the server ends (the database dropped at cleanup,
 * a Ctrl-C) must not crash the process through an unhandled 'error' event; the next query reports the failure.
 */
export function openPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => {});
  return pool;
}

export async function openClient(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  client.on('error', () => {});
  await client.connect();
  return client;
}
