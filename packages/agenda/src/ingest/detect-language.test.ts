import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it('recognises each working language', () => {
    expect(detectLanguage('上海合作组织成员国政府首脑（总理）理事会第二十四次会议联合公报')).toBe('zh');
    expect(detectLanguage('Совместное коммюнике по итогам заседания Совета глав правительств')).toBe('ru');
    expect(detectLanguage('Joint communiqué following the meeting of the Council of Heads of Government')).toBe('en');
  });

  it('keeps Chinese when the text quotes Latin names', () => {
    expect(detectLanguage('上合组织与ASEAN、CIS、EAEU、CICA及UN ESCAP加强合作，支持SCO Energy Forum的工作')).toBe('zh');
  });

  it('gives no answer for too few letters', () => {
    expect(detectLanguage('12 345 — !!')).toBeNull();
    expect(detectLanguage('')).toBeNull();
  });
});
