import { Anchor, Breadcrumbs, Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useDocument } from '../api/queries.ts';
import type { DocumentDetail as Doc } from '../api/types.ts';
import { LText } from '../components/LocalizedText.tsx';
import { MetaList } from '../components/MetaList.tsx';
import { StatementCard } from '../components/StatementCard.tsx';
import { DetailSkeleton, EmptyState, PageHeader, QueryView, SectionTitle } from '../components/States.tsx';
import { formatPartialDate } from '../lib/format.ts';
import { useDocumentTitle, useLang } from '../lib/hooks.ts';
import { plainText } from '../lib/localized.ts';
import { MergedNotice, MergeEntityButton } from './texts/MergeEntityButton.tsx';

function DocumentView({ doc }: { doc: Doc }) {
  const { t } = useTranslation();
  const lang = useLang();
  useDocumentTitle(plainText(doc.title, lang) || t('document.title'));
  return (
    <>
      <PageHeader
        eyebrow={
          <Breadcrumbs separator="›">
            <Anchor component={Link} to="/documents" size="sm">
              {t('documents.title')}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('document.title')}
            </Text>
          </Breadcrumbs>
        }
        title={<LText value={doc.title} />}
        actions={<MergeEntityButton kind="document" id={doc.id} title={doc.title} />}
      />
      <MergedNotice />
      <Card withBorder padding="lg" className="data-card">
        <MetaList
          items={[
            {
              label: t('document.adopted'),
              value: doc.adopted ? formatPartialDate(doc.adopted, lang) : t('common.notGiven'),
            },
            {
              label: t('document.place'),
              value: doc.place ? <LText value={doc.place} marker="icon" /> : t('common.notGiven'),
            },
            { label: t('common.mentionsLabel'), value: String(doc.mentionCount) },
          ]}
        />
      </Card>
      <SectionTitle>{t('document.citedIn')}</SectionTitle>
      {doc.statements.length === 0 ? (
        <EmptyState />
      ) : (
        <Stack gap="sm">
          {doc.statements.map((s) => (
            <StatementCard key={s.id} statement={s} />
          ))}
        </Stack>
      )}
    </>
  );
}

export default function DocumentDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const doc = useDocument(id);
  useDocumentTitle(doc.isSuccess ? undefined : t('document.title'));
  return (
    <QueryView
      query={doc}
      skeleton={<DetailSkeleton />}
      errorTitle={t('document.title')}
      back={{ to: '/documents', label: t('documents.title') }}
    >
      {(data) => <DocumentView doc={data} />}
    </QueryView>
  );
}
