import { PolicyOutcomeLog, useDocumentTitle, usePolicyOutcomeList } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
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

  const [result, reexecute] = useQuery({ query: ContinentalPolicyOutcomesQuery, variables: controls.variables, context: LOG_CONTEXT, pause: !networkId });

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <p className="page-header__eyebrow">{network?.name}</p>
          <h1>{t('continental.policyOutcomes.title')}</h1>
          <p className="muted">{t('continental.policyOutcomes.intro')}</p>
        </div>
        <p>
          <Link to="/joint-actions">{t('continental.jointActions.back')}</Link>
        </p>
      </div>

      <PolicyOutcomeLog
        controls={controls}
        connection={result.data?.policyOutcomes}
        fetching={result.fetching}
        error={result.error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        messages="continental.policyOutcomes"
        caption={t('continental.policyOutcomes.caption', { network: network?.name ?? '' })}
        countries={countries}
        locale={locale}
      />
    </div>
  );
}
