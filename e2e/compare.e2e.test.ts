/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { baseUrl, launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';
import { secretariatOfficer } from './support/users.ts';

/**
 * Comparing two texts, as anyone may: the seeded 2025 communiqué against a later one that the Secretariat
 * published (through the API, as the text review would), which proposes something new.
 */
let browser: Browser;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

/** A later communiqué naming a new initiative (written for this journey, not an SCO text). */
const laterCommunique = `Joint Communiqué of the 4th Meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation Member States
On 20 October 2026, the 4th meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation Member States was held in Bishkek.
Taking part in the meeting were Prime Minister of the Republic of Kazakhstan Olzhas Bektenov, Premier of the State Council of the People's Republic of China Li Qiang and Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev.
1. The heads of delegation supported the proposal to establish an SCO centre for cooperation in green hydrogen energy.
2. The heads of delegation emphasized the importance of implementing the SCO Development Strategy until 2035.
`;

/** Signs the Secretariat in through the API: the session cookie and the CSRF token for writes. */
async function secretariatSession() {
  const response = await fetch(`${baseUrl()}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: secretariatOfficer.email, password: secretariatOfficer.password }),
  });
  expect(response.ok).toBe(true);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return async <T>(path: string, body: unknown): Promise<T> => {
    const reply = await fetch(`${baseUrl()}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    });
    expect(reply.ok, `${path}: ${reply.status} ${await reply.clone().text()}`).toBe(true);
    return (await reply.json()) as T;
  };
}

beforeAll(async () => {
  browser = await launchBrowser();
  const post = await secretariatSession();
  const draft = await post<{ id: string; outcome: string }>('/drafts', {
    text: laterCommunique,
    provenance: 'official',
  });
  // The same text again (a second run against one server) is already published.
  if (draft.outcome === 'created') await post(`/drafts/${draft.id}/publish`, {});
});
afterAll(() => browser?.close());

/** A Mantine select by its label (a combobox, or a textbox while it is searchable). */
const select = (page: Page, label: string) =>
  page.getByRole('combobox', { name: label }).or(page.getByRole('textbox', { name: label }));

async function pick(page: Page, label: string, option: RegExp) {
  await select(page, label).click();
  await page.getByRole('option', { name: option }).first().click();
}

describe('comparing texts', () => {
  it('anyone picks two texts and sees what is new under a topic', { timeout: 240_000 }, async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('sco.language', 'en'));
    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.compare.nav }).click();
    await page.waitForURL(/\/compare/);
    await poll(() => page.locator('h1').first().textContent()).toBe(en.compare.title);

    await pick(page, en.compare.from, /^2025 · Joint Communiqué/);
    await pick(page, en.compare.to, /4th Meeting/);
    await poll(() => select(page, en.compare.from).inputValue()).toMatch(/^2025 · Joint Communiqué/);
    await poll(() => select(page, en.compare.to).inputValue()).toMatch(/4th Meeting/);

    const newItems = page.locator('section[aria-labelledby^="topic-"] li[data-change="new"]');
    await poll(() => newItems.count()).toBeGreaterThan(0);
    await poll(() => newItems.first().getByText(en.compare.change.new, { exact: true }).isVisible()).toBe(true);
    await poll(() => newItems.filter({ hasText: /green hydrogen/i }).count()).toBeGreaterThan(0);
    await poll(() =>
      page.getByRole('list', { name: en.compare.totals }).getByText(en.compare.change.new, { exact: true }).isVisible(),
    ).toBe(true);
    expect(await seriousAxeViolations(page), page.url()).toEqual([]);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('stays readable 375 px wide', async () => {
    const { page, failures, context } = await newPage(browser, { language: 'ru', width: 375 });
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('sco.language', 'ru'));
    await page.goto('/compare');
    await page.locator('section[aria-labelledby^="topic-"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAxeViolations(page), page.url()).toEqual([]);
    expect(failures).toEqual([]);
    await context.close();
  });
});
