import { AppShell, Loading, RequireAuth, SignInPage } from '@synergia/ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ContinentalLayout } from './layout/ContinentalLayout.tsx';
import { NetworkProvider } from './network/NetworkContext.tsx';
import { AuditPage } from './routes/audit/AuditPage.tsx';
import { NotFoundPage } from './routes/not-found/NotFoundPage.tsx';
import { OverviewPage } from './routes/overview/OverviewPage.tsx';
import { RolesPage } from './routes/roles/RolesPage.tsx';
import { SynergyDetailPage } from './routes/synergy-detail/SynergyDetailPage.tsx';
import { ActivitiesPage } from './routes/activities/ActivitiesPage.tsx';
import { ActivityDetailPage } from './routes/activity-detail/ActivityDetailPage.tsx';
import { NewSynergyPage } from './routes/synergy-new/NewSynergyPage.tsx';
import { ApiTokensRoute } from './routes/api-tokens/ApiTokensRoute.tsx';
import { JointActionsPage } from './routes/joint-actions/JointActionsPage.tsx';
import { JointActionDetailPage } from './routes/joint-action-detail/JointActionDetailPage.tsx';
import { PolicyOutcomesPage } from './routes/policy-outcomes/PolicyOutcomesPage.tsx';

// The participation page brings the chart library: loaded only when it is opened.
const ParticipationPage = lazy(() =>
  import('./routes/participation/ParticipationPage.tsx').then((m) => ({ default: m.ParticipationPage })),
);

// The joint action summary draws a chart too: loaded the same way.
const JointActionSummaryPage = lazy(() =>
  import('./routes/joint-action-summary/JointActionSummaryPage.tsx').then((m) => ({ default: m.JointActionSummaryPage })),
);

// Capacity building: every page is its own chunk, loaded when opened.
const MissionsPage = lazy(() => import('./routes/missions/MissionsPage.tsx').then((m) => ({ default: m.MissionsPage })));
const MissionNewPage = lazy(() => import('./routes/mission-new/MissionNewPage.tsx').then((m) => ({ default: m.MissionNewPage })));
const MissionDetailPage = lazy(() => import('./routes/mission-detail/MissionDetailPage.tsx').then((m) => ({ default: m.MissionDetailPage })));
const MissionEditPage = lazy(() => import('./routes/mission-edit/MissionEditPage.tsx').then((m) => ({ default: m.MissionEditPage })));
const FollowUpsPage = lazy(() => import('./routes/follow-ups/FollowUpsPage.tsx').then((m) => ({ default: m.FollowUpsPage })));
const ReviewQueuePage = lazy(() => import('./routes/reviews/ReviewQueuePage.tsx').then((m) => ({ default: m.ReviewQueuePage })));
const ReviewPage = lazy(() => import('./routes/review-detail/ReviewPage.tsx').then((m) => ({ default: m.ReviewPage })));
const CapacityAssessmentsPage = lazy(() => import('./routes/capacity-assessments/CapacityAssessmentsPage.tsx').then((m) => ({ default: m.CapacityAssessmentsPage })));
const PartnerCapacityPage = lazy(() => import('./routes/partner-capacity/PartnerCapacityPage.tsx').then((m) => ({ default: m.PartnerCapacityPage })));
const CapacityBuildingDashboardPage = lazy(() => import('./routes/capacity-building/CapacityBuildingDashboardPage.tsx').then((m) => ({ default: m.CapacityBuildingDashboardPage })));

/** The continental app's routes (relative to the `/continental` basename). */
export function App() {
  const { t } = useTranslation();
  return (
    <Routes>
      <Route
        path="sign-in"
        element={
          <AppShell appName={t('continental.appName')} nav={[]}>
            <SignInPage appName={t('continental.appName')} />
          </AppShell>
        }
      />
      <Route
        element={
          <RequireAuth>
            <NetworkProvider>
              <ContinentalLayout />
            </NetworkProvider>
          </RequireAuth>
        }
      >
        <Route index element={<OverviewPage />} />
        <Route path="synergies/new" element={<NewSynergyPage />} />
        <Route path="synergies/:synergyId" element={<SynergyDetailPage />} />
        <Route path="roles" element={<RolesPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="activities" element={<ActivitiesPage />} />
        <Route path="activities/:activityId" element={<ActivityDetailPage />} />
        <Route
          path="participation"
          element={
            <Suspense fallback={<Loading />}>
              <ParticipationPage />
            </Suspense>
          }
        />
        <Route path="joint-actions" element={<JointActionsPage />} />
        <Route
          path="joint-actions/by-country"
          element={
            <Suspense fallback={<Loading />}>
              <JointActionSummaryPage />
            </Suspense>
          }
        />
        <Route path="joint-actions/:jointActionId" element={<JointActionDetailPage />} />
        <Route path="policy-outcomes" element={<PolicyOutcomesPage />} />
        <Route path="missions" element={<Suspense fallback={<Loading />}><MissionsPage /></Suspense>} />
        <Route path="missions/new" element={<Suspense fallback={<Loading />}><MissionNewPage /></Suspense>} />
        <Route path="missions/:missionId" element={<Suspense fallback={<Loading />}><MissionDetailPage /></Suspense>} />
        <Route path="missions/:missionId/edit" element={<Suspense fallback={<Loading />}><MissionEditPage /></Suspense>} />
        <Route path="follow-ups" element={<Suspense fallback={<Loading />}><FollowUpsPage /></Suspense>} />
        <Route path="reviews" element={<Suspense fallback={<Loading />}><ReviewQueuePage /></Suspense>} />
        <Route path="reviews/:reviewId" element={<Suspense fallback={<Loading />}><ReviewPage /></Suspense>} />
        <Route path="capacity-assessments" element={<Suspense fallback={<Loading />}><CapacityAssessmentsPage /></Suspense>} />
        <Route path="partners/:partnerId/capacity" element={<Suspense fallback={<Loading />}><PartnerCapacityPage /></Suspense>} />
        <Route path="capacity-building" element={<Suspense fallback={<Loading />}><CapacityBuildingDashboardPage /></Suspense>} />
        <Route path="api-tokens" element={<ApiTokensRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
