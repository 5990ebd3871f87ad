/** Placeholder: replaced by the page's real implementation. */
export function CapacityAssessmentsPage() {
  return <h1>CapacityAssessmentsPage</h1>;
}
