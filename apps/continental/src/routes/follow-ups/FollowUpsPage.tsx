/** Placeholder: replaced by the page's real implementation. */
export function FollowUpsPage() {
  return <h1>FollowUpsPage</h1>;
}
