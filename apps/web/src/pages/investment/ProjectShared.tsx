import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LText } from '../../components/LocalizedText.tsx';
import type { MapPoint } from '../../components/RegionMap.tsx';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useLang } from '../../lib/hooks.ts';
import { pickUserText } from './investmentShared.tsx';
import { type ProjectSummary, useReference } from './projectsApi.ts';

const statusColor: Record<ProjectSummary['status'], string> = {
  draft: 'gray',
  submitted: 'blue',
  returned: 'orange',
  published: 'green',
  expired: 'yellow',
  withdrawn: 'dark',
};

export function ProjectStatusBadge({ status }: { status: ProjectSummary['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge component="span" color={statusColor[status]} variant="light" size="sm">
      {t(`investment.vocab.status.${status}`)}
    </Badge>
  );
}

/** An amount with its ISO 4217 code, in the reader's number format. */
export function Money({ amount, currency }: { amount: number; currency: string }) {
  const lang = useLang();
  return (
    <span className="nowrap">
      {formatNumber(amount, lang)} {currency}
    </span>
  );
}

/** The capital cost in US dollars with the date of the rate, or why there is none. */
export function UsdCost({ project, detailed = false }: { project: ProjectSummary; detailed?: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { usd } = project;
  if (usd.capitalCost === null) {
    return (
      <Text span size="sm" c="dimmed">
        {t('invProjects.usd.noRate')}
      </Text>
    );
  }
  return (
    <span>
      <Money amount={usd.capitalCost} currency="USD" />
      {usd.rateDate ? (
        <Text span size="xs" c="dimmed" ms={6}>
          {detailed && usd.unitsPerUsd !== null
            ? t('invProjects.usd.rateDetail', {
                date: formatDate(usd.rateDate, lang),
                units: formatNumber(usd.unitsPerUsd, lang),
                currency: project.currency,
                source: usd.source ?? '',
              })
            : t('invProjects.usd.rateOf', { date: formatDate(usd.rateDate, lang) })}
          {usd.demoRate ? ` · ${t('invProjects.usd.demoRate')}` : ''}
        </Text>
      ) : null}
    </span>
  );
}

/** The ISIC Rev.4 name of a section or division, with its provenance marker. */
export function IsicName({ code }: { code: string }) {
  const reference = useReference();
  const sections = reference.data?.isic.sections ?? [];
  const found =
    sections.find((section) => section.code === code) ??
    sections.flatMap((section) => section.divisions).find((division) => division.code === code);
  if (!found) return <span>{code}</span>;
  return (
    <span>
      {code} · <LText value={found.name} marker="icon" />
    </span>
  );
}

/** Projects with coordinates, as points on the region map linking to their pages. */
export function projectMapPoints(projects: ProjectSummary[], lang: 'zh' | 'ru' | 'en'): MapPoint[] {
  return projects.flatMap((project) =>
    project.latitude !== null && project.longitude !== null
      ? [
          {
            id: project.id,
            label: pickUserText(project.title, lang).text,
            latitude: project.latitude,
            longitude: project.longitude,
            href: `/investment/projects/${project.id}`,
            group: project.isicSection,
          },
        ]
      : [],
  );
}
