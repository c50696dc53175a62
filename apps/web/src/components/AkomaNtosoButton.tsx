import { Button } from '@mantine/core';
import { IconFileCode } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiBase } from '../api/client.ts';

/** Downloads a meeting's text as Akoma Ntoso 3.0 XML (OASIS LegalDocML), with the facts the platform found marked. */
export function AkomaNtosoButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  return (
    <Button
      component="a"
      href={`${apiBase}/meetings/${encodeURIComponent(meetingId)}/akoma-ntoso.xml`}
      download
      size="xs"
      variant="default"
      leftSection={<IconFileCode size={14} aria-hidden />}
      title={t('exports.akomaNtosoLabel')}
    >
      {t('exports.akomaNtoso')}
    </Button>
  );
}
