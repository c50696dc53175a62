import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import { requireActor } from '../../../core/src/http/request-actor.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import {
  currencyParamsSchema,
  exchangeRateInputSchema,
  exchangeRateListSchema,
  exchangeRateSchema,
} from '../exchange-rates/contracts.ts';
import {
  listExchangeRateHistory,
  listLatestExchangeRates,
  recordExchangeRate,
} from '../exchange-rates/exchange-rate-store.ts';

const tags = ['investment'];

/** The dated exchange rates the Secretariat maintains for USD figures; anyone may read them. */
export function registerExchangeRateRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/exchange-rates',
    {
      schema: {
        tags,
        summary: 'The latest recorded rate of each currency (units per US dollar)',
        response: { 200: exchangeRateListSchema, ...problemResponses.read },
      },
    },
    () => listLatestExchangeRates({ db }),
  );

  app.get(
    '/investment/exchange-rates/:currency',
    {
      schema: {
        tags,
        summary: 'Every rate recorded for one currency, newest first',
        params: currencyParamsSchema,
        response: { 200: exchangeRateListSchema, ...problemResponses.read },
      },
    },
    (request) => listExchangeRateHistory({ db, currency: request.params.currency }),
  );

  app.post(
    '/investment/exchange-rates',
    {
      schema: {
        tags,
        summary: 'Record or correct the rate of a currency on a day (Secretariat); USD figures follow',
        security: [{ session: [], csrf: [] }],
        body: exchangeRateInputSchema,
        response: { 201: exchangeRateSchema, ...problemResponses.write },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request, ['secretariat', 'admin']);
      return reply.status(201).send(await recordExchangeRate({ db, actor, input: request.body }));
    },
  );
}
