/// <reference lib="dom" />
import { readFile } from 'node:fs/promises';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import ru from '../apps/web/src/locales/ru.json' with { type: 'json' };
import { launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';

/**
 * The implementation report as the Secretariat prepares it for the Heads of Government: a period and a topic, the
 * report read on screen in English and Russian, downloaded as PDF; and a list downloaded as CSV.
 */
let browser: Browser;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

async function useEnglish(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sco.language', 'en'));
}

/** Clicks what starts a download and gives the saved file's name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
  const saved: Download = started;
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: await readFile(path) };
}

describe('the implementation report', () => {
  it('is chosen by period and topic, read in English and Russian, and downloaded as PDF', {
    timeout: 180_000,
  }, async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await page.goto('/');
    await page.getByRole('link', { name: en.implementationReport.nav }).click();
    await page.waitForURL(/\/report/);
    await poll(() => page.locator('h1').first().textContent()).toBe(en.implementationReport.title);

    const period = en.implementationReport.period;
    await page.getByRole('textbox', { name: `${period}: ${en.common.from}` }).fill('2025-01-01');
    await page.getByRole('textbox', { name: `${period}: ${en.common.to}` }).fill('2025-12-31');
    await page.getByRole('combobox', { name: en.implementationReport.topics }).click();
    await page.getByRole('option', { name: en.vocab.topic.trade, exact: true }).click();
    await page.keyboard.press('Escape');
    await page.waitForURL(/topics=trade/);

    const report = page.getByRole('article', { name: en.implementationReport.heading });
    const periodLine = en.implementationReport.periodLine
      .replace('{{from}}', '1 January 2025')
      .replace('{{to}}', '31 December 2025');
    await poll(() => report.getByText(periodLine).count()).toBe(1);
    await poll(() => report.getByRole('heading', { name: en.implementationReport.initiatives }).count()).toBe(1);
    const initiatives = report.locator('.report-initiative');
    await poll(() => initiatives.count()).toBeGreaterThan(0);
    await poll(() =>
      report.getByText(`${en.implementationReport.topicsLine.replace('{{topics}}', en.vocab.topic.trade)}`).count(),
    ).toBe(1);
    const firstTopics = await initiatives.first().locator('dd').nth(1).textContent();
    expect(firstTopics).toContain(en.vocab.topic.trade);
    await expectAccessible(page);

    await page
      .getByRole('radiogroup', { name: en.implementationReport.language })
      .getByText(ru.language.ru, { exact: true })
      .click();
    await page.waitForURL(/lang=ru/);
    await poll(() => page.locator('#report-heading').textContent()).toBe(ru.implementationReport.heading);
    await poll(() => page.getByRole('heading', { name: ru.implementationReport.initiatives }).count()).toBe(1);
    await poll(() => page.getByRole('heading', { name: ru.implementationReport.summary }).count()).toBe(1);
    expect(await page.locator('.implementation-report').getAttribute('lang')).toBe('ru-RU');
    await expectAccessible(page);

    const pdf = await download(page, () =>
      page.getByRole('link', { name: en.implementationReport.downloadPdf }).click(),
    );
    expect(pdf.name).toBe('sco-implementation-report-2025-01-01-2025-12-31-ru.pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(1024);

    expect(failures).toEqual([]);
    await context.close();
  });

  it('reads at 375 px wide without sideways scrolling', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'zh', width: 375 });
    await page.goto('/report?from=2025-01-01&to=2025-12-31&topics=trade');
    await page.locator('.report-initiative').first().waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('list downloads', () => {
  it('downloads the statements shown, with their filter, as CSV', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await page.goto('/statements?topic=ai');
    await page.getByRole('region', { name: en.statements.resultsLabel }).getByRole('article').first().waitFor();
    await expectAccessible(page);
    const csv = await download(page, () =>
      page.getByRole('link', { name: `${en.exports.downloadCsv}: ${en.statements.title}` }).click(),
    );
    expect(csv.name).toMatch(/^sco-statements-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFid,meeting_id,meeting_date,paragraph,text_zh,text_zh_provenance,')).toBe(true);
    const records = text.trimEnd().split('\r\n').slice(1);
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => /(?:,|; )ai(?:;|,)/.test(record))).toBe(true);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('downloads the meeting text as Akoma Ntoso XML', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await page.goto('/meetings/heads-of-government-24');
    const xml = await download(page, () => page.getByRole('link', { name: en.exports.akomaNtoso }).click());
    expect(xml.name).toBe('heads-of-government-24.akn.xml');
    expect(xml.bytes.toString('utf8')).toContain(
      '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
    );
    expect(failures).toEqual([]);
    await context.close();
  });
});
