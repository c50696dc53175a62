import type { PlatformModule } from '../../core/src/module/platform-module.ts';
import { registerAuthorityRoutes } from './routes/authority-routes.ts';
import { registerDocumentRoutes } from './routes/document-routes.ts';
import { registerNetworkRoutes } from './routes/network-routes.ts';
import { registerPlanRoutes } from './routes/plan-routes.ts';
import { registerShipmentRoutes } from './routes/shipment-routes.ts';
import { registerTrackingRoutes } from './routes/tracking-routes.ts';
import { seedNetwork } from './seed/seed-network.ts';

/**
 * Freight: the unified digital platform for multimodal land freight — the corridor network with its provenance,
 * route planning by time, cost and CO2e, shipments with signed digital consignment notes per leg, tracking events
 * from carriers, border dwell as data, and read-only access for authorities.
 */
export const freightModule: PlatformModule = {
  name: 'freight',
  registerRoutes(app, context) {
    registerNetworkRoutes(app, context);
    registerPlanRoutes(app, context);
    registerShipmentRoutes(app, context);
    registerDocumentRoutes(app, context);
    registerTrackingRoutes(app, context);
    registerAuthorityRoutes(app, context);
  },
  seed: seedNetwork,
};
