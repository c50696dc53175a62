import { type Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with the OWASP baseline (19 MiB, 2 passes, 1 lane): about 25–60 ms a hash here. The parameters are
 * written into each hash, so raising them later leaves existing hashes verifiable.
 */
const hashOptions = { algorithm: 2 satisfies Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Longest password accepted anywhere: long enough for any passphrase, short enough not to be a hashing DoS. */
export const maxPasswordLength = 1024;

export function hashPassword(password: string): Promise<string> {
  return hash(password, hashOptions);
}

/** False for a wrong password and for a hash that cannot be read; never throws for bad input. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let decoyHash: Promise<string> | undefined;

/**
 * Spends the time of a real check and returns false: used when no account has the e-mail, so that response
 * times do not tell which addresses have accounts.
 */
export async function verifyPasswordOfNobody(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that no account has');
  await verifyPassword(await decoyHash, password);
  return false;
}
