/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';
import { focalPointKz, secretariatOfficer } from './support/users.ts';

/**
 * Alerts as their users meet them: a focal point follows an initiative, the Secretariat moves it along, and the
 * focal point finds the notice under the bell; the Secretariat sets a due date already passed, and the initiative
 * shows as overdue and under the overdue filter.
 */
let browser: Browser;
let initiative: { id: string; title: string };
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

beforeAll(async () => {
  browser = await launchBrowser();
  // An open initiative the other journeys leave alone (they file reports on the e-portal one).
  const { page, context } = await newPage(browser, { language: 'en' });
  const response = await page.request.get('/api/v1/initiatives?limit=200');
  const items = (await response.json()).items as {
    id: string;
    stage: string;
    title: { en: { text: string | null } };
  }[];
  const chosen = items.find(
    (i) => ['noted', 'supported', 'approved'].includes(i.stage) && i.title.en.text && !/portal/i.test(i.title.en.text),
  );
  if (!chosen) throw new Error('the seed has no open initiative with an English title');
  initiative = { id: chosen.id, title: chosen.title.en.text! };
  await context.close();
});
afterAll(() => browser?.close());

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

async function signInInEnglish(page: Page, user: { email: string; password: string }) {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sco.language', 'en'));
  await page.goto('/login');
  await page.getByRole('textbox', { name: en.login.email }).fill(user.email);
  await page.getByRole('textbox', { name: en.login.password }).fill(user.password);
  await page.getByRole('button', { name: en.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const bellName = (count: number) =>
  count === 0 ? en.notifications.bell : en.notifications.bellUnread.replace('{{count}}', String(count));

describe('following an initiative', () => {
  it('the focal point follows it', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await signInInEnglish(page, focalPointKz);
    await page.goto(`/initiatives/${initiative.id}`);
    await page.getByRole('button', { name: `${en.alerts.follow}: ${initiative.title}` }).click();
    await poll(() => page.getByRole('button', { name: `${en.alerts.unfollow}: ${initiative.title}` }).count()).toBe(1);
    await page.goto('/subscriptions');
    await poll(() => page.getByRole('link', { name: initiative.title }).count()).toBe(1);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('the Secretariat changes its stage with the stage control', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await signInInEnglish(page, secretariatOfficer);
    await page.goto(`/initiatives/${initiative.id}`);
    await page.getByRole('button', { name: en.initiative.changeStage }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: en.initiative.newStage }).click();
    await page.getByRole('option').first().click();
    await dialog.getByRole('textbox', { name: en.initiative.note }).fill('Agreed at the senior officials meeting.');
    await dialog.getByRole('button', { name: en.initiative.changeStage }).click();
    await poll(() => page.getByText(en.initiative.stageChanged).count()).toBe(1);
    // The one who made the change is not told of it.
    await poll(() => page.getByRole('button', { name: bellName(0) }).count()).toBe(1);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('the focal point sees the count on the bell and the notice leading to the initiative', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await signInInEnglish(page, focalPointKz);
    const bell = page.getByRole('button', { name: bellName(1) });
    await poll(() => bell.count()).toBe(1);
    await bell.click();
    await page
      .getByRole('menuitem', { name: new RegExp(initiative.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
      .click();
    await page.waitForURL((url) => url.pathname === `/initiatives/${initiative.id}`);
    await poll(() => page.getByRole('button', { name: bellName(0) }).count()).toBe(1);

    await page.goto('/notifications');
    await poll(() => page.getByRole('link', { name: new RegExp(initiative.title.slice(0, 20)) }).count()).toBe(1);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('deadlines', () => {
  it('a due date already passed shows the initiative as overdue, and under the overdue filter', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await signInInEnglish(page, secretariatOfficer);
    await page.goto(`/initiatives/${initiative.id}`);
    await page.getByRole('button', { name: en.alerts.editOwnership }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: en.alerts.dueOn }).fill('2024-01-31');
    await dialog.getByRole('button', { name: en.alerts.save }).click();
    const ownership = page.getByRole('region', { name: en.alerts.ownershipTitle });
    await poll(() => ownership.getByText(en.alerts.overdue, { exact: true }).count()).toBe(1);
    await expectAccessible(page);

    await page.goto('/initiatives');
    // The box follows the address, which the router updates a moment after the click.
    await page.getByRole('checkbox', { name: en.alerts.overdueOnly }).click();
    await page.waitForURL(/overdue=true/);
    await poll(() => page.getByRole('link', { name: initiative.title }).count()).toBe(1);
    await expectAccessible(page);
    expect(failures).toEqual([]);
    await context.close();
  });
});
