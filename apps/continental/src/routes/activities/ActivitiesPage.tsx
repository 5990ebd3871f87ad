import { ActivityList, countryName, listQueryProps, nameWithAcronym, useActivityList, useDocumentTitle } from '@synergia/ui';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
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

  const query = useQuery({
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
      <NetworkPageHeader network={network?.name} title={t('continental.activities.title')} intro={t('continental.activities.intro')} />

      <ActivityList
        controls={activities}
        {...listQueryProps(query, (data) => data.activities)}
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
