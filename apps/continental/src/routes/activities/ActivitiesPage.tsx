import { ActivityList, countryName, nameWithAcronym, useActivityList, useDocumentTitle } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { ContinentalActivitiesQuery, ContinentalActivityFilterOptionsQuery } from './activities.documents.ts';

const LIST_CONTEXT = { additionalTypenames: ['Activity'] };

/**
 * Every activity of the network's partners, read only: the filters of the
 * national list plus the country, kept in the URL; pages of 20 with the
 * total; the filtered list as CSV or XLSX.
 */
export function ActivitiesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const activities = useActivityList({ networkId });
  useDocumentTitle(t('continental.activities.title'), t('continental.appName'));

  const [result, reexecute] = useQuery({
    query: ContinentalActivitiesQuery,
    variables: activities.variables,
    context: LIST_CONTEXT,
    pause: !networkId,
  });
  const [optionsResult] = useQuery({ query: ContinentalActivityFilterOptionsQuery, variables: { networkId, first: 100 }, pause: !networkId });

  const options = optionsResult.data;
  const synergyOptions = useMemo(() => options?.synergies.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [], [options]);
  const partnerOptions = useMemo(() => options?.partners.edges.map((e) => ({ value: e.node.id, label: nameWithAcronym(e.node) })) ?? [], [options]);
  // The countries the network works in: those of its synergies and partners.
  const countryOptions = useMemo(() => {
    const codes = new Set([...(options?.synergies.edges ?? []), ...(options?.partners.edges ?? [])].map((e) => e.node.country));
    const collator = new Intl.Collator(locale);
    return [...codes].map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) => collator.compare(a.label, b.label));
  }, [options, locale]);

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{network?.name}</p>
          <h1>{t('continental.activities.title')}</h1>
          <p className="muted">{t('continental.activities.intro')}</p>
        </div>
      </div>

      <ActivityList
        controls={activities}
        connection={result.data?.activities}
        fetching={result.fetching}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        messages="continental.activities"
        caption={t('continental.activities.caption', { network: network?.name ?? '' })}
        synergies={synergyOptions}
        partners={partnerOptions}
        countries={countryOptions}
        showCountry
        showSynergy
        locale={locale}
      />
    </div>
  );
}
