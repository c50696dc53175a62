import type { FastifyBaseLogger } from 'fastify';
import type { ModuleContext, PlatformModule } from '../../../packages/core/src/module/platform-module.ts';

/**
 * Runs every module's jobs once now and then on their schedule, one run of a job at a time. A failed run is
 * logged and the job tries again at its next turn. Returns the function that stops them and waits for runs
 * under way.
 */
export function startPlatformJobs(options: {
  modules: readonly PlatformModule[];
  context: ModuleContext;
  log: FastifyBaseLogger;
}): () => Promise<void> {
  const { modules, context, log } = options;
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const module of modules) {
    for (const job of module.jobs ?? []) {
      let current: Promise<void> | null = null;
      const runOnce = () => {
        if (stopped || current) return;
        current = job
          .run(context)
          .catch((error: unknown) => log.error({ err: error, job: `${module.name}.${job.name}` }, 'job failed'))
          .finally(() => {
            if (current) running.delete(current);
            current = null;
          });
        running.add(current);
      };
      runOnce();
      timers.push(setInterval(runOnce, job.everyMs));
    }
  }
  return async () => {
    stopped = true;
    for (const timer of timers) clearInterval(timer);
    await Promise.all(running);
  };
}
