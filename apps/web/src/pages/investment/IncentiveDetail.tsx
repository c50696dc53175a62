import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../auth/auth.tsx';
import { LText } from '../../components/LocalizedText.tsx';
import { MetaList } from '../../components/MetaList.tsx';
import { DetailSkeleton, PageHeader, QueryView, SectionTitle } from '../../components/States.tsx';
import { countryName } from '../../lib/countries.ts';
import { useDocumentTitle, useLang } from '../../lib/hooks.ts';
import { plainText } from '../../lib/localized.ts';
import { EligibilityList, IncentiveKindBadge, SourceLine, Validity } from './IncentiveShared.tsx';
import { useIncentive } from './incentivesApi.ts';
import { DemoBadge } from './investmentShared.tsx';
import { RetireIncentive } from './RetireIncentive.tsx';

/** One preferential policy: benefit, eligibility spelled out, legal basis, validity and source. */
export default function IncentiveDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const incentive = useIncentive(id);
  const { hasRole } = useAuth();
  useDocumentTitle(incentive.data ? plainText(incentive.data.title, lang) : t('invIncentives.list.title'));
  return (
    <QueryView
      query={incentive}
      skeleton={<DetailSkeleton />}
      errorTitle={t('invIncentives.detail.notFound')}
      back={{ to: '/investment/incentives', label: t('invIncentives.detail.back') }}
    >
      {(data) => (
        <>
          <PageHeader
            eyebrow={
              <Group gap="xs">
                <Anchor component={Link} to="/investment/incentives" size="sm">
                  {t('invIncentives.detail.back')}
                </Anchor>
              </Group>
            }
            title={
              <>
                <LText value={data.title} /> <DemoBadge demo={data.demo} />
              </>
            }
            actions={
              hasRole('secretariat', 'admin') ? (
                <>
                  <Button
                    component={Link}
                    to={`/investment/incentives/${encodeURIComponent(data.id)}/edit`}
                    variant="default"
                    leftSection={<IconPencil size={16} aria-hidden />}
                  >
                    {t('invIncentives.form.edit')}
                  </Button>
                  <RetireIncentive incentive={data} />
                </>
              ) : null
            }
          />
          <Stack gap="lg">
            <MetaList
              items={[
                { label: t('invIncentives.detail.kind'), value: <IncentiveKindBadge kind={data.kind} /> },
                { label: t('invIncentives.detail.country'), value: countryName(data.countryCode, lang) },
                {
                  label: t('invIncentives.detail.validity'),
                  value: <Validity validFrom={data.validFrom} validTo={data.validTo} />,
                },
              ]}
            />
            <section>
              <SectionTitle>{t('invIncentives.detail.benefit')}</SectionTitle>
              <LText value={data.benefit} variant="block" />
            </section>
            <section>
              <SectionTitle>{t('invIncentives.detail.eligibility')}</SectionTitle>
              <Card withBorder>
                <EligibilityList incentive={data} />
              </Card>
            </section>
            <section>
              <SectionTitle>{t('invIncentives.detail.legalBasis')}</SectionTitle>
              <LText value={data.legalBasis} variant="block" />
            </section>
            <section>
              <SectionTitle>{t('invIncentives.detail.source')}</SectionTitle>
              <SourceLine url={data.sourceUrl} title={data.sourceTitle} retrievedOn={data.retrievedOn} />
              <Text size="xs" c="dimmed" mt={4}>
                {t('invIncentives.detail.summaryNote')}
              </Text>
            </section>
          </Stack>
        </>
      )}
    </QueryView>
  );
}
