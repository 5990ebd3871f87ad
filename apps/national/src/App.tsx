import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { AppShell, AuthProvider, Loading, RequireAuth, SignInPage } from '@synergia/ui';

// Every page is its own chunk, loaded when first opened: the entry holds only the shell (layout, sign-in, auth).
const HomePage = lazy(() => import('./routes/home/HomePage.tsx').then((m) => ({ default: m.HomePage })));
const NotFoundPage = lazy(() => import('./routes/not-found/NotFoundPage.tsx').then((m) => ({ default: m.NotFoundPage })));
const PartnerDetailPage = lazy(() => import('./routes/partner-detail/PartnerDetailPage.tsx').then((m) => ({ default: m.PartnerDetailPage })));
const PartnerEditPage = lazy(() => import('./routes/partner-edit/PartnerEditPage.tsx').then((m) => ({ default: m.PartnerEditPage })));
const PartnerNewPage = lazy(() => import('./routes/partner-new/PartnerNewPage.tsx').then((m) => ({ default: m.PartnerNewPage })));
const SynergyPage = lazy(() => import('./routes/synergy/SynergyPage.tsx').then((m) => ({ default: m.SynergyPage })));
const ActivityListPage = lazy(() => import('./routes/activities/ActivityListPage.tsx').then((m) => ({ default: m.ActivityListPage })));
const ActivityDetailPage = lazy(() => import('./routes/activity-detail/ActivityDetailPage.tsx').then((m) => ({ default: m.ActivityDetailPage })));
const ActivityEditPage = lazy(() => import('./routes/activity-edit/ActivityEditPage.tsx').then((m) => ({ default: m.ActivityEditPage })));
const ActivityNewPage = lazy(() => import('./routes/activity-new/ActivityNewPage.tsx').then((m) => ({ default: m.ActivityNewPage })));
const ApiTokensRoute = lazy(() => import('./routes/api-tokens/ApiTokensRoute.tsx').then((m) => ({ default: m.ApiTokensRoute })));
const JointActionListPage = lazy(() => import('./routes/joint-actions/JointActionListPage.tsx').then((m) => ({ default: m.JointActionListPage })));
const JointActionDetailPage = lazy(() => import('./routes/joint-action-detail/JointActionDetailPage.tsx').then((m) => ({ default: m.JointActionDetailPage })));
const JointActionEditPage = lazy(() => import('./routes/joint-action-edit/JointActionEditPage.tsx').then((m) => ({ default: m.JointActionEditPage })));
const JointActionNewPage = lazy(() => import('./routes/joint-action-new/JointActionNewPage.tsx').then((m) => ({ default: m.JointActionNewPage })));
const SynergyDashboardPage = lazy(() => import('./routes/synergy-dashboard/SynergyDashboardPage.tsx').then((m) => ({ default: m.SynergyDashboardPage })));
const MissionListPage = lazy(() => import('./routes/missions/MissionListPage.tsx').then((m) => ({ default: m.MissionListPage })));
const MissionDetailPage = lazy(() => import('./routes/mission-detail/MissionDetailPage.tsx').then((m) => ({ default: m.MissionDetailPage })));
const FollowUpListPage = lazy(() => import('./routes/follow-ups/FollowUpListPage.tsx').then((m) => ({ default: m.FollowUpListPage })));

/** The frame of every signed-in page. */
function SignedInLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <AppShell
        appName={t('app.name')}
        nav={[
          { to: '/', label: t('nav.synergies') },
          { to: '/activities', label: t('activities.nav') },
          { to: '/joint-actions', label: t('jointActions.nav') },
          { to: '/missions', label: t('national.missions.nav') },
          { to: '/follow-ups', label: t('national.followUps.nav') },
        ]}
      >
        {/* The loading indicator while a page's code arrives. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </AppShell>
    </RequireAuth>
  );
}

function SignInRoute() {
  const { t } = useTranslation();
  return (
    <AppShell appName={t('app.name')} nav={[]}>
      <SignInPage appName={t('app.name')} />
    </AppShell>
  );
}

/** The national synergy app, served under /national/. */
export function App() {
  return (
    <BrowserRouter basename="/national">
      <AuthProvider>
        <Routes>
          <Route path="/sign-in" element={<SignInRoute />} />
          <Route element={<SignedInLayout />}>
            <Route index element={<HomePage />} />
            <Route path="synergies/:synergyId" element={<SynergyPage />} />
            <Route path="synergies/:synergyId/partners/new" element={<PartnerNewPage />} />
            <Route path="synergies/:synergyId/dashboard" element={<SynergyDashboardPage />} />
            <Route path="partners/:partnerId" element={<PartnerDetailPage />} />
            <Route path="partners/:partnerId/edit" element={<PartnerEditPage />} />
            <Route path="activities" element={<ActivityListPage />} />
            <Route path="activities/new" element={<ActivityNewPage />} />
            <Route path="activities/:activityId" element={<ActivityDetailPage />} />
            <Route path="activities/:activityId/edit" element={<ActivityEditPage />} />
            <Route path="synergies/:synergyId/activities" element={<ActivityListPage />} />
            <Route path="joint-actions" element={<JointActionListPage />} />
            <Route path="joint-actions/timeline" element={<JointActionListPage view="timeline" />} />
            <Route path="joint-actions/new" element={<JointActionNewPage />} />
            <Route path="joint-actions/:jointActionId" element={<JointActionDetailPage />} />
            <Route path="joint-actions/:jointActionId/edit" element={<JointActionEditPage />} />
            <Route path="synergies/:synergyId/joint-actions" element={<JointActionListPage />} />
            <Route path="synergies/:synergyId/joint-actions/timeline" element={<JointActionListPage view="timeline" />} />
            <Route path="missions" element={<MissionListPage />} />
            <Route path="missions/:missionId" element={<MissionDetailPage />} />
            <Route path="synergies/:synergyId/missions" element={<MissionListPage />} />
            <Route path="follow-ups" element={<FollowUpListPage />} />
            <Route path="synergies/:synergyId/follow-ups" element={<FollowUpListPage />} />
            <Route path="api-tokens" element={<ApiTokensRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
