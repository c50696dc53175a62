import { Anchor, Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '../lib/format.ts';
import { useLang } from '../lib/hooks.ts';

export interface ChartRow {
  key: string;
  label: string;
  value: number;
  to?: string;
}

/** A chart with its heading, and the same data as a table in a disclosure (for keyboard and screen readers). */
export function ChartCard({
  title,
  rows,
  children,
  hint,
}: {
  title: string;
  rows: ChartRow[];
  children: ReactNode;
  hint?: string;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Card withBorder padding="md" component="section" aria-label={title} className="data-card">
      <Title order={2} size="h4" mb={4}>
        {title}
      </Title>
      {hint ? (
        <Text size="xs" c="dimmed" mb="xs">
          {hint}
        </Text>
      ) : null}
      {children}
      <details className="chart-data">
        <summary>
          <Text span size="xs" c="sco.8" fw={600}>
            {t('dashboard.chartDataTable')}
          </Text>
        </summary>
        <Table fz="xs" mt="xs" striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{title}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('dashboard.count')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>
                  {row.to ? (
                    <Anchor component={Link} to={row.to} size="xs">
                      {row.label}
                    </Anchor>
                  ) : (
                    row.label
                  )}
                </Table.Td>
                <Table.Td ta="right" className="facet-count">
                  {formatNumber(row.value, lang)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </details>
    </Card>
  );
}
