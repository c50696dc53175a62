import QRCode from 'qrcode';

/** The web page an authority link opens. */
export const inspectPathOf = (token: string): string => `/freight/inspect/${token}`;

/**
 * The platform's public address for absolute links: SCO_PUBLIC_URL, the address e-mail links use (checked when the
 * server starts). Without it, the address the booking party reached the platform at — right for them, since the
 * link is shown to them, and they hand it on.
 */
export function publicBaseUrl(options: { configured: string | undefined; requestOrigin: string }): string {
  const configured = options.configured?.trim();
  return configured ? configured : options.requestOrigin;
}

/** The absolute link and its QR code (SVG, as a data URL: printable at any size, shown with a plain `<img>`). */
export async function inspectLinkAddress(options: {
  token: string;
  baseUrl: string;
}): Promise<{ path: string; url: string; qrCodeDataUrl: string }> {
  const path = inspectPathOf(options.token);
  const url = new URL(path, options.baseUrl).toString();
  // Error correction M keeps the code readable when printed small or slightly damaged, at a modest size cost.
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { path, url, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}` };
}
