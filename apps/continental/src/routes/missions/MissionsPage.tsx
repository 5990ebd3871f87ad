/** Placeholder: replaced by the page's real implementation. */
export function MissionsPage() {
  return <h1>MissionsPage</h1>;
}
