import { z } from 'zod';
import { isCurrencyCode } from '../reference/currencies.ts';

const isoDate = z.iso.date('must be a date (YYYY-MM-DD)');

/** An ISO 4217 code the platform knows; lower case is accepted and stored upper case. */
export const currencyCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isCurrencyCode, { message: 'must be an ISO 4217 currency code (e.g. CNY, RUB, KZT)' });

export const exchangeRateInputSchema = z.object({
  currency: currencyCodeSchema.refine((code) => code !== 'USD', { message: 'USD is the base currency' }),
  rateDate: isoDate.refine((date) => date <= new Date().toISOString().slice(0, 10), {
    message: 'cannot be in the future',
  }),
  unitsPerUsd: z.number().positive('must be greater than 0').max(1e12),
  source: z.string().trim().min(1, 'name where the rate comes from').max(500),
});
export type ExchangeRateInput = z.infer<typeof exchangeRateInputSchema>;

export const exchangeRateSchema = z
  .object({
    currency: z.string(),
    rateDate: z.string(),
    /** How many units of the currency one US dollar buys. */
    unitsPerUsd: z.number(),
    source: z.string(),
    demo: z.boolean(),
    recordedAt: z.string(),
  })
  .meta({ id: 'ExchangeRate' });
export type ExchangeRate = z.infer<typeof exchangeRateSchema>;

export const exchangeRateListSchema = z.object({ items: z.array(exchangeRateSchema) });

export const currencyParamsSchema = z.object({ currency: currencyCodeSchema });
