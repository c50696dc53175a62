import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { seedRates } from '../seed/seed-rates.ts';

let platform: TestPlatform;
let secretariat: Awaited<ReturnType<typeof signIn>>;
let business: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  platform = await createTestPlatform();
  secretariat = await signIn(platform.app, { role: 'secretariat' });
  business = await signIn(platform.app, { role: 'business' });
});
afterAll(() => platform?.close());

const record = (headers: Record<string, string> | undefined, payload: Record<string, unknown>) =>
  platform.app.inject({ method: 'POST', url: '/api/v1/investment/exchange-rates', headers, payload });

describe('exchange rates', () => {
  it('lets the Secretariat record rates, and anyone read the latest and the history', async () => {
    const first = await record(secretariat.headers, {
      currency: 'azn',
      rateDate: '2025-01-10',
      unitsPerUsd: 1.7,
      source: 'Central Bank of the Republic of Azerbaijan, official rate',
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ currency: 'AZN', rateDate: '2025-01-10', unitsPerUsd: 1.7, demo: false });
    await record(secretariat.headers, { currency: 'AZN', rateDate: '2025-02-10', unitsPerUsd: 1.69, source: 'CBAR' });

    const history = await platform.app.inject('/api/v1/investment/exchange-rates/AZN');
    expect(history.json().items.map((rate: { rateDate: string }) => rate.rateDate)).toEqual([
      '2025-02-10',
      '2025-01-10',
    ]);
    const latest = await platform.app.inject('/api/v1/investment/exchange-rates');
    expect(latest.json().items.find((rate: { currency: string }) => rate.currency === 'AZN')).toMatchObject({
      rateDate: '2025-02-10',
      unitsPerUsd: 1.69,
    });
  });

  it('corrects the rate of a day rather than adding a second one', async () => {
    await record(secretariat.headers, { currency: 'GEL', rateDate: '2025-03-03', unitsPerUsd: 2.8, source: 'NBG' });
    await record(secretariat.headers, { currency: 'GEL', rateDate: '2025-03-03', unitsPerUsd: 2.79, source: 'NBG' });
    const history = await platform.app.inject('/api/v1/investment/exchange-rates/GEL');
    expect(history.json().items).toEqual([expect.objectContaining({ rateDate: '2025-03-03', unitsPerUsd: 2.79 })]);
  });

  it('refuses anyone but the Secretariat, and bad rates, recording nothing', async () => {
    const rate = { currency: 'AMD', rateDate: '2025-01-10', unitsPerUsd: 390, source: 'CBA' };
    expect((await record(undefined, rate)).statusCode).toBe(401);
    expect((await record(business.headers, rate)).statusCode).toBe(403);
    const unknown = await record(secretariat.headers, { ...rate, currency: 'XYZ' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('body.currency');
    expect((await record(secretariat.headers, { ...rate, unitsPerUsd: -1 })).statusCode).toBe(400);
    expect((await record(secretariat.headers, { ...rate, rateDate: '2999-01-01' })).statusCode).toBe(400);
    expect((await record(secretariat.headers, { ...rate, currency: 'USD' })).statusCode).toBe(400);
    const history = await platform.app.inject('/api/v1/investment/exchange-rates/AMD');
    expect(history.json().items).toEqual([]);
  });

  it('seeds demonstration rates marked as demo, once', async () => {
    await seedRates({ db: platform.connection.db, engine: platform.connection.engine });
    await seedRates({ db: platform.connection.db, engine: platform.connection.engine });
    const history = await platform.app.inject('/api/v1/investment/exchange-rates/KZT');
    const demo = history.json().items.filter((rate: { demo: boolean }) => rate.demo);
    expect(demo).toHaveLength(1);
    expect(demo[0]).toMatchObject({ source: 'demo' });
  });
});
