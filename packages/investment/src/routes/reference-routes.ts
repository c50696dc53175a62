import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { referenceDataSchema } from '../reference/contracts.ts';
import { referenceData } from '../reference/reference-data.ts';

/** The code lists of the module (ISIC Rev.4, SDGs, ISO 4217), public. */
export function registerReferenceRoutes(app: ApiApp, _context: ModuleContext) {
  app.get(
    '/investment/reference',
    {
      schema: {
        tags: ['investment'],
        summary: 'ISIC Rev.4 sections and divisions, the 17 SDGs and ISO 4217 currencies, with names and sources',
        response: { 200: referenceDataSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return referenceData;
    },
  );
}
