import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';

export type ErrorMessageProps = {
  /** A failed request: its kind (offline, forbidden, not found) chooses the message. */
  error?: CombinedError | null;
  /** Or a message of the caller's own. */
  message?: string;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
};

/** The i18n key of the message for a failed request; never the server's raw text, which may be technical. */
export function errorMessageKey(error: CombinedError | null | undefined): string {
  if (!error) return 'errors.generic';
  if (error.networkError) return 'errors.network';
  const codes = error.graphQLErrors.map((e) => e.extensions?.['code']);
  if (codes.includes('FORBIDDEN')) return 'errors.forbidden';
  if (codes.includes('NOT_FOUND')) return 'errors.notFound';
  return 'errors.generic';
}

/** Whether the API refused a query argument (a malformed id or filter): `extensions.code = BAD_USER_INPUT`. */
export function isBadUserInput(error: CombinedError | null | undefined): boolean {
  return Boolean(error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT'));
}

/** A failed load: what went wrong in words a user understands, and a way to try again. */
export function ErrorMessage({ error, message, onRetry }: ErrorMessageProps) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--error" role="alert">
      <p>{message ?? t(errorMessageKey(error))}</p>
      {onRetry ? (
        <div className="alert__actions">
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
