import { BoxplotChart, type BoxplotSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { fontStack } from '../../theme.ts';

echarts.use([BoxplotChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export interface DwellBox {
  label: string;
  /** min, p25, median, p75, max in hours; null without samples. */
  observed: [number, number, number, number, number] | null;
  demo: [number, number, number, number, number] | null;
  published: { minHours: number; maxHours: number } | null;
}

export interface DwellBoxPlotLabels {
  observed: string;
  demo: string;
  published: string;
  hours: string;
}

type Option = echarts.ComposeOption<
  BoxplotSeriesOption | ScatterSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/**
 * Dwell per crossing as horizontal box plots (observed from real shipments, demo apart) with the published range as
 * markers beside them. Decorative for assistive technology: the page shows the same figures in a table.
 */
export default function DwellBoxPlot({ boxes, labels }: { boxes: DwellBox[]; labels: DwellBoxPlotLabels }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize({ animation: { duration: 0 } }));
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const categories = boxes.map((box) => box.label);
    const option: Option = {
      textStyle: { fontFamily: fontStack },
      animationDuration: 300,
      legend: { top: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'item', confine: true },
      grid: { left: 8, right: 16, top: 36, bottom: 28, containLabel: true },
      xAxis: { type: 'value', name: labels.hours, nameLocation: 'middle', nameGap: 22, min: 0 },
      yAxis: { type: 'category', data: categories, inverse: true, axisLabel: { width: 110, overflow: 'truncate' } },
      series: [
        {
          name: labels.observed,
          type: 'boxplot',
          itemStyle: { color: '#dbe7f3', borderColor: '#14528f' },
          data: boxes.map((box) => box.observed ?? []),
        },
        {
          name: labels.demo,
          type: 'boxplot',
          itemStyle: { color: '#efe7f7', borderColor: '#6b3fa0', borderType: 'dashed' },
          data: boxes.map((box) => box.demo ?? []),
        },
        {
          name: labels.published,
          type: 'scatter',
          symbol: 'diamond',
          symbolSize: 10,
          itemStyle: { color: '#b3541e' },
          data: boxes.flatMap((box) =>
            box.published
              ? [...new Set([box.published.minHours, box.published.maxHours])].map((hours) => [hours, box.label])
              : [],
          ),
        },
      ],
    };
    chartRef.current?.setOption(option, { notMerge: true });
  }, [boxes, labels]);

  return <div ref={ref} className="chart-box" style={{ height: 80 + boxes.length * 44 }} aria-hidden="true" />;
}
