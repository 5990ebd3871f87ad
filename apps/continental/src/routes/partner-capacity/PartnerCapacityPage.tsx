/** Placeholder: replaced by the page's real implementation. */
export function PartnerCapacityPage() {
  return <h1>PartnerCapacityPage</h1>;
}
