import type { UserErrorLike } from '@synergia/ui';
import type { CombinedError } from 'urql';

/**
 * What to show when a mutation gave no usable payload: the network failed, or
 * the API answered with a GraphQL error instead of user errors. Empty when the
 * payload's own `errors` explain the failure (or there was none).
 */
export function requestErrors(
  error: CombinedError | undefined,
  payloadErrors: readonly UserErrorLike[] | undefined,
  succeeded: boolean,
  t: (key: 'errors.network' | 'errors.generic') => string,
): UserErrorLike[] {
  if (payloadErrors && payloadErrors.length > 0) return [...payloadErrors];
  if (succeeded) return [];
  if (error?.networkError) return [{ message: t('errors.network') }];
  return [{ message: error?.graphQLErrors[0]?.message ?? t('errors.generic') }];
}
