import { LinesChart, type LinesSeriesOption, ScatterChart, type ScatterSeriesOption } from 'echarts/charts';
import {
  GeoComponent,
  type GeoComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m country shapes (public domain) as TopoJSON, from the npm package world-atlas 2.0.2.
import worldTopology from 'world-atlas/countries-110m.json';
import { fontStack } from '../theme.ts';
import type { MapLine, MapPoint } from './RegionMap.tsx';

echarts.use([ScatterChart, LinesChart, GeoComponent, TooltipComponent, SVGRenderer]);

type MapOption = echarts.ComposeOption<
  ScatterSeriesOption | LinesSeriesOption | GeoComponentOption | TooltipComponentOption
>;

/** ISO 3166-1 numeric codes (world-atlas feature ids) of the SCO member states. */
const memberNumericCodes = new Set(['112', '156', '356', '364', '398', '417', '586', '643', '762', '860']);

/** West, south, east, north of the view: Belarus to the Pacific, the Arabian Sea to the Arctic. */
const regionBounds: [[number, number], [number, number]] = [
  [22, 72],
  [146, 4],
];

const mapName = 'sco-region';

function registerRegionMap(): void {
  if (echarts.getMap(mapName)) return;
  const topology = worldTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topology, topology.objects.countries);
  const features = world.features.flatMap((country) => {
    const polygons = polygonsOf(country.geometry)
      .map(eastOfAntimeridian)
      .filter((polygon) => overlapsRegion(boundsOf(polygon)));
    if (polygons.length === 0) return [];
    return [
      {
        type: 'Feature' as const,
        properties: { name: String(country.id) },
        geometry: { type: 'MultiPolygon' as const, coordinates: polygons },
      },
    ];
  });
  echarts.registerMap(mapName, { type: 'FeatureCollection', features } as Parameters<typeof echarts.registerMap>[1]);
}

type Ring = GeoJSON.Position[];
type Polygon = Ring[];

function polygonsOf(geometry: GeoJSON.Geometry | null): Polygon[] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

/**
 * Chukotka lies just past 180°: its western-hemisphere points are drawn at 180–190° so that it joins the rest of
 * Russia instead of stretching across the map. Shapes wholly west of -150° move as a whole; shapes touching both
 * sides of the antimeridian move only their western points.
 */
function eastOfAntimeridian(polygon: Polygon): Polygon {
  const [minLon, , maxLon] = boundsOf(polygon);
  const wholly = maxLon < -150;
  const straddles = minLon < -150 && maxLon > 150;
  if (!wholly && !straddles) return polygon;
  return polygon.map((ring) => ring.map(([lon = 0, lat = 0]) => [wholly || lon < 0 ? lon + 360 : lon, lat]));
}

/** Only shapes near the region are drawn, to keep the SVG small on phones. */
function overlapsRegion([minLon, minLat, maxLon, maxLat]: [number, number, number, number]): boolean {
  const [[west, north], [east, south]] = regionBounds;
  return maxLon >= west - 15 && minLon <= east + 50 && maxLat >= south - 10 && minLat <= north + 15;
}

function boundsOf(polygon: Polygon): [number, number, number, number] {
  const bounds: [number, number, number, number] = [Number.POSITIVE_INFINITY, 90, Number.NEGATIVE_INFINITY, -90];
  for (const ring of polygon) {
    for (const [lon = 0, lat = 0] of ring) {
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
    }
  }
  return bounds;
}

const groupColours = ['#14528f', '#0d6a62', '#b3541e', '#6b3fa0', '#8a6d00'];

/** Degrees of margin around the points and lines when the view fits them. */
const fitMargin = 2;

/**
 * The view around the given points and lines, with a margin, never smaller than a few degrees (a single point would
 * otherwise zoom to a street); null when there is nothing to fit.
 */
export function boundsAround(
  points: readonly MapPoint[],
  lines: readonly MapLine[],
): [[number, number], [number, number]] | null {
  const positions: [number, number][] = [
    ...points.map((point): [number, number] => [point.longitude, point.latitude]),
    ...lines.flatMap((line) => line.coordinates),
  ];
  if (positions.length === 0) return null;
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  const minimumSpan = 12;
  let [west, east] = [Math.min(...lons) - fitMargin, Math.max(...lons) + fitMargin];
  let [south, north] = [Math.min(...lats) - fitMargin, Math.max(...lats) + fitMargin];
  if (east - west < minimumSpan) [west, east] = [(west + east - minimumSpan) / 2, (west + east + minimumSpan) / 2];
  if (north - south < minimumSpan)
    [south, north] = [(south + north - minimumSpan) / 2, (south + north + minimumSpan) / 2];
  return [
    [west, Math.min(north, 85)],
    [east, Math.max(south, -85)],
  ];
}

/**
 * The ECharts part of RegionMap, loaded lazily. Decorative for assistive technology (`aria-hidden`): RegionMap lists
 * the same points as links under it.
 */
export function RegionMapChart({
  points,
  lines = [],
  fitTo = 'region',
  height,
  onOpen,
}: {
  points: MapPoint[];
  lines?: MapLine[] | undefined;
  fitTo?: 'points' | 'region';
  height: number;
  onOpen: (href: string) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    registerRegionMap();
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chartRef.current = chart;
    chart.on('click', (params) => {
      const href = (params.data as { href?: string } | undefined)?.href;
      if (href) openRef.current(href);
    });
    // A box of zero width or height (collapsing during a resize) would leave the geo view a transform ECharts cannot
    // invert, and it throws; the chart keeps its last drawing until the box has a size again.
    const observer = new ResizeObserver(() => {
      if (element.clientWidth > 0 && element.clientHeight > 0) chart.resize({ animation: { duration: 0 } });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const groups = [...new Set(points.map((point) => point.group ?? ''))];
    const lineGroups = [...new Set(lines.map((line) => line.group ?? ''))];
    const lineSeries: LinesSeriesOption[] = lineGroups.map((group, index) => ({
      type: 'lines',
      coordinateSystem: 'geo',
      polyline: true,
      name: group,
      cursor: 'pointer',
      lineStyle: { color: groupColours[index % groupColours.length], width: 1.6, opacity: 0.85 },
      data: lines
        .filter((line) => (line.group ?? '') === group)
        // Emphasised lines last, so they are drawn over the others.
        .sort((a, b) => Number(a.emphasis ?? false) - Number(b.emphasis ?? false))
        .map((line) => ({
          name: line.id,
          coords: line.coordinates,
          title: line.label,
          href: line.href,
          lineStyle: {
            ...(line.color ? { color: line.color } : {}),
            type: line.dashed ? ('dashed' as const) : ('solid' as const),
            width: line.emphasis ? 4 : 1.6,
            opacity: line.emphasis ? 1 : 0.85,
          },
        })),
    }));
    const option: MapOption = {
      textStyle: { fontFamily: fontStack },
      animation: false,
      tooltip: { trigger: 'item', formatter: (params) => (params as { data?: { title?: string } }).data?.title ?? '' },
      geo: {
        map: mapName,
        boundingCoords: (fitTo === 'points' ? boundsAround(points, lines) : null) ?? regionBounds,
        roam: true,
        silent: true,
        itemStyle: { areaColor: '#eef1f4', borderColor: '#b8c2cc', borderWidth: 0.5 },
        regions: [...memberNumericCodes].map((code) => ({
          name: code,
          itemStyle: { areaColor: '#d0e1f3', borderColor: '#4d89cb', borderWidth: 0.8 },
        })),
      },
      series: [
        ...lineSeries,
        ...groups.map(
          (group, index): ScatterSeriesOption => ({
            type: 'scatter',
            coordinateSystem: 'geo',
            name: group,
            symbolSize: 11,
            itemStyle: { color: groupColours[index % groupColours.length], borderColor: '#fff', borderWidth: 1 },
            cursor: 'pointer',
            data: points
              .filter((point) => (point.group ?? '') === group)
              .map((point) => ({
                name: point.id,
                value: [point.longitude, point.latitude],
                title: point.label,
                href: point.href,
              })),
          }),
        ),
      ],
    };
    chartRef.current?.setOption(option, { notMerge: true });
  }, [points, lines, fitTo]);

  return <div ref={ref} className="chart-box region-map" style={{ height }} aria-hidden="true" />;
}
