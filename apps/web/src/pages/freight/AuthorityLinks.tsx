/** Read-only links (and QR codes) for authorities to a shipment's documents, with their access log. */
export function AuthorityLinks(_props: { shipmentId: string }) {
  return null;
}
