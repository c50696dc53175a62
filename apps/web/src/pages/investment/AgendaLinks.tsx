import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { LocalizedText } from '../../api/types.ts';
import { LText } from '../../components/LocalizedText.tsx';
import { ErrorAlert } from '../../components/States.tsx';

export interface AgendaLinksResponse {
  initiatives: { id: string; title: LocalizedText; stage: string }[];
  documents: { id: string; title: LocalizedText }[];
  unknownInitiativeIds: string[];
  unknownDocumentIds: string[];
}

/** The agenda initiatives and documents a listing cites, linked to their pages on the agenda. */
export function AgendaLinks({ initiativeIds, documentIds }: { initiativeIds: string[]; documentIds: string[] }) {
  const { t } = useTranslation();
  const empty = initiativeIds.length === 0 && documentIds.length === 0;
  const query = useQuery({
    queryKey: ['investment', 'agenda-links', initiativeIds, documentIds],
    queryFn: ({ signal }) =>
      api.get<AgendaLinksResponse>('/investment/agenda-links', { initiativeIds, documentIds }, signal),
    enabled: !empty,
  });
  if (empty) {
    return (
      <Text size="sm" c="dimmed">
        {t('invLinks.agenda.none')}
      </Text>
    );
  }
  if (query.isPending) {
    return (
      <Text size="sm" c="dimmed">
        {t('common.loading')}
      </Text>
    );
  }
  if (query.isError) return <ErrorAlert error={query.error} />;
  const { initiatives, documents } = query.data;
  return (
    <Stack gap="xs" className="agenda-links">
      {initiatives.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('invLinks.agenda.initiatives')}
          </Text>
          <List size="sm" spacing={4}>
            {initiatives.map((initiative) => (
              <List.Item key={initiative.id}>
                <Group gap={6} wrap="wrap">
                  <Anchor component={Link} to={`/initiatives/${encodeURIComponent(initiative.id)}`}>
                    <LText value={initiative.title} marker="icon" />
                  </Anchor>
                  <Badge size="xs" variant="light" color="gray">
                    {t(`vocab.stage.${initiative.stage}`)}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {documents.length > 0 ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('invLinks.agenda.documents')}
          </Text>
          <List size="sm" spacing={4}>
            {documents.map((document) => (
              <List.Item key={document.id}>
                <Anchor component={Link} to={`/documents/${encodeURIComponent(document.id)}`}>
                  <LText value={document.title} marker="icon" />
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {query.data.unknownInitiativeIds.length + query.data.unknownDocumentIds.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('invLinks.agenda.missing', {
            ids: [...query.data.unknownInitiativeIds, ...query.data.unknownDocumentIds].join(', '),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
