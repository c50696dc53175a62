import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { DomainError } from '../../../core/src/errors.ts';

/** Turns a self-contained HTML document into a PDF. */
export interface PdfRenderer {
  render(html: string): Promise<Buffer>;
  /** Closes the browser, if one was started. */
  close(): Promise<void>;
}

const footerTemplate =
  '<div style="width:100%;font-size:8px;color:#4a5568;text-align:center;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/**
 * Prints HTML to PDF with Chromium through playwright-core. The browser starts on the first request and is shared
 * by the next ones (each gets its own context, without scripts or network); it starts again if it crashes. Without
 * Chromium the renderer answers `service_unavailable`.
 */
export function createPdfRenderer(options: { executablePath: string }): PdfRenderer {
  const { executablePath } = options;
  let browser: Promise<Browser> | null = null;

  const unavailable = (reason: string) =>
    new DomainError(
      'service_unavailable',
      `PDF rendering needs Chromium: ${reason} Install Chromium or set SCO_CHROMIUM_PATH; the HTML version of the report works without it.`,
      { service: 'pdf' },
    );

  const launch = (): Promise<Browser> => {
    if (browser) return browser;
    if (!existsSync(executablePath)) return Promise.reject(unavailable(`there is no browser at ${executablePath}.`));
    const starting = import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({
          executablePath,
          args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
        }),
      )
      .then((started) => {
        started.on('disconnected', () => {
          if (browser === starting) browser = null;
        });
        return started;
      })
      .catch((error: unknown) => {
        if (browser === starting) browser = null;
        const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
        throw unavailable(`the browser at ${executablePath} did not start (${message}).`);
      });
    browser = starting;
    return starting;
  };

  return {
    async render(html) {
      const context = await (await launch()).newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        return await page.pdf({
          preferCSSPageSize: true,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: '<span></span>',
          footerTemplate,
        });
      } finally {
        await context.close();
      }
    },
    async close() {
      const current = browser;
      browser = null;
      const started = await current?.catch(() => null);
      await started?.close();
    },
  };
}
