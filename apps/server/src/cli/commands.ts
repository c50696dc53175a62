import { auditVerifyCommand } from './audit-verify-command.ts';
import { backupCommand } from './backup/backup-command.ts';
import { restoreCommand } from './backup/restore-command.ts';
import type { CliCommand } from './command.ts';
import { ingestCommand } from './ingest-command.ts';
import { serveCommand } from './serve-command.ts';
import { userAddCommand } from './user-add-command.ts';

export const commands: readonly CliCommand[] = [
  serveCommand,
  ingestCommand,
  userAddCommand,
  auditVerifyCommand,
  backupCommand,
  restoreCommand,
];
