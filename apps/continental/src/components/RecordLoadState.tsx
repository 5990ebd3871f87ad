import { ErrorMessage, Loading, isBadUserInput } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';

export type RecordLoadStateProps = {
  /** The record query's state: whether it answered, with the record or without. */
  answered: boolean;
  found: boolean;
  fetching: boolean;
  error: CombinedError | undefined;
  onRetry: () => void;
  /** The heading when there is no such record (or the id is malformed). */
  notFound: string;
};

/** What a record's page shows until it has the record: the load error, the spinner, or "not found". */
export function RecordLoadState({ answered, found, fetching, error, onRetry, notFound }: RecordLoadStateProps) {
  const { t } = useTranslation();
  // The API refuses a malformed id as bad input: that is "not found" to the reader, not an error.
  const invalidId = isBadUserInput(error);
  return (
    <>
      {error && !invalidId ? <ErrorMessage error={error} onRetry={onRetry} /> : null}
      {fetching && !answered ? <Loading /> : null}
      {(answered && !found) || invalidId ? (
        <>
          <h1>{notFound}</h1>
          <p>{t('errors.notFound')}</p>
        </>
      ) : null}
    </>
  );
}
