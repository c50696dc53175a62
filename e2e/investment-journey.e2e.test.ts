/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/locales/en.json' with { type: 'json' };
import ru from '../apps/web/src/locales/ru.json' with { type: 'json' };
import zh from '../apps/web/src/locales/zh.json' with { type: 'json' };
import { countries } from '../packages/core/src/countries.ts';
import { launchBrowser, newPage, seriousAxeViolations } from './support/browser.ts';
import { focalPointKz, investor, projectSponsor } from './support/users.ts';

/**
 * The Investment module's journey, once per language with its own project: a business submits a project in
 * Kazakhstan, the Kazakh focal point publishes it, an investor publishes a fitting profile and finds the project with
 * an explained match, expresses interest, the sponsor accepts and both see each other's contact, they book a meeting
 * at the "SCO Investment" forum, and the project page lists the incentives it qualifies for. Every UI word the test
 * looks for comes from the locale files.
 */
type Language = 'zh' | 'ru' | 'en';
const languages: Language[] = ['zh', 'ru', 'en'];
const locales = { zh, ru, en } as const;

let browser: Browser;
/** Pages load data after navigation: wait for what the user would wait for. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 30_000, interval: 250 });
const stamp = Date.now().toString(36);
const shotsDir = '/tmp/investment-shots';

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(shotsDir, { recursive: true });
});
afterAll(() => browser?.close());

/** The UI string `key` (dotted path) in `language`, with `{{name}}` placeholders filled in. */
function ui(language: Language, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = locales[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No UI string ${key} in ${language}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A UI template as a pattern: its placeholders match anything. */
const templatePattern = (language: Language, key: string) =>
  new RegExp(
    ui(language, key)
      .split(/\{\{\w+\}\}/)
      .map(escapeRegExp)
      .join('.+'),
  );
/** A field's label as its accessible name: the text, then the asterisk Mantine adds to required fields. */
const labelled = (label: string) => new RegExp(`^${escapeRegExp(label)}(\\s*\\*)?$`);
const countryName = (code: string, language: Language) =>
  countries.find((country) => country.code === code)?.name[language] ?? code;

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
}

async function useLanguage(page: Page, language: Language) {
  await page.goto('/');
  await page.evaluate((value) => localStorage.setItem('sco.language', value), language);
}

async function signIn(page: Page, user: { email: string; password: string }, language: Language) {
  await useLanguage(page, language);
  await page.goto('/login');
  await page.getByRole('textbox', { name: ui(language, 'login.email') }).fill(user.email);
  await page.getByRole('textbox', { name: ui(language, 'login.password') }).fill(user.password);
  await page.getByRole('button', { name: ui(language, 'login.submit') }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Opens a Mantine select or multi-select by its label, optionally types to filter, and picks the option. Selects
 * whose options are still loading stay closed, so the list is opened again until the option shows.
 */
async function choose(page: Page, label: string, option: string | RegExp, typed?: string) {
  const input = page.getByRole('combobox', { name: labelled(label) });
  const choice = page.getByRole('option', { name: option }).first();
  await poll(async () => {
    if (await choice.isVisible()) return true;
    // A multi-select's pills wrapper takes the pointer; the click reaches the field that opens the list either way.
    await input.click({ force: true });
    if (typed !== undefined) await input.fill(typed);
    return choice.isVisible({ timeout: 2_000 }).catch(() => false);
  }).toBe(true);
  await choice.click();
}

async function addTags(page: Page, label: string, tags: string[]) {
  const input = page.getByRole('combobox', { name: labelled(label) });
  for (const tag of tags) {
    await input.fill(tag);
    await input.press('Enter');
  }
}

/** The page's visible text must not contain an English UI string that the page's language words differently. */
async function expectNoEnglish(page: Page, language: Language, keys: string[]) {
  if (language === 'en') return;
  // Rendered text only: what a reader sees, not hidden markup.
  // biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point here
  const text = await page.locator('body').innerText();
  for (const key of keys) {
    const english = ui('en', key);
    if (english === ui(language, key)) continue;
    expect(text.includes(english), `English "${english}" (${key}) on a ${language} page ${page.url()}`).toBe(false);
  }
}

/** Waits until a form has saved and moved on to the record's page; a refusal fails with the alerts it showed. */
async function waitForSaved(page: Page, listingPath: RegExp) {
  await poll(async () => {
    const { pathname } = new URL(page.url());
    if (listingPath.test(pathname) && !pathname.endsWith('/new')) return true;
    const alerts = await page.getByRole('alert').allTextContents();
    return `not saved yet; alerts: ${alerts.join(' | ')}`;
  }).toBe(true);
}

async function headingTexts(page: Page) {
  return (await page.getByRole('heading').allTextContents()).map((text) => text.trim());
}

const forumLink = (page: Page) => page.locator('a[href^="/investment/forums/"]').first();

for (const language of languages) {
  describe(`the investment journey in ${language}`, () => {
    const runs = {
      project: `${language === 'zh' ? '阿拉木图光伏电站' : language === 'ru' ? 'Солнечная электростанция Алматы' : 'Almaty solar power plant'} ${stamp}-${language}`,
      profile: `${language === 'zh' ? '中亚清洁能源基金' : language === 'ru' ? 'Фонд чистой энергии' : 'Clean energy fund'} ${stamp}-${language}`,
      sponsorEmail: `sponsor-${stamp}-${language}@steppe-solar.example`,
      investorEmail: `investor-${stamp}-${language}@silk-road-capital.example`,
      message: `${stamp}-${language}: we invest equity in Central Asian solar power and would like to meet.`,
    };
    let projectPath = '';
    let profilePath = '';
    const contexts: BrowserContext[] = [];
    const open = async () => {
      const opened = await newPage(browser, { language });
      contexts.push(opened.context);
      return opened;
    };
    afterAll(async () => {
      for (const context of contexts) await context.close();
    });

    it('the sponsor submits a project in Kazakhstan through the form', { timeout: 180_000 }, async () => {
      const { page, failures } = await open();
      await signIn(page, projectSponsor, language);
      await page.goto('/investment/projects/new');
      await poll(() => page.locator('h1').first().textContent()).toBe(ui(language, 'invProjects.form.newTitle'));
      const languageName = ui(language, `languageName.${language}`);
      await page
        .getByLabel(labelled(ui(language, 'invProjects.form.titleIn', { language: languageName })))
        .fill(runs.project);
      await page
        .getByLabel(labelled(ui(language, 'invProjects.form.summaryIn', { language: languageName })))
        .fill(`${runs.project}: 100 MW photovoltaic plant with storage near Almaty, grid connection agreed.`);
      await page.getByLabel(labelled(ui(language, 'invProjects.field.sponsor'))).fill('Steppe Solar LLP');
      await addTags(page, ui(language, 'invProjects.field.keywords'), ['solar', 'photovoltaic']);
      await choose(page, ui(language, 'invProjects.field.country'), countryName('KZ', language));
      await page.getByLabel(labelled(ui(language, 'invProjects.field.regionName'))).fill('Almaty');
      await page.getByLabel(labelled(ui(language, 'invProjects.field.latitude'))).fill('43.35');
      await page.getByLabel(labelled(ui(language, 'invProjects.field.longitude'))).fill('77.05');
      await choose(page, ui(language, 'invProjects.field.sector'), /^35 · /, '35');
      await choose(
        page,
        ui(language, 'invProjects.field.stage'),
        ui(language, 'investment.vocab.stage.ready_for_financing'),
      );
      await page.getByLabel(labelled(ui(language, 'invProjects.field.capitalCost'))).fill('120000000');
      await choose(page, ui(language, 'invProjects.field.currency'), /^USD · /, 'USD');
      await page
        .getByRole('checkbox', { name: ui(language, 'investment.vocab.instrument.equity'), exact: true })
        .check();
      await page.getByLabel(labelled(ui(language, 'invProjects.field.financingAmount'))).fill('60000000');
      await page.getByLabel(labelled(ui(language, 'invProjects.field.jobs'))).fill('250');
      await addTags(page, ui(language, 'invProjects.field.languages'), ['ru', 'en']);
      await page.getByLabel(labelled(ui(language, 'invProjects.field.contactName'))).fill('Dana Sponsor');
      await page.getByLabel(labelled(ui(language, 'invProjects.field.contactEmail'))).fill(runs.sponsorEmail);
      await expectAccessible(page);
      await page.getByRole('button', { name: ui(language, 'invProjects.form.saveAndSubmit') }).click();
      await waitForSaved(page, /^\/investment\/projects\/[^/]+$/);
      projectPath = new URL(page.url()).pathname;
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.project);
      await poll(() =>
        page.getByText(ui(language, 'investment.vocab.status.submitted'), { exact: true }).count(),
      ).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });

    it('the Kazakh focal point publishes it from the moderation queue', { timeout: 120_000 }, async () => {
      expect(projectPath).not.toBe('');
      const { page, failures } = await open();
      await signIn(page, focalPointKz, language);
      await page.goto('/investment/moderation');
      await poll(() => page.locator('h1').first().textContent()).toBe(ui(language, 'invProjects.moderation.title'));
      const card = page.getByRole('article').filter({ hasText: runs.project });
      await card.waitFor();
      await expectAccessible(page);
      await card.getByRole('button', { name: ui(language, 'invProjects.moderation.publish') }).click();
      await poll(() => page.getByText(ui(language, 'invProjects.moderation.published')).count()).toBeGreaterThan(0);
      expect(failures).toEqual([]);
    });

    it('the investor publishes a fitting profile and finds the project with an explained match', {
      timeout: 180_000,
    }, async () => {
      const { page, failures } = await open();
      await signIn(page, investor, language);
      await page.goto('/investment/profiles/new');
      await poll(() => page.locator('h1').first().textContent()).toBe(ui(language, 'invMatching.form.newTitle'));
      await choose(
        page,
        ui(language, 'invMatching.fields.investorType'),
        ui(language, 'investment.vocab.investorType.private_equity'),
      );
      await page.getByLabel(labelled(ui(language, 'invMatching.fields.organisation'))).fill('Silk Road Capital');
      await choose(
        page,
        ui(language, 'invMatching.fields.country'),
        countryName('CN', language),
        countryName('CN', language),
      );
      const languageName = ui(language, `languageName.${language}`);
      await page
        .getByLabel(labelled(ui(language, 'invMatching.form.titleIn', { language: languageName })))
        .fill(runs.profile);
      await page
        .getByLabel(labelled(ui(language, 'invMatching.form.descriptionIn', { language: languageName })))
        .fill(`${runs.profile}: equity for utility-scale solar and wind in Central Asia.`);
      await page.getByLabel(labelled(ui(language, 'invMatching.fields.ticketMin'))).fill('10000000');
      await page.getByLabel(labelled(ui(language, 'invMatching.fields.ticketMax'))).fill('100000000');
      await choose(page, ui(language, 'invMatching.fields.sectors'), /^35 /, '35');
      await page.keyboard.press('Escape');
      await choose(
        page,
        ui(language, 'invMatching.fields.targetCountries'),
        countryName('KZ', language),
        countryName('KZ', language),
      );
      await page.keyboard.press('Escape');
      await choose(
        page,
        ui(language, 'invMatching.fields.stages'),
        ui(language, 'investment.vocab.stage.ready_for_financing'),
      );
      await page.keyboard.press('Escape');
      await choose(
        page,
        ui(language, 'invMatching.fields.instruments'),
        ui(language, 'investment.vocab.instrument.equity'),
      );
      await page.keyboard.press('Escape');
      const russianName = await page.evaluate(
        (tag) => new Intl.DisplayNames([tag], { type: 'language' }).of('ru') ?? 'ru',
        { zh: 'zh-CN', ru: 'ru-RU', en: 'en-GB' }[language],
      );
      await choose(page, ui(language, 'invMatching.fields.languages'), russianName, russianName);
      await page.keyboard.press('Escape');
      await addTags(page, ui(language, 'invMatching.fields.keywords'), ['solar']);
      await page.getByLabel(labelled(ui(language, 'invMatching.form.contactName'))).fill('Li Investor');
      await page.getByLabel(labelled(ui(language, 'invMatching.form.contactEmail'))).fill(runs.investorEmail);
      await expectAccessible(page);
      await page.getByRole('button', { name: ui(language, 'invMatching.form.publish') }).click();
      await waitForSaved(page, /^\/investment\/profiles\/[^/]+$/);
      profilePath = new URL(page.url()).pathname;
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.profile);

      const match = page.locator('li.listing-match').filter({ hasText: runs.project });
      await match.waitFor({ timeout: 30_000 });
      await expect(
        match.getByRole('progressbar', { name: templatePattern(language, 'invMatching.scoreLabel') }).count(),
      ).resolves.toBe(1);
      const matchText = await match.textContent();
      expect(matchText).toContain(`${ui(language, 'invMatching.factor.sector')}:`);
      expect(matchText).toContain(
        ui(language, 'invMatching.reason.sector.division', { seeker: '35', candidate: '35' }),
      );
      expect(matchText).toContain(
        ui(language, 'invMatching.reason.place.country', { country: countryName('KZ', language) }),
      );
      await expectAccessible(page);
      await expectNoEnglish(page, language, [
        'invMatching.title',
        'invMatching.intro',
        'invMatching.factor.sector',
        'invMatching.factor.ticket',
      ]);

      await match.getByRole('link', { name: runs.project }).click();
      await page.waitForURL((url) => url.pathname === projectPath);
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.project);
      expect(failures).toEqual([]);
    });

    it('the investor expresses interest; the contact stays hidden until the sponsor accepts', {
      timeout: 180_000,
    }, async () => {
      expect(projectPath).not.toBe('');
      const { page, failures } = await open();
      await signIn(page, investor, language);
      await page.goto(projectPath);
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.project);
      await poll(() => page.getByText(ui(language, 'invProjects.detail.contactHidden')).count()).toBe(1);
      expect(await page.getByText(runs.sponsorEmail).count()).toBe(0);

      await page.getByRole('button', { name: ui(language, 'invDeals.express.button') }).click();
      const dialog = page.getByRole('dialog');
      await choose(
        page,
        ui(language, 'invDeals.express.source'),
        `${ui(language, 'invDeals.kind.profile')}: ${runs.profile}`,
      );
      await dialog.getByLabel(labelled(ui(language, 'invDeals.express.message'))).fill(runs.message);
      await expectAccessible(page);
      await dialog.getByRole('button', { name: ui(language, 'invDeals.express.submit'), exact: true }).click();
      await poll(() => page.getByText(ui(language, 'invDeals.express.sent')).count()).toBeGreaterThan(0);

      await page.goto('/investment/interests?box=sent');
      const sent = page.locator('[id^="interest-"]').filter({ hasText: runs.message });
      await sent.waitFor();
      await expect(sent.getByText(ui(language, 'investment.vocab.interestStatus.pending')).count()).resolves.toBe(1);
      await expect(sent.getByText(ui(language, 'invDeals.interests.contactsHidden')).count()).resolves.toBe(1);
      expect(await page.getByText(runs.sponsorEmail).count()).toBe(0);

      const sponsor = await open();
      await signIn(sponsor.page, projectSponsor, language);
      await sponsor.page.goto('/investment/interests');
      await poll(() => sponsor.page.locator('h1').first().textContent()).toBe(ui(language, 'invDeals.interests.title'));
      const received = sponsor.page.locator('[id^="interest-"]').filter({ hasText: runs.message });
      await received.waitFor();
      expect(await sponsor.page.getByText(runs.investorEmail).count()).toBe(0);
      await expectAccessible(sponsor.page);
      await expectNoEnglish(sponsor.page, language, [
        'invDeals.interests.title',
        'invDeals.interests.intro',
        'invDeals.interests.accept',
        'invDeals.interests.decline',
        'invDeals.interests.contactsHidden',
      ]);
      const [accepted] = await Promise.all([
        sponsor.page.waitForResponse(
          (response) => response.request().method() === 'POST' && response.url().endsWith('/accept'),
        ),
        received.getByRole('button', { name: ui(language, 'invDeals.interests.accept') }).click(),
      ]);
      expect(accepted.status(), await accepted.text()).toBe(200);
      await poll(() => received.getByText(runs.investorEmail).count()).toBe(1);
      await expect(received.getByText(ui(language, 'invDeals.contact.sourceTitle')).count()).resolves.toBe(1);
      await expect(received.getByText(ui(language, 'investment.vocab.interestStatus.accepted')).count()).resolves.toBe(
        1,
      );

      await page.reload();
      await poll(() => sent.getByText(runs.sponsorEmail).count()).toBe(1);
      await expect(sent.getByText(ui(language, 'invDeals.contact.targetTitle')).count()).resolves.toBe(1);
      await page.goto(projectPath);
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.project);
      await poll(() => page.getByText(runs.sponsorEmail).count()).toBe(1);
      expect(await page.getByText(ui(language, 'invProjects.detail.contactHidden')).count()).toBe(0);
      expect(failures).toEqual([]);
      expect(sponsor.failures).toEqual([]);
    });

    it('a meeting is requested at the "SCO Investment" forum and confirmed by the other side', {
      timeout: 180_000,
    }, async () => {
      expect(projectPath).not.toBe('');
      const { page, failures } = await open();
      await signIn(page, investor, language);
      await page.goto('/investment/forums');
      await poll(() => page.locator('h1').first().textContent()).toBe(ui(language, 'invDeals.forums.title'));
      await forumLink(page).click();
      await page.waitForURL(/\/investment\/forums\/[^/]+$/);
      const forumPath = new URL(page.url()).pathname;
      await page.getByRole('button', { name: ui(language, 'invDeals.book.button') }).click();
      await choose(page, ui(language, 'invDeals.book.interest'), new RegExp(escapeRegExp(runs.project)));
      const slotInput = page.getByRole('combobox', { name: labelled(ui(language, 'invDeals.book.slot')) });
      await slotInput.click();
      // Each language books its own slot of the first day, so the three runs never compete for one.
      const slotOption = page.getByRole('option').nth(2 + languages.indexOf(language) * 2);
      const slotLabel = (await slotOption.textContent())?.trim() ?? '';
      const slotTime = slotLabel.split(/\s+/).at(-1) ?? '';
      expect(slotTime).toMatch(/^\d\d:\d\d$/);
      await slotOption.click();
      await expectAccessible(page);
      await page
        .getByRole('dialog')
        .getByRole('button', { name: ui(language, 'invDeals.book.submit') })
        .click();
      await poll(() => page.getByText(ui(language, 'invDeals.book.done')).count()).toBeGreaterThan(0);
      const requestedRow = page.locator('table.schedule-grid').first().locator('tr').filter({ hasText: slotTime });
      await poll(() => requestedRow.getByText(ui(language, 'investment.vocab.meetingStatus.requested')).count()).toBe(
        1,
      );

      const sponsor = await open();
      await signIn(sponsor.page, projectSponsor, language);
      await sponsor.page.goto(forumPath);
      const row = sponsor.page.locator('table.schedule-grid').first().locator('tr').filter({ hasText: slotTime });
      await row.getByRole('button', { name: ui(language, 'invDeals.schedule.confirm') }).click();
      await poll(() => row.getByText(ui(language, 'investment.vocab.meetingStatus.confirmed')).count()).toBe(1);
      await expect(row.textContent()).resolves.toMatch(templatePattern(language, 'invDeals.schedule.table'));
      await expectAccessible(sponsor.page);
      await expectNoEnglish(sponsor.page, language, [
        'invDeals.schedule.title',
        'invDeals.schedule.downloadAll',
        'invDeals.forums.dates',
        'invDeals.forums.place',
        'invDeals.schedule.free',
      ]);

      await page.reload();
      const confirmedRow = page.locator('table.schedule-grid').first().locator('tr').filter({ hasText: slotTime });
      await poll(() => confirmedRow.getByText(ui(language, 'investment.vocab.meetingStatus.confirmed')).count()).toBe(
        1,
      );
      const ics = confirmedRow.getByRole('link', { name: ui(language, 'invDeals.schedule.download') });
      const href = await ics.getAttribute('href');
      expect(href).toBeTruthy();
      const calendar = await page.request.get(href ?? '');
      expect(calendar.status()).toBe(200);
      expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR/);
      const schedule = await page.request.get(
        (await page.getByRole('link', { name: ui(language, 'invDeals.schedule.downloadAll') }).getAttribute('href')) ??
          '',
      );
      expect(await schedule.text()).toMatch(/^BEGIN:VCALENDAR/);
      expect(failures).toEqual([]);
      expect(sponsor.failures).toEqual([]);
    });

    it('the project page lists the incentives the project qualifies for, in the page language', {
      timeout: 120_000,
    }, async () => {
      expect(projectPath).not.toBe('');
      const { page, failures } = await open();
      await useLanguage(page, language);
      await page.goto(projectPath);
      await poll(() => page.locator('h1').first().textContent()).toContain(runs.project);
      const qualifying = page.getByRole('region', {
        name: ui(language, 'invIncentives.verdict.qualifies'),
        exact: true,
      });
      await poll(() => qualifying.getByRole('article').count()).toBeGreaterThan(0);
      const headings = await headingTexts(page);
      for (const key of [
        'invProjects.detail.contact',
        'invProjects.detail.incentives',
        'invProjects.detail.matches',
        'invProjects.detail.interest',
        'invIncentives.verdict.qualifies',
      ]) {
        expect(headings, key).toContain(ui(language, key));
      }
      await expectAccessible(page);
      await expectNoEnglish(page, language, [
        'invProjects.detail.contact',
        'invProjects.detail.contactHidden',
        'invProjects.detail.incentives',
        'invProjects.detail.matches',
        'invProjects.detail.interest',
        'invProjects.field.sponsor',
        'invProjects.field.capitalCost',
        'invProjects.field.financing',
        'invIncentives.verdict.qualifies',
        'invDeals.express.signInText',
      ]);
      expect(failures).toEqual([]);
    });

    it('the module pages pass axe, fit 375 px, and are screenshotted', { timeout: 300_000 }, async () => {
      expect(profilePath).not.toBe('');
      const { page, failures, context } = await newPage(browser, { language, width: 375 });
      contexts.push(context);
      await signIn(page, investor, language);
      const forumsPage =
        (await (async () => {
          await page.goto('/investment/forums');
          await forumLink(page).waitFor();
          return forumLink(page).getAttribute('href');
        })()) ?? '';
      const pages: { path: string; shot?: string; heading?: string }[] = [
        { path: '/investment/projects', heading: 'invProjects.list.title' },
        { path: projectPath, shot: 'project-detail' },
        { path: '/investment/profiles', shot: 'profiles', heading: 'invMatching.list.title' },
        { path: '/investment/incentives', heading: 'invIncentives.list.title' },
        { path: '/investment/parks', heading: 'invIncentives.parks.title' },
        { path: forumsPage, shot: 'forum' },
        { path: '/investment/interests?box=sent', shot: 'interests', heading: 'invDeals.interests.title' },
      ];
      const overflowing: string[] = [];
      for (const { path, shot, heading } of pages) {
        await page.goto(path);
        await page.locator('h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        if (heading) await poll(() => page.locator('h1').first().textContent()).toBe(ui(language, heading));
        if (shot) await page.screenshot({ path: `${shotsDir}/${shot}-${language}.png`, fullPage: true });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) overflowing.push(`${path}: ${overflow}px`);
        await expectAccessible(page);
      }
      expect(overflowing).toEqual([]);
      expect(failures).toEqual([]);
    });
  });
}
