import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SignedIn, signIn } from '../../../../apps/server/src/testing/sign-in.ts';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';
import { insertTestProfile, insertTestProject, testContact } from '../saved-searches/listing-fixtures.ts';

let platform: TestPlatform;
let owner: SignedIn;
let secretariat: SignedIn;
let publishedId: string;
let draftId: string;
let profileId: string;

const country = 'TJ';
/** Leaves out demo listings the seed may hold for the same country: these tests read only their own rows. */
const ownRows = `country=${country}&demo=no`;
const marker = 'Exporttestmarker';

const download = (url: string, as: SignedIn | null = null) =>
  platform.app.inject({ method: 'GET', url: `/api/v1/investment/exports/${url}`, headers: as?.headers ?? {} });

/** Parses the CSV this platform writes (RFC 4180), enough to read back what the tests wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index++;
    } else field += character;
  }
  return rows;
}

const recordsOf = (csv: string) => {
  const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ''])));
};

beforeAll(async () => {
  platform = await createTestPlatform();
  [owner, secretariat] = await Promise.all([
    signIn(platform.app, { role: 'business' }),
    signIn(platform.app, { role: 'secretariat' }),
  ]);
  const { db } = platform.connection;
  publishedId = await insertTestProject(db, {
    ownerUserId: owner.user.id,
    countryCode: country,
    title: { ru: `${marker} ГЭС`, en: '=HYPERLINK("http://evil.example","click")' },
    summary: { ru: 'Малая ГЭС, "под ключ",\nвторая строка' },
    sponsorName: '@sponsor',
    keywords: ['hydro', 'small'],
  });
  draftId = await insertTestProject(db, {
    ownerUserId: owner.user.id,
    countryCode: country,
    status: 'draft',
    title: { en: `${marker} draft` },
  });
  profileId = await insertTestProfile(db, {
    ownerUserId: owner.user.id,
    countryCode: country,
    title: { zh: '清洁能源投资' },
    isDemo: true,
  });
});
afterAll(() => platform?.close());

describe('project exports', () => {
  it('writes RFC 4180 CSV with a byte order mark, safe from formulas, in the requested language', async () => {
    const response = await download(`projects.csv?${ownRows}&lang=en`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="sco-investment-projects-.*-en\.csv"$/,
    );
    expect(response.body.startsWith('\uFEFF')).toBe(true);
    expect(response.body).toContain('\r\n');
    const records = recordsOf(response.body);
    expect(records.map((record) => record.id)).toEqual([publishedId]);
    const [record] = records;
    expect(record).toMatchObject({
      title: `'=HYPERLINK("http://evil.example","click")`,
      title_language: 'en',
      summary: 'Малая ГЭС, "под ключ",\nвторая строка',
      summary_language: 'ru',
      sponsor_name: "'@sponsor",
      country_code: country,
      keywords: 'hydro; small',
      demo: 'false',
    });
    expect(record?.provenance).toContain('published after moderation');
  });

  it('shows only what the caller may see in the list and never a contact', async () => {
    const anonymous = await download(`projects.csv?country=${country}`);
    expect(anonymous.body).not.toContain(draftId);
    const ownView = await download(`projects.csv?country=${country}&mine=yes`, owner);
    expect(
      recordsOf(ownView.body)
        .map((record) => record.id)
        .sort(),
    ).toEqual([publishedId, draftId].sort());
    const curatorView = await download(`projects.json?country=${country}`, secretariat);
    expect(curatorView.json().items.map((item: { id: string }) => item.id)).toContain(draftId);
    for (const body of [anonymous.body, ownView.body, curatorView.body]) {
      expect(body).not.toContain(testContact.email);
      expect(body).not.toContain(testContact.phone);
      expect(body).not.toContain(testContact.name);
    }
    expect((await download('projects.csv?mine=yes')).statusCode).toBe(401);
  });

  it('wraps JSON in a source block naming what, when, the filters and the demo note', async () => {
    const response = await download(`projects.json?${ownRows}&lang=ru`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.source).toMatchObject({
      publisher: 'SCO Cooperation Platform',
      language: 'ru',
      filters: { country, demo: 'no' },
    });
    expect(body.source.demoNote).toContain('demo = true');
    expect(Date.parse(body.source.generatedAt)).not.toBeNaN();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({
      id: publishedId,
      title: `${marker} ГЭС`,
      title_language: 'ru',
      keywords: ['hydro', 'small'],
    });
  });

  it('refuses filters the list refuses', async () => {
    const response = await download('projects.csv?stage=finished');
    expect(response.statusCode).toBe(400);
    expect((await download('projects.json?lang=fr')).statusCode).toBe(400);
  });
});

describe('profile, incentive and park exports', () => {
  it('exports profiles without contacts, even to their owner, marking demo rows', async () => {
    for (const as of [null, owner]) {
      const response = await download(`profiles.csv?country=${country}&lang=ru`, as);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(testContact.email);
      const [record] = recordsOf(response.body).filter((row) => row.id === profileId);
      expect(record).toMatchObject({ title: '清洁能源投资', title_language: 'zh', demo: 'true' });
      expect(record?.provenance).toContain('demo');
    }
  });

  it('exports incentives and parks with their header and source', async () => {
    for (const dataset of ['incentives', 'parks']) {
      const csv = await download(`${dataset}.csv`);
      expect(csv.statusCode).toBe(200);
      const [header] = parseCsv(csv.body.replace(/^\uFEFF/, ''));
      expect(header).toContain('demo');
      expect(header).toContain('provenance');
      expect(header).toContain(dataset === 'parks' ? 'name_language' : 'title_language');
      const json = await download(`${dataset}.json?lang=zh`);
      expect(json.statusCode).toBe(200);
      expect(json.json().source.language).toBe('zh');
      expect(json.body).not.toMatch(/"contact"/);
    }
  });
});
