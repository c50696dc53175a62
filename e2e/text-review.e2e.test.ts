/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import { launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';
import { focalPointKz, secretariatOfficer } from './support/users.ts';

/**
 * Reviewing a text before it is published: the Secretariat adds an English communiqué, sees what was extracted
 * highlighted in the text, removes a fact, corrects a stance and publishes; the meeting and its statements are then
 * public. A focal point may not open the review.
 */
let browser: Browser;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 200 });

/** A small communiqué in the form the English parser reads (written for this journey, not an SCO text). */
const communique = `Joint Communiqué of the 3rd Meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation Member States
On 12 March 2026, the 3rd meeting of the Council of Heads of Government (Prime Ministers) of the Shanghai Cooperation Organisation Member States was held in Dushanbe.
Taking part in the meeting were Prime Minister of the Republic of Kazakhstan Olzhas Bektenov, Premier of the State Council of the People's Republic of China Li Qiang, Chairman of the Cabinet of Ministers of the Kyrgyz Republic Adylbek Kasymaliev and Prime Minister of the Republic of Tajikistan Kokhir Rasulzoda.
The meeting was chaired by Prime Minister of the Republic of Tajikistan Kokhir Rasulzoda.
1. The heads of delegation emphasized the importance of implementing the SCO Development Strategy until 2035.
2. The heads of delegation supported the proposal to establish the SCO Development Bank.
3. The heads of delegation noted the proposal to create an SCO digital trade platform.
4. The heads of delegation welcomed the holding of the SCO Energy Forum in Almaty in 2026.
`;

/** The page of the draft the Secretariat created, for the focal point to try (any draft id when it failed). */
let draftPath = '';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

async function signIn(page: Page, user: { email: string; password: string }) {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('sco.language', 'en'));
  await page.goto('/login');
  await page.getByRole('textbox', { name: en.login.email }).fill(user.email);
  await page.getByRole('textbox', { name: en.login.password }).fill(user.password);
  await page.getByRole('button', { name: en.login.submit }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A label template with its placeholder turned into "anything", e.g. `Remove “{{fact}}”` → /^Remove “.+”$/. */
const templatePattern = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\{\s*\w+\s*\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );

const statementCard = (page: Page, ordinal: number) =>
  page.getByRole('article', { name: en.texts.review.paragraph.replace('{{ordinal}}', String(ordinal)) });

describe('reviewing a text before it is published', () => {
  it('the Secretariat adds a text, corrects what was extracted and publishes it', { timeout: 240_000 }, async () => {
    const { page, failures, context } = await newPage(browser, { language: 'en' });
    await signIn(page, secretariatOfficer);

    await page.getByRole('navigation', { name: en.nav.main }).getByRole('link', { name: en.texts.nav.add }).click();
    await page.waitForURL(/\/texts\/new$/);
    // Something that is not an SCO text is refused with the reason.
    await page.getByRole('textbox', { name: en.texts.add.text }).fill('Minutes of the residents’ meeting, 3 May.');
    await page.getByRole('button', { name: en.texts.add.submit }).click();
    const refusal = page.getByRole('alert').filter({ hasText: en.texts.add.refusedTitle });
    await poll(() => refusal.count()).toBe(1);
    expect(await refusal.textContent()).toMatch(/not an SCO text|not in Chinese, Russian or English/);

    await page.getByRole('textbox', { name: en.texts.add.text }).fill(communique);
    await page.getByRole('radio', { name: en.texts.provenance.official, exact: true }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: en.texts.add.submit }).click();
    await page.waitForURL(/\/texts\/review\/[0-9a-f-]{36}$/);
    draftPath = new URL(page.url()).pathname;

    // Every kind of extracted fact is highlighted in the text.
    const text = page.getByRole('region', { name: en.texts.review.text });
    for (const kind of ['participant', 'document', 'event', 'initiative']) {
      await poll(() => text.locator(`.fact[data-kind="${kind}"]`).count()).toBeGreaterThan(0);
    }
    await poll(() => page.getByRole('article').count()).toBe(4);
    await expectAccessible(page);

    // Remove the event extracted from statement 4.
    const fourth = statementCard(page, 4);
    const remove = fourth.getByRole('button', { name: templatePattern(en.texts.review.removeFact) });
    await remove.click();
    await page.getByRole('dialog').getByRole('button', { name: en.texts.review.remove, exact: true }).click();
    await poll(() => fourth.getByText(en.texts.review.noFacts).count()).toBe(1);
    await poll(() => text.locator('.fact[data-kind="event"]').count()).toBe(0);

    // Statement 3 merely noted the proposal; the reviewer records that it was supported.
    const third = statementCard(page, 3);
    await third.getByRole('combobox', { name: en.common.stance }).click();
    await page.getByRole('option', { name: en.vocab.stance.supported, exact: true }).click();
    await poll(() => third.getByRole('combobox', { name: en.common.stance }).inputValue()).toBe(
      en.vocab.stance.supported,
    );
    await poll(() =>
      page.getByRole('heading', { name: en.texts.corrections.title.replace('{{count}}', '2') }).count(),
    ).toBe(1);

    // Publish, and land on the public meeting page.
    await page.getByRole('button', { name: en.texts.decision.publish }).first().click();
    const dialog = page.getByRole('dialog', { name: en.texts.decision.publishTitle });
    await dialog.getByRole('button', { name: en.texts.decision.publishConfirm }).click();
    await page.waitForURL(/\/meetings\/[^/]+$/);
    await poll(() => page.locator('h1').first().textContent()).toContain(
      '3rd Meeting of the Council of Heads of Government',
    );
    await poll(() => page.getByText(en.texts.provenance.official).count()).toBeGreaterThan(0);

    // Its statements are public, with the corrected stance.
    await page.getByRole('link', { name: en.meetings.statementCount.replace('{{count}}', '4') }).click();
    await page.waitForURL(/\/statements\?meeting=/);
    const results = page.getByRole('region', { name: en.statements.resultsLabel }).getByRole('article');
    await poll(() => results.count()).toBe(4);
    await poll(() =>
      results
        .filter({ hasText: 'digital trade platform' })
        .getByText(en.vocab.stance.supported, { exact: true })
        .count(),
    ).toBe(1);

    // The draft has left the queue.
    await page.goto('/texts/review?status=published');
    await poll(() => page.getByRole('article').filter({ hasText: '3rd Meeting' }).count()).toBe(1);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('a focal point cannot open the review of a text', async () => {
    const { page, context } = await newPage(browser, { language: 'en' });
    await signIn(page, focalPointKz);
    await page.goto(draftPath || '/texts/review/00000000-0000-4000-8000-000000000000');
    await poll(() => page.locator('h1').first().textContent()).toBe(en.guard.forbiddenTitle);
    expect(await page.getByRole('button', { name: en.texts.decision.publish }).count()).toBe(0);
    await page.goto('/texts/review');
    await poll(() => page.locator('h1').first().textContent()).toBe(en.guard.forbiddenTitle);
    expect(
      await page
        .getByRole('navigation', { name: en.nav.main })
        .getByRole('link', { name: en.texts.nav.review })
        .count(),
    ).toBe(0);
    await context.close();
  });
});
