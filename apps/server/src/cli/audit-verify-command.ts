import { eq } from 'drizzle-orm';
import { verifyAuditLog } from '../../../../packages/core/src/audit/audit-log.ts';
import { auditLog } from '../../../../packages/core/src/tables.ts';
import type { CliCommand } from './command.ts';
import { parseCommandArgs } from './parse-command-args.ts';
import { withPlatform } from './with-platform.ts';

const usage = 'audit verify';

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  usage,
  summary: 'Recompute the audit log hash chain; exit 1 naming the first broken entry',
  async run(args) {
    parseCommandArgs(usage, { args, options: {} });
    return withPlatform(async ({ db }) => {
      const result = await verifyAuditLog(db);
      if (result.ok) {
        console.log(`Audit log OK: ${result.entries} entries checked.`);
        return 0;
      }
      const seq = result.brokenAt?.seq ?? 0;
      const [entry] = await db
        .select({
          action: auditLog.action,
          at: auditLog.at,
          entityType: auditLog.entityType,
          entityId: auditLog.entityId,
        })
        .from(auditLog)
        .where(eq(auditLog.seq, seq));
      const what = entry ? ` (${entry.action} on ${entry.entityType} ${entry.entityId}, ${entry.at})` : '';
      console.error(
        `Audit log BROKEN at entry ${seq}${what}: ${result.brokenAt?.reason}. ` +
          `${seq - 1} of ${result.entries} entries verify before it.`,
      );
      return 1;
    });
  },
};
