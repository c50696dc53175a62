import { IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from './Badges.tsx';

/** Says an initiative is past its due date and still open. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <ToneBadge tone="red" leftSection={<IconClockExclamation size={12} aria-hidden />}>
      {t('alerts.overdue')}
    </ToneBadge>
  );
}
