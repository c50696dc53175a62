/**
 * Lets a mailer in this process hear that e-mail was queued, so it sends without waiting for its next round. The
 * signal comes before the queuing transaction commits: a listener must give the commit a moment, and its periodic
 * round remains the guarantee (other processes never hear this signal).
 */
const listeners = new Set<() => void>();

/** Registers a listener; returns the function that removes it. */
export function onEmailQueued(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceEmailQueued(): void {
  for (const listener of listeners) listener();
}
