import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPlatform, type TestPlatform } from '../../../../apps/server/src/testing/test-platform.ts';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform();
});
afterAll(() => platform?.close());

describe('GET /investment/reference', () => {
  it('serves ISIC Rev.4, the SDGs and ISO 4217 currencies with names in three languages and their sources', async () => {
    const response = await platform.app.inject('/api/v1/investment/reference');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.isic.sections).toHaveLength(21);
    expect(body.isic.sections.flatMap((section: { divisions: unknown[] }) => section.divisions)).toHaveLength(88);
    const manufacturing = body.isic.sections.find((section: { code: string }) => section.code === 'C');
    expect(manufacturing.divisions).toHaveLength(24);
    expect(manufacturing.name.en).toEqual({ text: 'Manufacturing', provenance: 'official' });
    expect(manufacturing.name.zh).toEqual({ text: '制造业', provenance: 'unofficial_translation' });
    expect(body.isic.source).toContain('ISIC Rev.4');
    expect(body.sdgs.goals).toHaveLength(17);
    expect(body.sdgs.goals[8]).toMatchObject({
      number: 9,
      name: { en: { text: 'Industry, innovation and infrastructure' } },
    });
    expect(body.sdgs.source).toContain('A/RES/70/1');
    const codes = body.currencies.items.map((item: { code: string }) => item.code);
    for (const code of ['CNY', 'RUB', 'INR', 'KZT', 'KGS', 'UZS', 'TJS', 'PKR', 'IRR', 'BYN', 'USD']) {
      expect(codes).toContain(code);
    }
    expect(body.currencies.source).toContain('ISO 4217');
  });
});
