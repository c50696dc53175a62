import { Box, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';

/** A definition list of labelled facts, in a responsive grid. */
export function MetaList({ items, cols = 3 }: { items: { label: string; value: ReactNode }[]; cols?: number }) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, xs: 2, md: cols }}
      spacing="md"
      verticalSpacing={0}
      className="meta-list"
      m={0}
    >
      {items.map((item) => (
        <Box key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </Box>
      ))}
    </SimpleGrid>
  );
}
