import { AppShell, EmptyState, Loading, type NavItem } from '@synergia/ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useCurrentNetwork } from '../network/NetworkContext.tsx';
import { NetworkPicker } from '../network/NetworkPicker.tsx';

/** The frame of every signed-in page: navigation for what the viewer may do, the network picker, the page. */
export function ContinentalLayout() {
  const { t } = useTranslation();
  const { network, isAdmin, canReadAudit } = useCurrentNetwork();

  const nav: NavItem[] = [
    { to: '/', label: t('continental.nav.overview') },
    { to: '/activities', label: t('continental.activities.nav') },
    { to: '/participation', label: t('continental.dashboard.nav') },
    // Exact match: the summary below has its own entry.
    { to: '/joint-actions', label: t('continental.jointActions.nav'), end: true },
    { to: '/joint-actions/by-country', label: t('continental.jointActionSummary.nav') },
    { to: '/policy-outcomes', label: t('continental.policyOutcomes.nav') },
    { to: '/missions', label: t('continental.missions.nav') },
    { to: '/follow-ups', label: t('continental.followUps.nav') },
    { to: '/reviews', label: t('continental.reviews.nav') },
    { to: '/capacity-assessments', label: t('continental.capacityAssessments.nav') },
    { to: '/capacity-building', label: t('continental.capacityBuilding.nav') },
  ];
  if (isAdmin) {
    nav.push({ to: '/synergies/new', label: t('continental.nav.newSynergy') });
    nav.push({ to: '/roles', label: t('continental.nav.roles') });
  }
  if (canReadAudit) nav.push({ to: '/audit', label: t('continental.nav.audit') });

  return (
    <AppShell appName={t('continental.appName')} nav={nav}>
      <NetworkPicker />
      {network ? (
        // The loading indicator while a page's code arrives.
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      ) : (
        <>
          <h1>{t('continental.network.noneTitle')}</h1>
          <EmptyState title={t('continental.network.none')} />
        </>
      )}
    </AppShell>
  );
}
