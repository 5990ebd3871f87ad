import { PolicyOutcomeLog, listQueryProps, useDocumentTitle, usePolicyOutcomeList } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { NetworkPageHeader } from '../../components/NetworkPageHeader.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { useNetworkChoices } from '../joint-actions/useNetworkChoices.ts';
import { ContinentalPolicyOutcomesQuery } from './policy-outcomes.documents.ts';

const LOG_CONTEXT = { additionalTypenames: ['PolicyOutcome', 'JointAction'] };

/**
 * The network's political results: every outcome recorded on a joint action
 * of any synergy or of the network, latest observed first: what changed,
 * where, at what stage, how much the action contributed and the evidence.
 * Filters (stage, country, target level, kind, period) are kept in the URL.
 */
export function PolicyOutcomesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { network } = useCurrentNetwork();
  const networkId = network?.id ?? '';
  const controls = usePolicyOutcomeList({ networkId });
  const { countries } = useNetworkChoices(networkId, locale);
  useDocumentTitle(t('continental.policyOutcomes.title'), t('continental.appName'));

  const query = useQuery({ query: ContinentalPolicyOutcomesQuery, variables: controls.variables, context: LOG_CONTEXT, pause: !networkId });

  return (
    <div className="page">
      <NetworkPageHeader
        network={network?.name}
        title={t('continental.policyOutcomes.title')}
        intro={t('continental.policyOutcomes.intro')}
        links={<Link to="/joint-actions">{t('continental.jointActions.back')}</Link>}
      />

      <PolicyOutcomeLog
        controls={controls}
        {...listQueryProps(query, (data) => data.policyOutcomes)}
        messages="continental.policyOutcomes"
        caption={t('continental.policyOutcomes.caption', { network: network?.name ?? '' })}
        countries={countries}
        locale={locale}
      />
    </div>
  );
}
