import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/** A fresh Ed25519 key pair, both halves PEM (SPKI public, PKCS#8 private). */
export function generateSigningKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** Ed25519 signature of the payload's UTF-8 bytes, base64. */
export function signPayload(options: { payload: string; privateKeyPem: string }): string {
  const key = createPrivateKey(options.privateKeyPem);
  // Ed25519 hashes internally: Node takes `null` as the digest algorithm.
  return sign(null, Buffer.from(options.payload, 'utf8'), key).toString('base64');
}

/** True when the base64 signature is the key's Ed25519 signature of the payload; false for any malformed input. */
export function verifyPayloadSignature(options: { payload: string; signature: string; publicKeyPem: string }): boolean {
  try {
    const signature = Buffer.from(options.signature, 'base64');
    if (signature.length !== 64) return false;
    const key = createPublicKey(options.publicKeyPem);
    return verify(null, Buffer.from(options.payload, 'utf8'), key, signature);
  } catch {
    return false;
  }
}
