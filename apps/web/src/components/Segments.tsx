import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/** A segmented control that stacks vertically on narrow screens instead of overflowing them. */
export function Segments(props: SegmentedControlProps) {
  const narrow = useMediaQuery('(max-width: 36em)', false);
  return <SegmentedControl {...props} orientation={narrow ? 'vertical' : 'horizontal'} fullWidth={narrow} />;
}
