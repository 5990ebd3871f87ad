import { useTranslation } from 'react-i18next';
import { BrowserRouter, Outlet, Route, Routes } from 'react-router';
import { AppShell, AuthProvider, RequireAuth, SignInPage } from '@synergia/ui';
import { HomePage } from './routes/home/HomePage.tsx';
import { NotFoundPage } from './routes/not-found/NotFoundPage.tsx';
import { PartnerDetailPage } from './routes/partner-detail/PartnerDetailPage.tsx';
import { PartnerEditPage } from './routes/partner-edit/PartnerEditPage.tsx';
import { PartnerNewPage } from './routes/partner-new/PartnerNewPage.tsx';
import { SynergyPage } from './routes/synergy/SynergyPage.tsx';

/** The frame of every signed-in page. */
function SignedInLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <AppShell appName={t('app.name')} nav={[{ to: '/', label: t('nav.synergies') }]}>
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
            <Route path="partners/:partnerId" element={<PartnerDetailPage />} />
            <Route path="partners/:partnerId/edit" element={<PartnerEditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </AuthProvider>
    </BrowserRouter>
  );
}
