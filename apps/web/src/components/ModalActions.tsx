import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The footer of a dialog's form: Cancel, then the form's own submit button (`children`), aligned right. */
export function ModalActions({ onCancel, mt, children }: { onCancel: () => void; mt?: 'xs'; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      {children}
    </Group>
  );
}
