import { usePeriodParam } from '@synergia/ui';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery, type OperationContext } from 'urql';
import { useCurrentNetwork } from '../network/NetworkContext.tsx';

/** The variables of a network summary over a period. */
type NetworkPeriodVariables = { networkId: string; from?: string | null; to?: string | null };

/**
 * A summary of the current network over the period in the URL (participation,
 * joint actions): the network, the period, the query's answer, and its status (loading, error, a retry that skips the cache).
 */
export function useNetworkPeriodQuery<Data>(query: TypedDocumentNode<Data, NetworkPeriodVariables>, context: Partial<OperationContext>) {
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const period = usePeriodParam();
  const [{ data, fetching, error }, reexecute] = useQuery({ query, variables: { networkId, from: period.range.from, to: period.range.to }, pause: !networkId, context });
  // `status` is what PeriodSummaryState shows above the summary.
  const status = { period, loaded: Boolean(data), fetching, error, onRetry: () => reexecute({ requestPolicy: 'network-only' }) };
  return { network, period, data, status };
}
