import { isDomainError } from '../../../packages/core/src/errors.ts';
import { commands } from './cli/commands.ts';

const usage = `Usage: sco <command> [options]

Commands:
${commands.map((c) => `  ${c.usage.padEnd(68)} ${c.summary}`).join('\n')}

Environment: DATABASE_URL (PostgreSQL; unset = embedded database in SCO_DATA_DIR, default ./data), PORT (default 3000),
SMTP_URL and SMTP_FROM (send e-mail notifications; unset = they wait in the outbox), SCO_PUBLIC_URL (links in e-mails).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const words = name.includes(' ') ? [name] : [name, rest[0] ?? ''];
  const command = commands.find((c) => c.name === `${words[0]} ${words[1]}`) ?? commands.find((c) => c.name === name);
  if (!command) {
    console.error(`sco: unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  const args = command.name.includes(' ') ? rest.slice(1) : rest;
  return command.run(args);
}

// `sco ingest --json | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sco: ${isDomainError(error) || error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
