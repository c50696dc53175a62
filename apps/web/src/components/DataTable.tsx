import { Anchor, Card, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LocalizedText } from '../api/types.ts';
import { LText } from './LocalizedText.tsx';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  /** The column that names the row: shown as the card's heading on narrow screens. */
  primary?: boolean;
  align?: 'left' | 'right';
  width?: number | string;
}

/** The primary column: each row's name in the UI language, linking to the row's own page under `basePath`. */
export function nameLinkColumn<T extends { id: string }>(options: {
  key: string;
  header: string;
  basePath: string;
  name: (row: T) => LocalizedText;
}): Column<T> {
  return {
    key: options.key,
    header: options.header,
    primary: true,
    render: (row) => (
      <Anchor component={Link} to={`${options.basePath}/${encodeURIComponent(row.id)}`} size="sm">
        <LText value={options.name(row)} />
      </Anchor>
    ),
  };
}

/**
 * A dense table on wide screens; a list of cards (label: value) on narrow ones, so the page never scrolls sideways.
 */
export function DataTable<T>({
  rows,
  columns,
  rowKey,
  caption,
}: {
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
  caption: string;
}) {
  const wide = useMediaQuery('(min-width: 48em)', true);
  if (wide) {
    return (
      <Table.ScrollContainer minWidth={640} className="data-table-container">
        <Table className="data-table" striped highlightOnHover withTableBorder verticalSpacing="sm" fz="sm">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              {columns.map((c) => (
                <Table.Th key={c.key} scope="col" ta={c.align} w={c.width}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)}>
                {columns.map((c) =>
                  c.primary ? (
                    <Table.Th key={c.key} scope="row" ta={c.align} fw={500}>
                      {c.render(row)}
                    </Table.Th>
                  ) : (
                    <Table.Td key={c.key} ta={c.align}>
                      {c.render(row)}
                    </Table.Td>
                  ),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }
  const primary = columns.find((c) => c.primary) ?? columns[0];
  const rest = columns.filter((c) => c !== primary);
  return (
    <Stack gap="sm" component="ul" className="plain-list" aria-label={caption}>
      {rows.map((row) => (
        <Card key={rowKey(row)} withBorder padding="sm" component="li" className="data-card">
          <Text fw={600} size="sm" mb={6}>
            {primary?.render(row)}
          </Text>
          <dl className="card-meta">
            {rest.map((c) => (
              <div key={c.key}>
                <dt>{c.header}</dt>
                <dd>{c.render(row)}</dd>
              </div>
            ))}
          </dl>
        </Card>
      ))}
    </Stack>
  );
}
