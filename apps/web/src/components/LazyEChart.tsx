import { Skeleton } from '@mantine/core';
import { lazy, Suspense } from 'react';
import type { ChartOption } from './EChart.tsx';

export type { ChartOption };

// ECharts is the largest dependency: load it after the page's text and numbers are on screen.
const EChart = lazy(() => import('./EChart.tsx').then((m) => ({ default: m.EChart })));

export function LazyEChart(props: { option: ChartOption; height: number; onSelect?: (name: string) => void }) {
  return (
    <Suspense fallback={<Skeleton height={props.height} />}>
      <EChart {...props} />
    </Suspense>
  );
}
