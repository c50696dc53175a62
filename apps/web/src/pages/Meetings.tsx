import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMeetings } from '../api/queries.ts';
import { LText } from '../components/LocalizedText.tsx';
import { EmptyState, PageHeader, QueryView } from '../components/States.tsx';
import { formatDateRange } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';

export default function Meetings() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('meetings.title'));
  const meetings = useMeetings();
  return (
    <>
      <PageHeader title={t('meetings.title')} intro={t('meetings.intro')} />
      <QueryView query={meetings}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('meetings.empty')}</EmptyState>
          ) : (
            <Stack gap="sm" component="ul" className="plain-list">
              {[...data.items]
                .sort((a, b) => b.startDate.localeCompare(a.startDate))
                .map((m) => (
                  <Card key={m.id} withBorder padding="md" component="li" className="data-card">
                    <Group wrap="nowrap" align="flex-start" gap="md">
                      <IconBuildingCommunity
                        size={28}
                        color="var(--mantine-color-sco-6)"
                        aria-hidden
                        style={{ flex: 'none' }}
                      />
                      <Stack gap={2} style={{ minWidth: 0 }}>
                        <Title order={2} size="h5" lh={1.4}>
                          <Anchor component={Link} to={`/meetings/${encodeURIComponent(m.id)}`} inherit>
                            <LText value={m.title} />
                          </Anchor>
                        </Title>
                        <Text size="sm" c="dimmed">
                          <LText value={m.bodyName} marker="icon" />
                        </Text>
                        <Text size="sm">
                          {formatDateRange(m.startDate, m.endDate, lang)} · <LText value={m.place} marker="icon" /> ·{' '}
                          {t(`vocab.eventFormat.${m.format}`)} ·{' '}
                          {t('meetings.statementCount', { count: m.statementCount })}
                        </Text>
                      </Stack>
                    </Group>
                  </Card>
                ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
