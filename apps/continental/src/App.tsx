import { AppShell, RequireAuth, SignInPage } from '@synergia/ui';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ContinentalLayout } from './layout/ContinentalLayout.tsx';
import { NetworkProvider } from './network/NetworkContext.tsx';

// Every page is its own chunk, loaded when first opened: the entry holds only the shell (layout, sign-in, auth).
const OverviewPage = lazy(() => import('./routes/overview/OverviewPage.tsx').then((m) => ({ default: m.OverviewPage })));
const NewSynergyPage = lazy(() => import('./routes/synergy-new/NewSynergyPage.tsx').then((m) => ({ default: m.NewSynergyPage })));
const SynergyDetailPage = lazy(() => import('./routes/synergy-detail/SynergyDetailPage.tsx').then((m) => ({ default: m.SynergyDetailPage })));
const RolesPage = lazy(() => import('./routes/roles/RolesPage.tsx').then((m) => ({ default: m.RolesPage })));
const AuditPage = lazy(() => import('./routes/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })));
const ActivitiesPage = lazy(() => import('./routes/activities/ActivitiesPage.tsx').then((m) => ({ default: m.ActivitiesPage })));
const ActivityDetailPage = lazy(() => import('./routes/activity-detail/ActivityDetailPage.tsx').then((m) => ({ default: m.ActivityDetailPage })));
const ParticipationPage = lazy(() => import('./routes/participation/ParticipationPage.tsx').then((m) => ({ default: m.ParticipationPage })));
const JointActionsPage = lazy(() => import('./routes/joint-actions/JointActionsPage.tsx').then((m) => ({ default: m.JointActionsPage })));
const JointActionSummaryPage = lazy(() => import('./routes/joint-action-summary/JointActionSummaryPage.tsx').then((m) => ({ default: m.JointActionSummaryPage })));
const JointActionDetailPage = lazy(() => import('./routes/joint-action-detail/JointActionDetailPage.tsx').then((m) => ({ default: m.JointActionDetailPage })));
const PolicyOutcomesPage = lazy(() => import('./routes/policy-outcomes/PolicyOutcomesPage.tsx').then((m) => ({ default: m.PolicyOutcomesPage })));
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
const ApiTokensRoute = lazy(() => import('./routes/api-tokens/ApiTokensRoute.tsx').then((m) => ({ default: m.ApiTokensRoute })));
const NotFoundPage = lazy(() => import('./routes/not-found/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })));

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
        <Route path="participation" element={<ParticipationPage />} />
        <Route path="joint-actions" element={<JointActionsPage />} />
        <Route path="joint-actions/by-country" element={<JointActionSummaryPage />} />
        <Route path="joint-actions/:jointActionId" element={<JointActionDetailPage />} />
        <Route path="policy-outcomes" element={<PolicyOutcomesPage />} />
        <Route path="missions" element={<MissionsPage />} />
        <Route path="missions/new" element={<MissionNewPage />} />
        <Route path="missions/:missionId" element={<MissionDetailPage />} />
        <Route path="missions/:missionId/edit" element={<MissionEditPage />} />
        <Route path="follow-ups" element={<FollowUpsPage />} />
        <Route path="reviews" element={<ReviewQueuePage />} />
        <Route path="reviews/:reviewId" element={<ReviewPage />} />
        <Route path="capacity-assessments" element={<CapacityAssessmentsPage />} />
        <Route path="partners/:partnerId/capacity" element={<PartnerCapacityPage />} />
        <Route path="capacity-building" element={<CapacityBuildingDashboardPage />} />
        <Route path="api-tokens" element={<ApiTokensRoute />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
