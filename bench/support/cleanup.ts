/**
 * Everything the bench starts (PostgreSQL cluster, server child, temp folders) registers how to undo it here.
 * `runCleanups` runs them newest first, once, on success, on failure and on Ctrl-C / SIGTERM.
 */
type Cleanup = { label: string; run: () => Promise<void> | void };

const cleanups: Cleanup[] = [];
let running: Promise<void> | null = null;

export function onCleanup(label: string, run: Cleanup['run']): () => void {
  const entry = { label, run };
  cleanups.push(entry);
  return () => {
    const index = cleanups.indexOf(entry);
    if (index >= 0) cleanups.splice(index, 1);
  };
}

/** A second call (the signal handler and the main flow both clean up) waits for the first to finish. */
export function runCleanups(): Promise<void> {
  running ??= (async () => {
    for (const entry of cleanups.splice(0).reverse()) {
      try {
        await entry.run();
      } catch (error) {
        console.error(`cleanup "${entry.label}" failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  return running;
}

/** Ctrl-C and SIGTERM stop the bench but still remove what it started. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up…`);
      // Work cut off by the signal may still fail; it must not stop the cleanup.
      process.on('uncaughtException', (error) => console.error(`ignored while cleaning up: ${error.message}`));
      process.on('unhandledRejection', () => {});
      void runCleanups().finally(() => process.exit(130));
    });
  }
}
