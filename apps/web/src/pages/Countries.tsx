import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCountries } from '../api/queries.ts';
import type { CountryStatus, CountrySummary } from '../api/types.ts';
import { ExportButtons } from '../components/ExportButtons.tsx';
import { EmptyState, PageHeader, QueryView } from '../components/States.tsx';
import { localeTags } from '../i18n.ts';
import { formatNumber } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';

const statusOrder: CountryStatus[] = ['member', 'observer', 'dialogue_partner', 'guest'];

function CountryCard({ country }: { country: CountrySummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder padding="sm" component="li" className="data-card">
      <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
        <Text fw={600} size="sm" component="h3" m={0}>
          <Anchor component={Link} to={`/countries/${country.code}`} inherit>
            {country.name[lang]}
          </Anchor>
        </Text>
        <Text size="xs" c="dimmed" ff="monospace" aria-hidden>
          {country.code}
        </Text>
      </Group>
      <dl className="mini-stats">
        {(
          [
            ['countries.statements', country.statementCount],
            ['countries.hostedEvents', country.hostedEventCount],
            ['countries.acceptedReports', country.acceptedReportCount],
          ] as const
        ).map(([key, value]) => (
          <div key={key} className={value === 0 ? 'zero' : undefined}>
            <dd>{formatNumber(value, lang)}</dd>
            <dt>{t(key)}</dt>
          </div>
        ))}
      </dl>
    </Card>
  );
}

export default function Countries() {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(t('countries.title'));
  const countries = useCountries();
  return (
    <>
      <PageHeader
        title={t('countries.title')}
        intro={t('countries.intro')}
        actions={<ExportButtons list="countries" what={t('countries.title')} />}
      />
      <QueryView query={countries}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t('countries.empty')}</EmptyState>
          ) : (
            <Stack gap="xl">
              {statusOrder.map((status) => {
                const group = data.items
                  .filter((c) => c.status === status)
                  .sort((a, b) => a.name[lang].localeCompare(b.name[lang], localeTags[lang]));
                if (group.length === 0) return null;
                return (
                  <section key={status} aria-labelledby={`status-${status}`}>
                    <Title order={2} size="h4" id={`status-${status}`} mb="sm" c="sco.9">
                      {t(`vocab.countryStatusPlural.${status}`)}{' '}
                      <Text span c="dimmed" size="sm" fw={500}>
                        ({group.length})
                      </Text>
                    </Title>
                    <SimpleGrid
                      cols={{ base: 1, xs: 2, md: 3, lg: 4 }}
                      spacing="sm"
                      component="ul"
                      className="plain-list"
                    >
                      {group.map((c) => (
                        <CountryCard key={c.code} country={c} />
                      ))}
                    </SimpleGrid>
                  </section>
                );
              })}
            </Stack>
          )
        }
      </QueryView>
    </>
  );
}
