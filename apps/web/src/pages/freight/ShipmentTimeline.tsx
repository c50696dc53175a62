/** One timeline of a shipment's events across all its legs, with the arrival estimate. */
export function ShipmentTimeline(_props: { shipmentId: string }) {
  return null;
}
