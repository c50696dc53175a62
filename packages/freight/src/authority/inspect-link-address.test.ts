import { describe, expect, it } from 'vitest';
import { inspectLinkAddress, inspectPathOf, publicBaseUrl } from './inspect-link-address.ts';

const token = 'q4K2n8yWmJ0c7x_3B-tLr1ZfVhGdUeP9sAoNiXkYb5E';

describe('the address an authority link is handed out as', () => {
  it('is the inspect page of the web app', () => {
    expect(inspectPathOf(token)).toBe(`/freight/inspect/${token}`);
  });

  it('uses the configured public address, else the one the booking party reached the platform at', () => {
    expect(publicBaseUrl({ configured: 'https://sco.example.org/', requestOrigin: 'http://127.0.0.1:3000' })).toBe(
      'https://sco.example.org/',
    );
    expect(publicBaseUrl({ configured: undefined, requestOrigin: 'http://127.0.0.1:3000' })).toBe(
      'http://127.0.0.1:3000',
    );
    expect(publicBaseUrl({ configured: '  ', requestOrigin: 'http://127.0.0.1:3000' })).toBe('http://127.0.0.1:3000');
  });

  it('comes with a QR code of the absolute URL as an SVG data URL', async () => {
    const address = await inspectLinkAddress({ token, baseUrl: 'https://sco.example.org' });
    expect(address.path).toBe(`/freight/inspect/${token}`);
    expect(address.url).toBe(`https://sco.example.org/freight/inspect/${token}`);
    expect(address.qrCodeDataUrl.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const svg = Buffer.from(address.qrCodeDataUrl.split(',')[1] ?? '', 'base64').toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('<path');
  });
});
