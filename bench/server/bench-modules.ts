import { platformModules } from '../../apps/server/src/modules.ts';
import type { PlatformModule } from '../../packages/core/src/module/platform-module.ts';
import { baselineModule } from './baseline-module.ts';

/** How many route handlers are running: requests the load generator cut off are still served to the end. */
export interface HandlerCounter {
  running: number;
}

/**
 * A module whose route handlers are counted while they run (from the call to the end of the promise they return),
 * so the bench can wait for the server to finish its work before it reads the statistics of a run. An `onRoute` hook
 * in the module's own scope wraps each handler; the routes, their schemas and hooks stay as they are.
 */
function counted(module: PlatformModule, counter: HandlerCounter): PlatformModule {
  return {
    ...module,
    registerRoutes(app, context) {
      app.addHook('onRoute', (route) => {
        const handler = route.handler;
        route.handler = function countedHandler(this: unknown, request, reply) {
          counter.running++;
          let result: unknown;
          try {
            result = handler.call(this as never, request, reply);
          } catch (error) {
            counter.running--;
            throw error;
          }
          if (!(result instanceof Promise)) {
            counter.running--;
            return result;
          }
          return result.finally(() => {
            counter.running--;
          });
        };
      });
      return module.registerRoutes(app, context);
    },
  };
}

/** The production modules (handlers counted) plus the bench's baseline route; never used outside bench/. */
export const benchModules = (baselinePayload: { json: string }, counter: HandlerCounter): PlatformModule[] => [
  ...platformModules.map((module) => counted(module, counter)),
  counted(baselineModule(baselinePayload), counter),
];
