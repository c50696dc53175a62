import { Alert } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The green notice a page shows after a change went through, until the user closes it. */
export function SuccessNotice({
  onClose,
  role,
  children,
}: {
  onClose: () => void;
  /** `status` when screen readers should announce the notice as it appears. */
  role?: 'status';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCheck aria-hidden />}
      mb="md"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      role={role}
    >
      {children}
    </Alert>
  );
}
