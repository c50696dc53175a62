import type { PlatformModule } from '../../core/src/module/platform-module.ts';
import { expireProfilesJob } from './profiles/expire-profiles-job.ts';
import { expireListingsJob } from './projects/expire-listings-job.ts';
import { registerAgendaLinkRoutes } from './routes/agenda-link-routes.ts';
import { registerExchangeRateRoutes } from './routes/exchange-rate-routes.ts';
import { registerExportRoutes } from './routes/export-routes.ts';
import { registerForumRoutes } from './routes/forum-routes.ts';
import { registerIncentiveRoutes } from './routes/incentive-routes.ts';
import { registerInterestRoutes } from './routes/interest-routes.ts';
import { registerMatchRoutes } from './routes/match-routes.ts';
import { registerParkRoutes } from './routes/park-routes.ts';
import { registerProfileRoutes } from './routes/profile-routes.ts';
import { registerProjectRoutes } from './routes/project-routes.ts';
import { registerReferenceRoutes } from './routes/reference-routes.ts';
import { registerSavedSearchRoutes } from './routes/saved-search-routes.ts';
import { savedSearchAlertsJob } from './saved-searches/saved-search-alerts.ts';
import { seedDemoListings } from './seed/seed-demo-listings.ts';
import { seedForums } from './seed/seed-forums.ts';
import { seedIncentivesParks } from './seed/seed-incentives-parks.ts';
import { seedRates } from './seed/seed-rates.ts';

/**
 * Investment: the industrial investment project database, investor and partnering profiles with explained
 * matchmaking, expressions of interest and their pipeline, one-to-one meetings at forums, the library of
 * preferential policies and the registry of technology parks.
 */
export const investmentModule: PlatformModule = {
  name: 'investment',
  registerRoutes(app, context) {
    registerReferenceRoutes(app, context);
    registerExchangeRateRoutes(app, context);
    registerProjectRoutes(app, context);
    registerProfileRoutes(app, context);
    registerMatchRoutes(app, context);
    registerInterestRoutes(app, context);
    registerForumRoutes(app, context);
    registerIncentiveRoutes(app, context);
    registerParkRoutes(app, context);
    registerSavedSearchRoutes(app, context);
    registerAgendaLinkRoutes(app, context);
    registerExportRoutes(app, context);
  },
  jobs: [expireListingsJob, expireProfilesJob, savedSearchAlertsJob],
  async seed(context) {
    await seedRates(context);
    await seedIncentivesParks(context);
    await seedForums(context);
    await seedDemoListings(context);
  },
};
