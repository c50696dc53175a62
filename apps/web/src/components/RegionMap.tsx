import { Anchor, List, Skeleton, Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link, useNavigate } from 'react-router';

/** A place shown on the region map. */
export interface MapPoint {
  id: string;
  label: string;
  latitude: number;
  longitude: number;
  /** In-app path the point opens. */
  href?: string;
  /** Points of one group share a colour (e.g. a country or a kind of park). */
  group?: string;
}

/** A line drawn on the region map, e.g. a rail link between two nodes. */
export interface MapLine {
  id: string;
  label: string;
  /** The line's vertices as [longitude, latitude]. */
  coordinates: [number, number][];
  /** Lines of one group share a colour (e.g. a transport mode). */
  group?: string;
  /** Drawn dashed, e.g. for a link not yet open. */
  dashed?: boolean;
  /** Drawn thicker and on top, e.g. the legs of a chosen route. */
  emphasis?: boolean;
  /** In-app path the line opens. */
  href?: string;
  /** A colour of its own, e.g. to match a legend; otherwise the group's colour. */
  color?: string;
}

// ECharts and the country shapes are the heaviest part of a page: load them after its text is on screen.
const RegionMapChart = lazy(() => import('./RegionMapChart.tsx').then((m) => ({ default: m.RegionMapChart })));

/**
 * A map of the SCO region (member states shaded, from Natural Earth shapes shipped with the app) with clickable
 * points and optional lines, followed by the same points as a list of links for keyboards and screen readers (lines
 * are listed by the caller, who knows how to describe them). `fitTo: 'points'` zooms to the points and lines instead
 * of the whole region.
 */
export function RegionMap({
  points,
  lines,
  fitTo = 'region',
  height = 360,
  ariaLabel,
  hidePointList = false,
}: {
  points: MapPoint[];
  lines?: MapLine[];
  fitTo?: 'points' | 'region';
  height?: number;
  ariaLabel: string;
  /** The caller lists the points itself (e.g. in a table), so the map's own list would repeat it. */
  hidePointList?: boolean;
}) {
  const navigate = useNavigate();
  return (
    <figure className="region-map-figure" style={{ margin: 0 }}>
      <Suspense fallback={<Skeleton height={height} />}>
        <RegionMapChart points={points} lines={lines} fitTo={fitTo} height={height} onOpen={(href) => navigate(href)} />
      </Suspense>
      <figcaption>
        <Text size="sm" fw={600} mt="xs">
          {ariaLabel}
        </Text>
        {hidePointList ? null : (
          <List size="sm" spacing={2} aria-label={ariaLabel}>
            {points.map((point) => (
              <List.Item key={point.id}>
                {point.href ? (
                  <Anchor component={Link} to={point.href}>
                    {point.label}
                  </Anchor>
                ) : (
                  point.label
                )}
              </List.Item>
            ))}
          </List>
        )}
      </figcaption>
    </figure>
  );
}
