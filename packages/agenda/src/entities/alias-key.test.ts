import { describe, expect, it } from 'vitest';
import { aliasKey } from './alias-key.ts';

describe('aliasKey', () => {
  it('ignores quotes, brackets, case, articles and spacing', () => {
    expect(aliasKey('the “SCO Development Strategy until 2035”')).toBe(aliasKey('SCO development strategy until 2035'));
    expect(aliasKey('《上合组织宪章》')).toBe(aliasKey('上合组织宪章'));
    expect(aliasKey('«Устав ШОС»')).toBe('устав шос');
  });

  it('treats the long and short names of the Organisation and British/American spelling alike', () => {
    expect(aliasKey('上海合作组织宪章')).toBe(aliasKey('上合组织宪章'));
    expect(aliasKey('Charter of the Shanghai Cooperation Organisation')).toBe(aliasKey('Charter of the SCO'));
    expect(aliasKey('Устав Шанхайской организации сотрудничества')).toBe(aliasKey('Устав ШОС'));
    expect(aliasKey('Programme of Cooperation')).toBe(aliasKey('Program of Cooperation'));
    expect(aliasKey('Объединённая')).toBe(aliasKey('Объединенная'));
  });

  it('keeps names that differ in substance apart', () => {
    expect(aliasKey('SCO Development Bank')).not.toBe(aliasKey('SCO Development Fund'));
    expect(aliasKey('上合组织2026年预算')).not.toBe(aliasKey('上合组织2025年预算'));
  });
});
