import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  BorderDwell,
  CarrierLegs,
  RecordedEvent,
  ShipmentTimeline,
  TrackingEventInput,
} from '../../../../../packages/freight/src/tracking/contracts.ts';
import { api, apiRequest } from '../../api/client.ts';

export type { BorderDwell, CarrierLegs, RecordedEvent, ShipmentTimeline, TrackingEventInput };
export type CarrierLeg = CarrierLegs['items'][number];
export type DwellCrossing = BorderDwell['crossings'][number];
export type DwellDistribution = NonNullable<DwellCrossing['observed']>;

export const trackingKeys = {
  timeline: (shipmentId: string) => ['freight', 'tracking', 'timeline', shipmentId] as const,
  legs: ['freight', 'tracking', 'legs'] as const,
  dwell: ['freight', 'tracking', 'dwell'] as const,
};

export const useShipmentTimeline = (shipmentId: string) =>
  useQuery({
    queryKey: trackingKeys.timeline(shipmentId),
    queryFn: ({ signal }) =>
      api.get<ShipmentTimeline>(`/freight/shipments/${encodeURIComponent(shipmentId)}/timeline`, undefined, signal),
  });

export const useCarrierLegs = () =>
  useQuery({
    queryKey: trackingKeys.legs,
    queryFn: ({ signal }) => api.get<CarrierLegs>('/freight/legs', undefined, signal),
  });

export const useBorderDwell = () =>
  useQuery({
    queryKey: trackingKeys.dwell,
    queryFn: ({ signal }) => api.get<BorderDwell>('/freight/borders/dwell', undefined, signal),
  });

/**
 * Posts a tracking event. The caller passes the idempotency key made when the form was submitted, so that a second
 * click or a retry of the same submission is recognised by the server instead of recorded twice.
 */
export function usePostTrackingEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: { shipmentId: string; legId: string; idempotencyKey: string; event: TrackingEventInput }) =>
      apiRequest<RecordedEvent>(
        `/freight/shipments/${encodeURIComponent(variables.shipmentId)}/legs/${encodeURIComponent(variables.legId)}/events`,
        { method: 'POST', body: variables.event, headers: { 'idempotency-key': variables.idempotencyKey } },
      ),
    onSuccess: (_recorded, variables) => {
      void queryClient.invalidateQueries({ queryKey: trackingKeys.legs });
      void queryClient.invalidateQueries({ queryKey: trackingKeys.timeline(variables.shipmentId) });
    },
  });
}
