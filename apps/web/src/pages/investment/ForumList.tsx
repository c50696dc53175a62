import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { EmptyState, PageHeader, QueryView } from '../../components/States.tsx';
import { formatDateRange } from '../../lib/format.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { useForums } from './dealsApi.ts';
import { ForumFormModal } from './ForumForm.tsx';
import { DemoBadge } from './investmentShared.tsx';

/** Forums with one-to-one business meetings. */
export default function ForumList() {
  const { t } = useTranslation();
  const lang = useLang();
  const forums = useForums();
  const navigate = useNavigate();
  const { hasRole } = useAuth();
  const [creating, setCreating] = useState(false);
  useDocumentTitle(t('invDeals.forums.title'));
  return (
    <>
      <PageHeader
        title={t('invDeals.forums.title')}
        intro={t('invDeals.forums.intro')}
        actions={
          hasRole('secretariat', 'admin') ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('invDeals.forumForm.newButton')}
            </Button>
          ) : null
        }
      />
      {creating ? (
        <ForumFormModal
          forum={null}
          opened={creating}
          onClose={() => setCreating(false)}
          onSaved={(forum) => void navigate(`/investment/forums/${encodeURIComponent(forum.id)}`)}
        />
      ) : null}
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
