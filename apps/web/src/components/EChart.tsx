import {
  BarChart,
  type BarSeriesOption,
  FunnelChart,
  type FunnelSeriesOption,
  PieChart,
  type PieSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { fontStack } from '../theme.ts';

echarts.use([BarChart, PieChart, FunnelChart, GridComponent, TooltipComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | PieSeriesOption | FunnelSeriesOption | GridComponentOption | TooltipComponentOption
>;

interface EChartProps {
  option: ChartOption;
  height: number;
  /** Called with the data item's name when a bar or slice is clicked. */
  onSelect?: (name: string) => void;
}

/**
 * An ECharts chart (tree-shaken core, SVG renderer). The chart is decorative for assistive technology
 * (`aria-hidden`); callers render the same data as a table beside it.
 */
export function EChart({ option, height, onSelect }: EChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      if (typeof params.name === 'string') selectRef.current?.(params.name);
    });
    const observer = new ResizeObserver(() => chart.resize({ animation: { duration: 0 } }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(
      { textStyle: { fontFamily: fontStack }, animationDuration: 300, ...option },
      { notMerge: true },
    );
  }, [option]);

  return <div ref={ref} className="chart-box" style={{ height }} aria-hidden="true" />;
}
