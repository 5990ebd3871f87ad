import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { EmptyState } from '../data/EmptyState.tsx';
import { ErrorMessage, isBadUserInput } from '../data/ErrorMessage.tsx';
import { Loading } from '../data/Loading.tsx';
import { Pagination } from '../data/Pagination.tsx';
import { FormAlert } from '../forms/FormAlert.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { formatNumber, regionalLocale } from '../format/format.ts';
import { PolicyOutcomeFilterBar } from './PolicyOutcomeFilterBar.tsx';
import { PolicyOutcomeTable, type PolicyOutcomeRow } from './PolicyOutcomeTable.tsx';
import { EMPTY_POLICY_OUTCOME_LIST_PARAMS } from './policy-outcome-params.ts';
import type { PolicyOutcomeListControls } from './usePolicyOutcomeList.ts';

/** A page of a `policyOutcomes` connection. */
export type PolicyOutcomeConnectionLike<Row extends PolicyOutcomeRow> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: Row }[];
};

export type PolicyOutcomeLogProps<Row extends PolicyOutcomeRow> = {
  controls: PolicyOutcomeListControls;
  connection: PolicyOutcomeConnectionLike<Row> | null | undefined;
  fetching: boolean;
  error?: CombinedError | null | undefined;
  onRetry: () => void;
  /**
   * Prefix of the page's messages: the table's and filter bar's (see them),
   * and `.heading`, `.badFilter`, `.total`, `.matching` (with `count` and `formatted`), `.noMatch`, `.empty`.
   */
  messages: string;
  caption: string;
  countries?: readonly SelectOption[] | null;
  /** Where a joint action's title links to; default `/joint-actions/:id`. */
  jointActionHref?: (jointAction: Row['jointAction']) => string;
  locale?: string;
};

/**
 * The policy outcome log below its page header, as JointActionList is for
 * joint actions: the filter bar, the count, the table with its empty state,
 * and pagination. A filter the API refuses offers to clear the filters.
 */
export function PolicyOutcomeLog<Row extends PolicyOutcomeRow>({
  controls,
  connection,
  fetching,
  error,
  onRetry,
  messages,
  caption,
  countries,
  jointActionHref = (jointAction) => `/joint-actions/${encodeURIComponent(jointAction.id)}`,
  locale,
}: PolicyOutcomeLogProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const { list, pagination, filtered, change } = controls;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const clearFilters = (
    <button type="button" className="button" onClick={() => change(EMPTY_POLICY_OUTCOME_LIST_PARAMS)}>
      {t('activities.filters.clear')}
    </button>
  );
  const count = (key: 'matching' | 'total', total: number) => t(`${messages}.${key}`, { count: total, formatted: formatNumber(total, lng) });

  return (
    <>
      <PolicyOutcomeFilterBar params={list} onChange={change} countries={countries} messages={messages} />

      {isBadUserInput(error) ? (
        <FormAlert title={t(`${messages}.badFilter`)} actions={clearFilters} />
      ) : error ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : null}
      {fetching && !connection ? <Loading /> : null}

      {connection ? (
        <section aria-labelledby="policy-outcomes-heading">
          <div className="activity-list-summary">
            <h2 id="policy-outcomes-heading" className="visually-hidden">
              {t(`${messages}.heading`)}
            </h2>
            <p role="status">{filtered ? count('matching', connection.totalCount) : count('total', connection.totalCount)}</p>
          </div>
          <PolicyOutcomeTable
            rows={rows}
            caption={caption}
            jointActionHref={jointActionHref}
            messages={messages}
            locale={lng}
            empty={<EmptyState title={t(filtered ? `${messages}.noMatch` : `${messages}.empty`)} action={filtered ? clearFilters : null} />}
          />
          {rows.length > 0 ? <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} /> : null}
        </section>
      ) : null}
    </>
  );
}
