import { buildApp } from '../app.ts';
import { readConfig } from '../config.ts';
import { openPlatform } from '../platform.ts';
import type { CliCommand } from './command.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  usage: 'serve',
  summary: 'Run the platform (creates the schema and loads the seed on first start)',
  async run() {
    const config = readConfig();
    const connection = await openPlatform({ config, seed: true });
    const app = await buildApp({
      connection,
      secureCookies: config.secureCookies,
      logLevel: config.logLevel,
      mail: config.mail ? { settings: config.mail, publicUrl: config.publicUrl } : null,
      runJobs: true,
    });
    if (!config.mail) app.log.info('SMTP_URL is not set: e-mail notifications wait in the outbox until it is.');
    const shutdown = async (signal: string) => {
      app.log.info(`${signal}: shutting down`);
      await app.close();
      await connection.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: config.port, host: config.host });
    app.log.info(
      `SCO Cooperation Platform on http://localhost:${config.port} (database: ${connection.engine}, ${connection.location})`,
    );
    return new Promise<number>(() => {});
  },
};
