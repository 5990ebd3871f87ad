import { AppShell, RequireAuth, SignInPage } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { ContinentalLayout } from './layout/ContinentalLayout.tsx';
import { NetworkProvider } from './network/NetworkContext.tsx';
import { AuditPage } from './routes/audit/AuditPage.tsx';
import { NotFoundPage } from './routes/not-found/NotFoundPage.tsx';
import { OverviewPage } from './routes/overview/OverviewPage.tsx';
import { RolesPage } from './routes/roles/RolesPage.tsx';
import { SynergyDetailPage } from './routes/synergy-detail/SynergyDetailPage.tsx';
import { NewSynergyPage } from './routes/synergy-new/NewSynergyPage.tsx';

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
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
