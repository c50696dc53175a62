import { Menu } from '@mantine/core';
import { IconCheck, IconMail } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePreferences, useSetEmailLanguage } from '../api/alerts.ts';
import { uiLanguages } from '../i18n.ts';

/** User-menu entries choosing the language of the signed-in user's e-mails. */
export function EmailLanguageMenu() {
  const { t } = useTranslation();
  const preferences = usePreferences(true);
  const setLanguage = useSetEmailLanguage();
  const current = preferences.data?.preferredLanguage;
  return (
    <>
      <Menu.Label>
        <IconMail size={12} aria-hidden style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
        {t('alerts.emailLanguage')}
      </Menu.Label>
      {uiLanguages.map((language) => (
        <Menu.Item
          key={language}
          lang={language}
          role="menuitemradio"
          aria-checked={current === language}
          leftSection={
            current === language ? (
              <IconCheck size={14} aria-hidden />
            ) : (
              <span style={{ display: 'inline-block', width: 14 }} />
            )
          }
          onClick={() => setLanguage.mutate(language)}
        >
          {t(`language.${language}`)}
        </Menu.Item>
      ))}
    </>
  );
}
