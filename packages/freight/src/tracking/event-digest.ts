import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/src/audit/canonical-json.ts';
import type { TrackingEventKind } from '../vocabulary.ts';

/**
 * SHA-256 of an event as posted, in canonical form (the time normalised to UTC), so that a retry of the same event is
 * told apart from a different event sent under the same idempotency key.
 */
export function trackingEventDigest(event: {
  shipmentId: string;
  legId: string;
  kind: TrackingEventKind;
  occurredAt: Date;
  nodeId: string | null;
  note: string | null;
}): string {
  return createHash('sha256')
    .update(canonicalJson({ ...event, occurredAt: event.occurredAt.toISOString() }))
    .digest('hex');
}
