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

// ECharts and the country shapes are the heaviest part of a page: load them after its text is on screen.
const RegionMapChart = lazy(() => import('./RegionMapChart.tsx').then((m) => ({ default: m.RegionMapChart })));

/**
 * A map of the SCO region (member states shaded, from Natural Earth shapes shipped with the app) with clickable
 * points, followed by the same points as a list of links for keyboards and screen readers.
 */
export function RegionMap({
  points,
  height = 360,
  ariaLabel,
}: {
  points: MapPoint[];
  height?: number;
  ariaLabel: string;
}) {
  const navigate = useNavigate();
  return (
    <figure className="region-map-figure" style={{ margin: 0 }}>
      <Suspense fallback={<Skeleton height={height} />}>
        <RegionMapChart points={points} height={height} onOpen={(href) => navigate(href)} />
      </Suspense>
      <figcaption>
        <Text size="sm" fw={600} mt="xs">
          {ariaLabel}
        </Text>
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
      </figcaption>
    </figure>
  );
}
