import { DomainError } from '../../../packages/core/src/errors.ts';

/** Configuration comes from the environment only. */
export interface ServerConfig {
  port: number;
  host: string;
  /** PostgreSQL server; unset means the embedded PGlite engine in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Serve session cookies with the Secure flag (behind HTTPS). */
  secureCookies: boolean;
  logLevel: string;
  /** Where e-mail goes; null when SMTP_URL is unset, and notifications' e-mails then wait in the outbox. */
  mail: MailSettings | null;
  /** The address users reach the platform at (SCO_PUBLIC_URL), for links in e-mails; null sends no links. */
  publicUrl: string | null;
}

export interface MailSettings {
  /** smtp:// or smtps://, with the user and password in it when the server needs them. */
  smtpUrl: string;
  /** The sender, e.g. `SCO Platform <noreply@example.org>`. */
  from: string;
}

const senderPattern = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/;

/** SMTP_URL and SMTP_FROM, checked at start so that a typo fails loudly instead of losing mail later. */
export function readMailSettings(env: NodeJS.ProcessEnv): MailSettings | null {
  const smtpUrl = env.SMTP_URL?.trim() || undefined;
  const from = env.SMTP_FROM?.trim() || undefined;
  if (!smtpUrl) {
    if (from)
      throw new DomainError('validation_failed', 'SMTP_FROM is set but SMTP_URL is not: set both to send e-mail.');
    return null;
  }
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    // The value may hold a password: never repeat it.
    throw new DomainError(
      'validation_failed',
      'SMTP_URL is not a valid URL; write it as smtp://user:password@mail.example.org:587 (or smtps:// for TLS from the start).',
    );
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new DomainError('validation_failed', `SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//.`);
  }
  if (!url.hostname) throw new DomainError('validation_failed', 'SMTP_URL names no mail server host.');
  if (!from) {
    throw new DomainError('validation_failed', 'SMTP_URL is set but SMTP_FROM is not: say who e-mails come from.');
  }
  if (!senderPattern.test(from)) {
    throw new DomainError(
      'validation_failed',
      `SMTP_FROM must be an e-mail address such as noreply@example.org or "SCO Platform <noreply@example.org>", not "${from}".`,
    );
  }
  return { smtpUrl, from };
}

/** SCO_PUBLIC_URL: an http(s) address without query or fragment. */
export function readPublicUrl(env: NodeJS.ProcessEnv): string | null {
  const value = env.SCO_PUBLIC_URL?.trim();
  if (!value) return null;
  let url: URL | null = null;
  try {
    url = new URL(value);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new DomainError(
      'validation_failed',
      `SCO_PUBLIC_URL must be the platform's http(s) address, such as https://sco.example.org, not "${value}".`,
    );
  }
  return url.toString();
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new DomainError('validation_failed', `PORT must be a whole number from 0 to 65535, not "${env.PORT}".`);
  }
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.SCO_DATA_DIR || './data',
    secureCookies: env.SCO_SECURE_COOKIES === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    mail: readMailSettings(env),
    publicUrl: readPublicUrl(env),
  };
}
