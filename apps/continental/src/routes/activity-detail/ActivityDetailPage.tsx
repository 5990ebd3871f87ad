import { ActivityDetails, ActivityStatusBadge, activityTypeLabel, useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { RecordLoadState } from '../../components/RecordLoadState.tsx';
import { ContinentalActivityDetailQuery } from './activity-detail.documents.ts';

/** One activity, read only: what, when, where, the participants grid and the gender marker. */
export function ActivityDetailPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const { activityId = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContinentalActivityDetailQuery, variables: { id: activityId } });
  const activity = data?.activity;
  useDocumentTitle(activity?.title ?? t('continental.activities.title'), t('continental.appName'));

  return (
    <div className="page">
      <BackLink to="/activities">{t('continental.activities.back')}</BackLink>
      <RecordLoadState
        answered={Boolean(data)}
        found={Boolean(activity)}
        fetching={fetching}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        notFound={t('continental.activities.notFound')}
      />
      {activity ? (
        <>
          <div className="page-header">
            <div>
              <p className="page-header__eyebrow">{activity.partner.name}</p>
              <h1>{activity.title}</h1>
              <p className="muted">
                {activityTypeLabel(t, activity.type, activity.subType)} · <ActivityStatusBadge status={activity.status} />
              </p>
            </div>
          </div>

          <ActivityDetails activity={activity} locale={locale} />
        </>
      ) : null}
    </div>
  );
}
