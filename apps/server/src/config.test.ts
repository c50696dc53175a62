import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

const messageOf = (env: NodeJS.ProcessEnv): string => {
  try {
    readConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
};

describe('mail configuration', () => {
  it('sends no e-mail without SMTP_URL', () => {
    expect(readConfig({}).mail).toBeNull();
    expect(readConfig({}).publicUrl).toBeNull();
  });

  it('reads the SMTP server, the sender and the public address', () => {
    const config = readConfig({
      SMTP_URL: 'smtp://mailer:secret@127.0.0.1:2525',
      SMTP_FROM: 'SCO Platform <noreply@example.org>',
      SCO_PUBLIC_URL: 'https://sco.example.org',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://mailer:secret@127.0.0.1:2525',
      from: 'SCO Platform <noreply@example.org>',
    });
    expect(config.publicUrl).toBe('https://sco.example.org/');
  });

  it('refuses a malformed SMTP_URL clearly, without repeating its password', () => {
    const message = messageOf({ SMTP_URL: 'smtp://mailer:secret@bad host:2525', SMTP_FROM: 'noreply@example.org' });
    expect(message).toMatch(/SMTP_URL is not a valid URL/);
    expect(message).not.toContain('secret');
    expect(messageOf({ SMTP_URL: 'http://mail.example.org', SMTP_FROM: 'noreply@example.org' })).toMatch(
      /smtp:\/\/ or smtps:\/\//,
    );
  });

  it('needs SMTP_URL and SMTP_FROM together, and a real sender address', () => {
    expect(messageOf({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toMatch(/SMTP_FROM is not/);
    expect(messageOf({ SMTP_FROM: 'noreply@example.org' })).toMatch(/SMTP_URL is not/);
    expect(messageOf({ SMTP_URL: 'smtp://127.0.0.1:2525', SMTP_FROM: 'the platform' })).toMatch(/SMTP_FROM must be/);
  });

  it('refuses a public address that is not an http(s) address', () => {
    expect(messageOf({ SCO_PUBLIC_URL: 'sco.example.org' })).toMatch(/SCO_PUBLIC_URL/);
    expect(messageOf({ SCO_PUBLIC_URL: 'ftp://sco.example.org' })).toMatch(/SCO_PUBLIC_URL/);
  });
});
