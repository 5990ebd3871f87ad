/** Placeholder: replaced by the page's real implementation. */
export function MissionEditPage() {
  return <h1>MissionEditPage</h1>;
}
