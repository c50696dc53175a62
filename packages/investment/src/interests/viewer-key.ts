import { createHash } from 'node:crypto';

/**
 * The key a listing view is counted under: the user id of a signed-in reader, otherwise a one-way hash of the
 * address, the user agent and the day with a server secret, so that the address itself is never stored and the
 * same anonymous reader cannot be followed from one day to the next.
 */
export function viewerKeyOf(options: {
  userId: string | null;
  address: string;
  userAgent: string;
  day: string;
  secret: string;
}): string {
  const { userId, address, userAgent, day, secret } = options;
  if (userId) return `user:${userId}`;
  const digest = createHash('sha256').update(`${secret}\n${address}\n${userAgent}\n${day}`).digest('hex');
  return `anon:${digest}`;
}
