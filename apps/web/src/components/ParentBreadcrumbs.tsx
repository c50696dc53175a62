import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from 'react-router';

/** The trail above a page's title: a link to the list the page belongs to, then the page itself. */
export function ParentBreadcrumbs({ to, parent, current }: { to: string; parent: string; current: string }) {
  return (
    <Breadcrumbs separator="›">
      <Anchor component={Link} to={to} size="sm">
        {parent}
      </Anchor>
      <Text size="sm" c="dimmed">
        {current}
      </Text>
    </Breadcrumbs>
  );
}
