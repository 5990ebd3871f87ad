/** Placeholder: replaced by the page's real implementation. */
export function ReviewPage() {
  return <h1>ReviewPage</h1>;
}
