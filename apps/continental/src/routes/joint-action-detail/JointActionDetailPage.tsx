import { ActivityStatusBadge, JointActionDetails, JointActionKindBadge, useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { ContinentalJointActionDetailQuery } from './joint-action-detail.documents.ts';

/** One joint action, read only: what and when, partners, milestones, targets, the outcome log, people reached and gender marker. */
export function JointActionDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { jointActionId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContinentalJointActionDetailQuery, variables: { id: jointActionId } });
  const action = data?.jointAction;
  useDocumentTitle(action?.title ?? t('continental.jointActions.title'), t('continental.appName'));

  return (
    <div className="page">
      <BackLink to="/joint-actions">{t('continental.jointActions.back')}</BackLink>
      <RecordLoadState
        answered={Boolean(data)}
        found={Boolean(action)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        notFound={t('continental.jointActions.notFound')}
      />
      {action ? (
        <>
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{action.synergy?.name ?? t('jointActions.continental')}</p>
              <h1>{action.title}</h1>
              <p className="muted">
                <JointActionKindBadge kind={action.kind} /> · <ActivityStatusBadge status={action.status} />
                {action.lead ? ` · ${t('continental.jointActions.ledBy', { name: action.lead.name })}` : null}
              </p>
            </div>
          </div>

          <JointActionDetails action={action} synergyHref={(synergy) => `/synergies/${encodeURIComponent(synergy.id)}`} locale={locale} />
        </>
      ) : null}
    </div>
  );
}
