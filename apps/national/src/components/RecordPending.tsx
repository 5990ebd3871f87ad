import type { CombinedError } from 'urql';
import { ErrorMessage, Loading } from '@synergia/ui';
import { isInvalidId } from '../lib/errors.ts';
import { NotFoundPage } from '../routes/not-found/NotFoundPage.tsx';

export type RecordPendingProps = {
  /** The state of the query that loads the page's record. */
  result: { data?: unknown; fetching: boolean; error?: CombinedError | undefined };
  /** Asks again after a failed load. */
  onRetry: () => void;
};

/**
 * What a record's page shows while its record is not there: loading, the
 * error with a retry, or "not found" (also for an id the API refused as malformed).
 */
export function RecordPending({ result: { data, fetching, error }, onRetry }: RecordPendingProps) {
  if (error && isInvalidId(error)) return <NotFoundPage />;
  if (error) return <ErrorMessage error={error} onRetry={onRetry} />;
  return fetching || !data ? <Loading /> : <NotFoundPage />;
}
