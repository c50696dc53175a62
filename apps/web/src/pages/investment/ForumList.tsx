import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LText } from '../../components/LocalizedText.tsx';
import { EmptyState, PageHeader, QueryView } from '../../components/States.tsx';
import { formatDateRange } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useForums } from './dealsApi.ts';
import { DemoBadge } from './investmentShared.tsx';

/** Forums with one-to-one business meetings. */
export default function ForumList() {
  const { t } = useTranslation();
  const lang = useLang();
  const forums = useForums();
  useDocumentTitle(t('invDeals.forums.title'));
  return (
    <>
      <PageHeader title={t('invDeals.forums.title')} intro={t('invDeals.forums.intro')} />
      <QueryView query={forums}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('invDeals.forums.empty')} />
          ) : (
            <Stack gap="sm">
              {data.items.map((forum) => (
                <Card key={forum.id} withBorder padding="sm">
                  <Stack gap={4}>
                    <Group gap={6} wrap="wrap">
                      <Anchor component={Link} to={`/investment/forums/${forum.id}`} fw={600}>
                        <LText value={forum.name} marker="icon" />
                      </Anchor>
                      <DemoBadge demo={forum.demo} />
                    </Group>
                    <Text size="sm" c="dimmed">
                      {formatDateRange(forum.startsOn, forum.endsOn, lang)} ·{' '}
                      <LText value={forum.place} marker="icon" />
                    </Text>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
