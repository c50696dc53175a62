import { and, desc, eq, lte, sql } from 'drizzle-orm';
import { appendAuditEntry } from '../../../core/src/audit/audit-log.ts';
import type { Actor } from '../../../core/src/auth/actor.ts';
import type { Db } from '../../../core/src/db/database.ts';
import { DomainError } from '../../../core/src/errors.ts';
import { exchangeRates, projects } from '../tables.ts';
import type { ExchangeRate, ExchangeRateInput } from './contracts.ts';

type RateRow = typeof exchangeRates.$inferSelect;

export const presentExchangeRate = (row: RateRow): ExchangeRate => ({
  currency: row.currency,
  rateDate: row.rateDate,
  unitsPerUsd: Number(row.unitsPerUsd),
  source: row.source,
  demo: row.isDemo,
  recordedAt: row.recordedAt.toISOString(),
});

/** The rate a figure of `date` in `currency` uses: the latest recorded on or before that day, if any. */
export async function rateOnOrBefore(options: {
  db: Db;
  currency: string;
  date: string;
}): Promise<RateRow | undefined> {
  const [row] = await options.db
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, options.currency), lte(exchangeRates.rateDate, options.date)))
    .orderBy(desc(exchangeRates.rateDate))
    .limit(1);
  return row;
}

/**
 * Records (or corrects) the rate of one currency on one day, and moves the USD figures of every project dated on
 * or after that day whose current rate is not later than this one, in the same transaction.
 */
export async function recordExchangeRate(options: {
  db: Db;
  actor: Actor;
  input: ExchangeRateInput;
  demo?: boolean;
}): Promise<ExchangeRate> {
  const { db, actor, input } = options;
  const units = String(input.unitsPerUsd);
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(exchangeRates)
      .where(and(eq(exchangeRates.currency, input.currency), eq(exchangeRates.rateDate, input.rateDate)))
      .for('update');
    const values = {
      currency: input.currency,
      rateDate: input.rateDate,
      unitsPerUsd: units,
      source: input.source,
      isDemo: options.demo ?? false,
      recordedBy: actor.userId,
      recordedAt: new Date(),
    };
    const [saved] = await tx
      .insert(exchangeRates)
      .values(values)
      .onConflictDoUpdate({ target: [exchangeRates.currency, exchangeRates.rateDate], set: values })
      .returning();
    if (!saved) throw new DomainError('conflict', 'The rate could not be recorded.');
    // Same rounding as usdAmountOf: to the cent, half away from zero.
    await tx
      .update(projects)
      .set({
        capitalCostUsd: sql`round(${projects.capitalCost} / ${units}::numeric, 2)`,
        financingAmountUsd: sql`round(${projects.financingAmount} / ${units}::numeric, 2)`,
        fxRateDate: input.rateDate,
      })
      .where(
        and(
          eq(projects.currency, input.currency),
          sql`(coalesce(${projects.submittedAt}, ${projects.updatedAt}) at time zone 'UTC')::date >= ${input.rateDate}::date`,
          sql`(${projects.fxRateDate} is null or ${projects.fxRateDate} <= ${input.rateDate}::date)`,
        ),
      );
    await appendAuditEntry(tx, {
      actor,
      action: before ? 'exchange_rate.correct' : 'exchange_rate.record',
      entityType: 'exchange_rate',
      entityId: `${input.currency}:${input.rateDate}`,
      before: before ? presentExchangeRate(before) : undefined,
      after: presentExchangeRate(saved),
    });
    return presentExchangeRate(saved);
  });
}

/** The latest rate of every currency that has one. */
export async function listLatestExchangeRates(options: { db: Db }): Promise<{ items: ExchangeRate[] }> {
  const rows = await options.db
    .selectDistinctOn([exchangeRates.currency])
    .from(exchangeRates)
    .orderBy(exchangeRates.currency, desc(exchangeRates.rateDate));
  return { items: rows.map(presentExchangeRate) };
}

/** Every rate recorded for one currency, newest first. */
export async function listExchangeRateHistory(options: {
  db: Db;
  currency: string;
}): Promise<{ items: ExchangeRate[] }> {
  const rows = await options.db
    .select()
    .from(exchangeRates)
    .where(eq(exchangeRates.currency, options.currency))
    .orderBy(desc(exchangeRates.rateDate));
  return { items: rows.map(presentExchangeRate) };
}
