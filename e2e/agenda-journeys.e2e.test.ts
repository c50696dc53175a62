/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import ru from '../apps/web/src/locales/ru.json' with { type: 'json' };
import zh from '../apps/web/src/locales/zh.json' with { type: 'json' };
import { launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';
import { focalPointKz, secretariatOfficer } from './support/users.ts';

/**
 * The Agenda as its users meet it: the public reads and searches in three languages, a focal point files a report,
 * the Secretariat accepts it, and the public then sees it on the initiative. Every page visited is checked with axe.
 */
let browser: Browser;
/** Pages load data after navigation: wait for what the user would wait for. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });
const portalInitiative = { zh: '建立专门的电子门户网站以促进商务对接和投资' };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: en.login.email }).fill(user.email);
  await page.getByRole('textbox', { name: en.login.password }).fill(user.password);
  await page.getByRole('button', { name: en.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** Pages start in English for the signed-in journeys, so the locale file gives their words. */
async function useEnglish(page: Page) {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sco.language', 'en'));
}

describe('the public', () => {
  it('switches language, and the choice is remembered', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'zh' });
    await page.goto('/');
    await poll(() => page.locator('h1').first().textContent()).toBe(zh.dashboard.title);
    await poll(() => page.getAttribute('html', 'lang')).toMatch(/^zh/);
    await expectAccessible(page);

    await page.getByRole('radiogroup').getByText(en.language.en, { exact: true }).click();
    await poll(() => page.locator('h1').first().textContent()).toBe(en.dashboard.title);
    await page.reload();
    await poll(() => page.locator('h1').first().textContent()).toBe(en.dashboard.title);
    await poll(() => page.getAttribute('html', 'lang')).toMatch(/^en/);

    await page.getByRole('radiogroup').getByText(ru.language.ru, { exact: true }).click();
    await poll(() => page.locator('h1').first().textContent()).toBe(ru.dashboard.title);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('searches a Chinese term and finds the statements that contain it', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'zh' });
    await page.goto('/statements');
    const search = page.getByRole('searchbox', { name: zh.statements.searchLabel });
    await search.fill('人工智能');
    await search.press('Enter');
    await page.waitForURL(/q=/);
    const results = page.getByRole('region', { name: zh.statements.resultsLabel }).getByRole('article');
    await poll(async () => {
      const texts = await results.allTextContents();
      return texts.length >= 3 && texts.every((text) => text.includes('人工智能'));
    }).toBe(true);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('opens an initiative and sees its lifecycle, traced to the communiqué', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'zh' });
    await page.goto(`/initiatives?q=${encodeURIComponent('电子门户网站')}`);
    await page.getByRole('link', { name: portalInitiative.zh }).first().click();
    await page.waitForURL(/\/initiatives\/ini-/);
    await poll(() => page.locator('h1').first().textContent()).toBe(portalInitiative.zh);
    await poll(() => page.getByText(zh.vocab.stage.noted).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('reads every main page at 375 px wide without sideways scrolling', { timeout: 240_000 }, async () => {
    const { page, failures, context } = await newPage(browser, { language: 'ru', width: 375 });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('sco.language', 'ru'));
    for (const path of [
      '/',
      '/statements',
      '/meetings/heads-of-government-24',
      '/documents',
      '/events',
      '/initiatives',
      '/countries/KZ',
    ]) {
      await page.goto(path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectAccessible(page);
    }
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('implementation reporting', () => {
  const narrative = `Kazakhstan drafted the portal concept and consulted the SCO Business Council (${Date.now()}).`;

  it('a focal point files a report for their country', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await signIn(page, focalPointKz);
    await page.goto('/reports/new');
    const initiative = page.getByRole('combobox', { name: en.reportForm.initiative });
    await initiative.click();
    await initiative.fill('portal');
    await page.getByRole('option').first().click();
    await page.getByRole('textbox', { name: en.reportForm.periodStart }).fill('2025-11-18');
    await page.getByRole('textbox', { name: en.reportForm.periodEnd }).fill('2026-06-30');
    await page.getByRole('combobox', { name: en.reportForm.status }).click();
    await page.getByRole('option', { name: en.vocab.reportStatus.in_progress }).click();
    await page.getByRole('textbox', { name: en.reportForm.narrative, exact: true }).fill(narrative);
    await expectAccessible(page);
    await page.getByRole('button', { name: en.reportForm.submit }).click();
    await page.waitForURL(/\/my\/reports/);
    await poll(() => page.getByText(narrative).count()).toBeGreaterThan(0);
    await poll(() => page.getByText(en.vocab.reviewState.submitted).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('the Secretariat accepts it from the review queue', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await signIn(page, secretariatOfficer);
    await page.goto('/review');
    const card = page.getByRole('article').filter({ hasText: narrative });
    await card.waitFor();
    await expectAccessible(page);
    await card.getByRole('button', { name: en.review.accept }).click();
    await page.getByRole('dialog').getByRole('button', { name: en.review.accept }).click();
    await poll(() => page.getByText(en.review.accepted).count()).toBeGreaterThan(0);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('the public then sees the accepted report and the initiative in progress', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await page.goto(`/initiatives?q=${encodeURIComponent('电子门户网站')}`);
    await page
      .getByRole('link')
      .filter({ hasText: /portal/i })
      .first()
      .click();
    await page.waitForURL(/\/initiatives\/ini-/);
    await poll(() => page.getByText(narrative).count()).toBeGreaterThan(0);
    await poll(() => page.getByText(en.vocab.stage.in_progress).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('a focal point cannot reach the review queue', async () => {
    const { page, context } = await newPage(browser, { language: 'en' });
    await useEnglish(page);
    await signIn(page, focalPointKz);
    await page.goto('/review');
    await poll(() => page.getByRole('article').count()).toBe(0);
    expect(await page.getByRole('button', { name: en.review.accept }).count()).toBe(0);
    await context.close();
  });
});
