/** Placeholder: replaced by the page's real implementation. */
export function CapacityBuildingDashboardPage() {
  return <h1>CapacityBuildingDashboardPage</h1>;
}
