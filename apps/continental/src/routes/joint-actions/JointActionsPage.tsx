import {
  ChoiceSelect,
  FilterBar,
  JointActionList,
  VocabularySelect,
  listQueryProps,
  useDocumentTitle,
  useJointActionList,
  writeJointActionListParams,
  type JointActionListControls,
  type SelectOption,
} from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { useNetworkChoices } from './useNetworkChoices.ts';
import { ContinentalJointActionsQuery } from './joint-actions.documents.ts';
import { EMPTY_PLACE_PARAMS, JOINT_ACTION_OWNERS, clearsAll, hasPlace, parsePlaceParams, withPlace, writePlaceParams, type PlaceParams } from './place-params.ts';

const LIST_CONTEXT = { additionalTypenames: ['JointAction'] };

/** The country and owner filters the continental list adds to the shared filter bar. */
function PlaceFilters({ place, countries, onChange }: { place: PlaceParams; countries: readonly SelectOption[]; onChange: (next: PlaceParams) => void }) {
  const { t } = useTranslation();
  // The shared bar's "Clear filters" clears these too (clearsAll), so this bar has none of its own.
  return (
    <FilterBar label={t('continental.jointActions.place.label')} filtered={false} onClear={() => onChange(EMPTY_PLACE_PARAMS)}>
      <ChoiceSelect
        id="joint-actions-filter-country"
        label={t('activities.filters.country')}
        value={place.country}
        options={countries}
        currentLabel={place.country}
        onChange={(country) => onChange({ ...place, country })}
      />
      <VocabularySelect
        id="joint-actions-filter-owner"
        label={t('continental.jointActions.place.owner')}
        value={place.owner}
        values={JOINT_ACTION_OWNERS}
        optionLabel={(owner) => t(`continental.jointActions.place.${owner}`)}
        onChange={(owner) => onChange({ ...place, owner })}
      />
    </FilterBar>
  );
}

/**
 * Every joint action of the network, read only: the national list's filters
 * plus the country and continental-only, kept in the URL; pages of 20 with
 * the total; the filtered list as CSV or XLSX.
 */
export function JointActionsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const base = useJointActionList({ networkId });
  const [searchParams, setSearchParams] = useSearchParams();
  const place = useMemo(() => parsePlaceParams(searchParams), [searchParams]);
  const options = useNetworkChoices(networkId, locale);
  useDocumentTitle(t('continental.jointActions.title'), t('continental.appName'));

  // The shared list, narrowed by country and owner: its count, export and "clear filters" take them into account.
  const controls: JointActionListControls = useMemo(() => {
    const filter = withPlace(base.filter, place);
    return {
      ...base,
      filter,
      variables: { ...base.variables, filter },
      filtered: base.filtered || hasPlace(place),
      change: (next) => {
        const params = writeJointActionListParams(next, searchParams);
        setSearchParams(clearsAll(base.list, next) ? writePlaceParams(EMPTY_PLACE_PARAMS, params) : params, { replace: true });
      },
    };
  }, [base, place, searchParams, setSearchParams]);

  const query = useQuery({ query: ContinentalJointActionsQuery, variables: controls.variables, context: LIST_CONTEXT, pause: !networkId });

  return (
    <div className="page">
      <NetworkPageHeader
        network={network?.name}
        title={t('continental.jointActions.title')}
        intro={t('continental.jointActions.intro')}
        links={
          <>
            <Link to="/joint-actions/by-country">{t('continental.jointActionSummary.nav')}</Link>
            {' · '}
            <Link to="/policy-outcomes">{t('continental.policyOutcomes.nav')}</Link>
          </>
        }
      />

      <PlaceFilters
        place={place}
        countries={options.countries}
        onChange={(next) => {
          // The shared list restarts at page 1 on its own filters only; a new place is a new list too.
          controls.pagination.reset();
          setSearchParams(writePlaceParams(next, searchParams), { replace: true });
        }}
      />
      <JointActionList
        controls={controls}
        {...listQueryProps(query, (data) => data.jointActions)}
        caption={t('continental.jointActions.caption', { network: network?.name ?? '' })}
        synergies={options.synergies}
        partners={options.partners}
        showSynergy
        locale={locale}
      />
    </div>
  );
}
