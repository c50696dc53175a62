import { describe, expect, it } from 'vitest';
import { buildNotificationEmail, composeOutgoingText, emailLanguageOf } from './notification-email.ts';

const title = { zh: '倡议进入新阶段', ru: 'Инициатива перешла на новую стадию', en: 'The initiative moved on' };

describe('buildNotificationEmail', () => {
  it('writes subject and body in the recipient’s language only', () => {
    const ru = buildNotificationEmail({ title, language: 'ru' });
    expect(ru.subject).toBe('[ШОС] Инициатива перешла на новую стадию');
    expect(ru.bodyText.startsWith(title.ru)).toBe(true);
    expect(ru.bodyText).toContain('Мои подписки');
    expect(ru.bodyText).not.toContain(title.en);
    const zh = buildNotificationEmail({ title, language: 'zh' });
    expect(zh.subject).toBe('[上合组织] 倡议进入新阶段');
    expect(zh.bodyText).toContain('我的关注');
  });
});

describe('composeOutgoingText', () => {
  it('adds the absolute link when the public address is known, and no link otherwise', () => {
    const bodyText = 'Body';
    expect(
      composeOutgoingText({ bodyText, link: '/initiatives/ini-1', publicBaseUrl: 'https://sco.example.org/' }),
    ).toBe('Body\n\nhttps://sco.example.org/initiatives/ini-1');
    expect(composeOutgoingText({ bodyText, link: '/initiatives/ini-1', publicBaseUrl: null })).toBe('Body');
    expect(composeOutgoingText({ bodyText, link: null, publicBaseUrl: 'https://sco.example.org' })).toBe('Body');
  });
});

describe('emailLanguageOf', () => {
  it('keeps the working languages and treats anything else as English', () => {
    expect(emailLanguageOf('zh')).toBe('zh');
    expect(emailLanguageOf('ru')).toBe('ru');
    expect(emailLanguageOf('fr')).toBe('en');
  });
});
