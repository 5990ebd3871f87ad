/** Placeholder: replaced by the page's real implementation. */
export function ReviewQueuePage() {
  return <h1>ReviewQueuePage</h1>;
}
