import { PagedList, type ConnectionLike, type ListComponentProps } from '../data/PagedList.tsx';
import type { SelectOption } from '../forms/SelectField.tsx';
import { PolicyOutcomeFilterBar } from './PolicyOutcomeFilterBar.tsx';
import { PolicyOutcomeTable, type PolicyOutcomeRow } from './PolicyOutcomeTable.tsx';
import { EMPTY_POLICY_OUTCOME_LIST_PARAMS } from './policy-outcome-params.ts';
import type { PolicyOutcomeListControls } from './usePolicyOutcomeList.ts';

/** A page of a `policyOutcomes` connection. */
export type PolicyOutcomeConnectionLike<Row extends PolicyOutcomeRow> = ConnectionLike<Row>;

export type PolicyOutcomeLogProps<Row extends PolicyOutcomeRow> = ListComponentProps<Row, PolicyOutcomeListControls> & {
  /**
   * Prefix of the page's messages: the table's and filter bar's (see them),
   * and `.heading`, `.badFilter`, `.total`, `.matching` (with `count` and `formatted`), `.noMatch`, `.empty`.
   */
  messages: string;
  countries?: readonly SelectOption[] | null;
  /** Where a joint action's title links to; default `/joint-actions/:id`. */
  jointActionHref?: (jointAction: Row['jointAction']) => string;
};

/**
 * The policy outcome log below its page header, as JointActionList is for
 * joint actions: the filter bar, the count, the table with its empty state,
 * and pagination. A filter the API refuses offers to clear the filters.
 */
export function PolicyOutcomeLog<Row extends PolicyOutcomeRow>({
  controls,
  messages,
  caption,
  countries,
  jointActionHref = (jointAction) => `/joint-actions/${encodeURIComponent(jointAction.id)}`,
  locale,
  ...result
}: PolicyOutcomeLogProps<Row>) {
  const { list, pagination, filtered, change } = controls;
  return (
    <PagedList
      filterBar={<PolicyOutcomeFilterBar params={list} onChange={change} countries={countries} messages={messages} />}
      {...result}
      messages={messages}
      headingId="policy-outcomes-heading"
      pagination={pagination}
      filtered={filtered}
      onClearFilters={() => change(EMPTY_POLICY_OUTCOME_LIST_PARAMS)}
      locale={locale}
      table={(rows, empty, lng) => <PolicyOutcomeTable rows={rows} caption={caption} jointActionHref={jointActionHref} messages={messages} locale={lng} empty={empty} />}
    />
  );
}
