import { Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../../components/Badges.tsx';
import { EmptyState, ErrorState, ListSkeleton, PageHeader } from '../../components/States.tsx';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { type CorridorService, useServices } from './freightApi.ts';
import { NodeName, SourceText } from './freightShared.tsx';

/** Published corridor services: distance and transit days exactly as their sources give them, with the sources. */
export default function ServicesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('frNetwork.services.title'));
  const services = useServices();
  return (
    <>
      <PageHeader title={t('frNetwork.services.title')} intro={t('frNetwork.services.intro')} />
      {services.isPending ? (
        <ListSkeleton />
      ) : services.isError ? (
        <ErrorState error={services.error} onRetry={() => void services.refetch()} />
      ) : services.data.items.length === 0 ? (
        <EmptyState title={t('frNetwork.services.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="ul" className="plain-list">
          {services.data.items.map((service) => (
            <ServiceCard key={service.id} service={service} />
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

function ServiceCard({ service }: { service: CorridorService }) {
  const { t } = useTranslation();
  const lang = useLang();
  const unofficial = service.unofficialNameLanguages.includes(lang);
  return (
    <Card withBorder padding="md" component="li" id={service.id}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {service.planned ? (
            <ToneBadge tone="amber">{t('frNetwork.services.planned')}</ToneBadge>
          ) : (
            <ToneBadge tone="green">{t('frNetwork.services.running')}</ToneBadge>
          )}
        </Group>
        <Title order={2} size="h4">
          {service.name[lang]}
        </Title>
        {unofficial ? (
          <Text size="xs" c="dimmed">
            {t('frNetwork.services.unofficialName')} <span lang="en">{service.name.en}</span>
          </Text>
        ) : null}
        <dl className="card-meta">
          <div>
            <dt>{t('frNetwork.services.distance')}</dt>
            <dd>
              {service.distanceKm
                ? t('frNetwork.services.kmAsPublished', { value: service.distanceKm })
                : t('frNetwork.services.notPublished')}
            </dd>
          </div>
          <div>
            <dt>{t('frNetwork.services.transitDays')}</dt>
            <dd>
              {service.transitDays
                ? t('frNetwork.services.daysAsPublished', { value: service.transitDays })
                : t('frNetwork.services.notPublished')}
            </dd>
          </div>
        </dl>
        <Text size="sm" fw={500} mt={4}>
          {t('frNetwork.services.via')}
        </Text>
        <Text size="sm">
          {service.via.map((node, index) => (
            <span key={node.id}>
              {index > 0 ? ' → ' : null}
              <NodeName node={node} link />
            </span>
          ))}
        </Text>
        {service.note ? (
          <Text size="sm" c="dimmed" lang="en">
            {service.note}
          </Text>
        ) : null}
        <Text size="sm" fw={500} mt={4}>
          {t('frNetwork.services.sources')}
        </Text>
        <List size="sm" spacing={2}>
          {(service.sourceUrls.length > 0 ? service.sourceUrls : [service.source]).map((source) => (
            <List.Item key={source}>
              <SourceText source={source} />
            </List.Item>
          ))}
        </List>
      </Stack>
    </Card>
  );
}
