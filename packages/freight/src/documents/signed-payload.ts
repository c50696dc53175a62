import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../core/src/audit/canonical-json.ts';

/** What a signature covers: the document's identity, its fields and when it was issued. */
export interface SignedPayloadContent {
  number: string;
  kind: string;
  version: number;
  shipmentReference: string;
  /** The leg's sequence number on the shipment (1-based). */
  leg: number;
  fields: Record<string, unknown>;
  /** ISO 8601 instant the document was first signed (issued). */
  issuedAt: string;
}

/**
 * The exact string signed: canonical JSON (object keys sorted at every level, no whitespace), so that anyone can
 * rebuild it from the document's content and the same bytes come out after a round trip through jsonb.
 */
export function buildSignedPayload(content: SignedPayloadContent): string {
  return canonicalJson(content);
}

/** SHA-256 of the payload's UTF-8 bytes, hex. */
export function payloadDigestOf(payload: string): string {
  return createHash('sha256').update(payload, 'utf8').digest('hex');
}

/** The payload's content, or null when the text is not a payload this platform signs. */
export function parseSignedPayload(payload: string): SignedPayloadContent | null {
  try {
    const value = JSON.parse(payload) as Partial<SignedPayloadContent>;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof value.number !== 'string' ||
      typeof value.kind !== 'string' ||
      typeof value.version !== 'number' ||
      typeof value.shipmentReference !== 'string' ||
      typeof value.leg !== 'number' ||
      typeof value.fields !== 'object' ||
      value.fields === null ||
      typeof value.issuedAt !== 'string'
    ) {
      return null;
    }
    return value as SignedPayloadContent;
  } catch {
    return null;
  }
}
