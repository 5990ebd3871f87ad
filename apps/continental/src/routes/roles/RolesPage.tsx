import { useDocumentTitle } from '@synergia/ui';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '../../layout/RequirePermission.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { CreateUserForm } from './CreateUserForm.tsx';
import { GrantRoleForm } from './GrantRoleForm.tsx';
import { UserList } from './UserList.tsx';

/** People and roles (network admins): the network's users, granting and revoking roles, new accounts. */
export function RolesPage() {
  const { t } = useTranslation();
  const { network, isAdmin } = useCurrentNetwork();
  useDocumentTitle(t('continental.roles.title'), t('continental.appName'));
  return (
    <RequirePermission allowed={isAdmin} reason={t('continental.roles.forbidden')}>
      {network ? <RolesContent key={network.id} networkId={network.id} networkName={network.name} /> : null}
    </RequirePermission>
  );
}

function RolesContent({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useTranslation();
  const [grantUserId, setGrantUserId] = useState('');

  // From a row's "Grant a role" button: choose the user and take the keyboard to the form.
  const startGrant = useCallback((userId: string) => {
    setGrantUserId(userId);
    requestAnimationFrame(() => {
      document.getElementById('grant-title')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      document.getElementById('grant-role')?.focus({ preventScroll: true });
    });
  }, []);

  return (
    <div className="page">
      <h1>{t('continental.roles.title')}</h1>
      <p className="muted">{t('continental.roles.intro', { network: networkName })}</p>
      <section aria-labelledby="people-title">
        <h2 id="people-title">{t('continental.roles.peopleTitle')}</h2>
        <UserList networkId={networkId} onGrant={startGrant} />
      </section>
      <div className="form-columns">
        <section aria-labelledby="grant-title" className="card">
          <h2 id="grant-title">{t('continental.grant.title')}</h2>
          <GrantRoleForm networkId={networkId} networkName={networkName} userId={grantUserId} onUserChange={setGrantUserId} />
        </section>
        <section aria-labelledby="create-user-title" className="card">
          <h2 id="create-user-title">{t('continental.createUser.title')}</h2>
          <p className="muted">{t('continental.createUser.intro')}</p>
          <CreateUserForm networkId={networkId} onCreated={(user) => setGrantUserId(user.id)} />
        </section>
      </div>
    </div>
  );
}
