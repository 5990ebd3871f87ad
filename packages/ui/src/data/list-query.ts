import type { CombinedError, OperationContext } from 'urql';

/**
 * What a list component (ActivityList, JointActionList, PolicyOutcomeLog…)
 * takes from its query: the page of the connection, whether it loads, its
 * error, and a retry that skips the cache. Spread it into the list's props.
 */
export function listQueryProps<Data, Connection>(
  [result, reexecute]: readonly [{ data?: Data | undefined; fetching: boolean; error?: CombinedError | undefined }, (opts?: Partial<OperationContext>) => void],
  connectionOf: (data: Data) => Connection,
) {
  return {
    connection: result.data ? connectionOf(result.data) : undefined,
    fetching: result.fetching,
    error: result.error,
    onRetry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
