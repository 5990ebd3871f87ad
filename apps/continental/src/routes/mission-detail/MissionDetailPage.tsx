/** Placeholder: replaced by the page's real implementation. */
export function MissionDetailPage() {
  return <h1>MissionDetailPage</h1>;
}
