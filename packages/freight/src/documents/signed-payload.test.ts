import { describe, expect, it } from 'vitest';
import { generateSigningKeyPair, signPayload, verifyPayloadSignature } from './ed25519.ts';
import { buildSignedPayload, parseSignedPayload, payloadDigestOf } from './signed-payload.ts';

const content = {
  number: 'SCO-2026-000042-L1-SMGS-1',
  kind: 'smgs_note',
  version: 1,
  shipmentReference: 'SCO-2026-000042',
  leg: 1,
  fields: {
    consignor: { name: 'Jiangsu Export Co.', countryCode: 'CN' },
    grossMassKg: 20000,
    containers: ['CSQU3054383'],
  },
  issuedAt: '2026-12-01T08:00:00.000Z',
};

describe('canonical signed payload', () => {
  it('sorts keys at every level and has no whitespace', () => {
    expect(buildSignedPayload(content)).toBe(
      '{"fields":{"consignor":{"countryCode":"CN","name":"Jiangsu Export Co."},"containers":["CSQU3054383"],"grossMassKg":20000},"issuedAt":"2026-12-01T08:00:00.000Z","kind":"smgs_note","leg":1,"number":"SCO-2026-000042-L1-SMGS-1","shipmentReference":"SCO-2026-000042","version":1}',
    );
  });

  it('does not depend on the order keys were written in', () => {
    const reordered = {
      ...content,
      fields: {
        grossMassKg: 20000,
        containers: ['CSQU3054383'],
        consignor: { countryCode: 'CN', name: 'Jiangsu Export Co.' },
      },
    };
    expect(buildSignedPayload(reordered)).toBe(buildSignedPayload(content));
  });

  it('digests the UTF-8 bytes as SHA-256 hex', () => {
    expect(payloadDigestOf('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(payloadDigestOf('货物')).toHaveLength(64);
  });

  it('parses back what it built and refuses other text', () => {
    expect(parseSignedPayload(buildSignedPayload(content))).toEqual(content);
    expect(parseSignedPayload('{"number":1}')).toBeNull();
    expect(parseSignedPayload('not json')).toBeNull();
  });
});

describe('Ed25519 signing', () => {
  const keys = generateSigningKeyPair();
  const payload = buildSignedPayload(content);

  it('verifies a signature made with the key', () => {
    const signature = signPayload({ payload, privateKeyPem: keys.privateKeyPem });
    expect(Buffer.from(signature, 'base64')).toHaveLength(64);
    expect(verifyPayloadSignature({ payload, signature, publicKeyPem: keys.publicKeyPem })).toBe(true);
  });

  it('fails on a tampered payload, another key or a mangled signature', () => {
    const signature = signPayload({ payload, privateKeyPem: keys.privateKeyPem });
    const tampered = payload.replace('20000', '2000');
    expect(verifyPayloadSignature({ payload: tampered, signature, publicKeyPem: keys.publicKeyPem })).toBe(false);
    const other = generateSigningKeyPair();
    expect(verifyPayloadSignature({ payload, signature, publicKeyPem: other.publicKeyPem })).toBe(false);
    expect(verifyPayloadSignature({ payload, signature: 'AAAA', publicKeyPem: keys.publicKeyPem })).toBe(false);
    expect(verifyPayloadSignature({ payload, signature, publicKeyPem: 'not a key' })).toBe(false);
  });
});
