import { and, eq } from 'drizzle-orm';
import { systemActor } from '../../../core/src/auth/actor.ts';
import type { ModuleContext } from '../../../core/src/module/platform-module.ts';
import { recordExchangeRate } from '../exchange-rates/exchange-rate-store.ts';
import { exchangeRates } from '../tables.ts';

/**
 * Demonstration rates for the member states' currencies, so that USD figures appear on a first start. They are
 * round approximations, not a published fixing of any day, and are stored and shown as demo with source "demo";
 * the Secretariat records the real rates.
 */
export const demoRateDate = '2026-01-02';
const demoUnitsPerUsd: Record<string, number> = {
  CNY: 7.0,
  RUB: 80,
  INR: 90,
  KZT: 510,
  KGS: 87.5,
  UZS: 12_000,
  TJS: 9.3,
  PKR: 280,
  IRR: 42_000,
  BYN: 2.9,
};

export async function seedRates({ db }: ModuleContext): Promise<void> {
  const actor = systemActor('seed');
  for (const [currency, unitsPerUsd] of Object.entries(demoUnitsPerUsd)) {
    const [existing] = await db
      .select({ currency: exchangeRates.currency })
      .from(exchangeRates)
      .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.rateDate, demoRateDate)));
    if (existing) continue;
    await recordExchangeRate({
      db,
      actor,
      input: { currency, rateDate: demoRateDate, unitsPerUsd, source: 'demo' },
      demo: true,
    });
  }
}
