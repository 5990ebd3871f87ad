/** Placeholder: replaced by the page's real implementation. */
export function MissionNewPage() {
  return <h1>MissionNewPage</h1>;
}
