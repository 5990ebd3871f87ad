import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { AppShell, AuthProvider, Loading, RequireAuth, SignInPage } from '@synergia/ui';
import { HomePage } from './routes/home/HomePage.tsx';
import { NotFoundPage } from './routes/not-found/NotFoundPage.tsx';
import { PartnerDetailPage } from './routes/partner-detail/PartnerDetailPage.tsx';
import { PartnerEditPage } from './routes/partner-edit/PartnerEditPage.tsx';
import { PartnerNewPage } from './routes/partner-new/PartnerNewPage.tsx';
import { SynergyPage } from './routes/synergy/SynergyPage.tsx';
import { ActivityListPage } from './routes/activities/ActivityListPage.tsx';
import { ActivityDetailPage } from './routes/activity-detail/ActivityDetailPage.tsx';
import { ActivityEditPage } from './routes/activity-edit/ActivityEditPage.tsx';
import { ActivityNewPage } from './routes/activity-new/ActivityNewPage.tsx';
import { ApiTokensRoute } from './routes/api-tokens/ApiTokensRoute.tsx';
import { JointActionListPage } from './routes/joint-actions/JointActionListPage.tsx';
import { JointActionDetailPage } from './routes/joint-action-detail/JointActionDetailPage.tsx';
import { JointActionEditPage } from './routes/joint-action-edit/JointActionEditPage.tsx';
import { JointActionNewPage } from './routes/joint-action-new/JointActionNewPage.tsx';

// The dashboard brings the chart library: loaded only when it is opened.
const SynergyDashboardPage = lazy(() =>
  import('./routes/synergy-dashboard/SynergyDashboardPage.tsx').then((m) => ({ default: m.SynergyDashboardPage })),
);

// Capacity building (missions, their review, follow-ups): loaded when first opened.
const MissionListPage = lazy(() => import('./routes/missions/MissionListPage.tsx').then((m) => ({ default: m.MissionListPage })));
const MissionDetailPage = lazy(() => import('./routes/mission-detail/MissionDetailPage.tsx').then((m) => ({ default: m.MissionDetailPage })));
const FollowUpListPage = lazy(() => import('./routes/follow-ups/FollowUpListPage.tsx').then((m) => ({ default: m.FollowUpListPage })));

/** A lazily loaded page, with the loading indicator while its code arrives. */
const lazyPage = (page: ReactNode) => <Suspense fallback={<Loading />}>{page}</Suspense>;

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
        <Outlet />
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
            <Route
              path="synergies/:synergyId/dashboard"
              element={
                <Suspense fallback={<Loading />}>
                  <SynergyDashboardPage />
                </Suspense>
              }
            />
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
            <Route path="missions" element={lazyPage(<MissionListPage />)} />
            <Route path="missions/:missionId" element={lazyPage(<MissionDetailPage />)} />
            <Route path="synergies/:synergyId/missions" element={lazyPage(<MissionListPage />)} />
            <Route path="follow-ups" element={lazyPage(<FollowUpListPage />)} />
            <Route path="synergies/:synergyId/follow-ups" element={lazyPage(<FollowUpListPage />)} />
            <Route path="api-tokens" element={<ApiTokensRoute />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
