import { Box, Button, Collapse } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Filters shown as they are on wide screens and folded behind a "show filters" button on narrow ones, so that a
 * phone reaches the results without scrolling past every filter.
 */
export function FoldingFilters({
  id,
  minWidth = '48em',
  children,
}: {
  /** The id of the folded region, which the button controls. */
  id: string;
  /** The width from which the filters stay unfolded. */
  minWidth?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery(`(min-width: ${minWidth})`, true);
  const [open, { toggle }] = useDisclosure(false);
  if (wide) return children;
  return (
    <>
      <Button
        variant="default"
        fullWidth
        leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />}
        onClick={toggle}
        aria-expanded={open}
        aria-controls={id}
      >
        {open ? t('common.hideFilters') : t('common.showFilters')}
      </Button>
      <Collapse expanded={open} id={id}>
        <Box pt="sm">{children}</Box>
      </Collapse>
    </>
  );
}
