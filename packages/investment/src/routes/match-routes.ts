import { problemResponses } from '../../../core/src/http/problem-schema.ts';
import type { ApiApp, ModuleContext } from '../../../core/src/module/platform-module.ts';
import { matchListSchema, matchQuerySchema } from '../matching/contracts.ts';
import { findMatches } from '../matching/find-matches.ts';

/** Explained matchmaking between projects, investor profiles and partnering profiles. */
export function registerMatchRoutes(app: ApiApp, { db }: ModuleContext) {
  app.get(
    '/investment/matches',
    {
      schema: {
        tags: ['investment-matching'],
        summary: 'Ranked matches of a project or profile, each score broken into reasons',
        description: [
          'Directions: a project finds investor and partnering profiles; an investor profile finds projects and',
          'start-up profiles; a partnering profile finds projects and complementary profiles (business or technology',
          'offer ↔ request, R&D cooperation ↔ R&D cooperation, start-up ↔ investors).',
          'Hard filters (never matched): listings that are not published or have expired; listings of the same',
          "owner; listings sharing no ISIC Rev.4 section with the seeker; a listing outside a profile's target",
          'countries and regions when the profile lists some (this applies to either side).',
          'Score 0–100: the points won as a share of the points of the factors that apply to the pair —',
          'sector (25: same division, or a section that covers it; 13: same section), place (15: target region;',
          '12: target country; 11: no preference), ticket size against the financing sought in USD (20: inside;',
          '10: within a factor of two; only investor profile ↔ project), stage (10), instrument (10), language (5)',
          '(a side that names none accepts any: 70 %), shared keywords in any language (15: 5 per shared industry',
          'concept, 2 per shared word).',
          'Anyone may ask for a published listing; its owner and the Secretariat also for an unpublished one.',
        ].join(' '),
        querystring: matchQuerySchema,
        response: { 200: matchListSchema, ...problemResponses.read },
      },
    },
    (request) => findMatches({ db, actor: request.actor, ...request.query }),
  );
}
