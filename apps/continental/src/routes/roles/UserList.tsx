import { DataTable, EmptyState, ErrorMessage, Loading, Pagination, useAuth, usePagination, type DataTableColumn } from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import type { ContinentalUsersQuery } from '../../gql/graphql.ts';
import { requestErrors } from '../../forms/requestErrors.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { RevokeRoleMutation, UsersQuery } from './roles.documents.ts';
import { scopeLabel } from './scope-label.ts';

type UserRow = ContinentalUsersQuery['users']['edges'][number]['node'];
type Grant = UserRow['roleGrants'][number];

const PAGE_SIZE = 20;
// A new user or grant must show up even when the page held no user or grant before.
const LIST_CONTEXT = { additionalTypenames: ['User', 'RoleGrant'] };

export type UserListProps = {
  networkId: string;
  /** Called when the user asks to grant a role to someone; the page moves to the grant form. */
  onGrant(userId: string): void;
};

/** The network's users with their roles: search, pages, and revoking a role after confirmation. */
export function UserList({ networkId, onGrant }: UserListProps) {
  const { t } = useTranslation();
  const { viewer, refresh } = useAuth();
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim());
  const pagination = usePagination(PAGE_SIZE, search);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UsersQuery,
    variables: { networkId, search: search || null, first: pagination.first, after: pagination.after },
    context: LIST_CONTEXT,
  });

  const [revoking, setRevoking] = useState<{ grant: Grant; user: UserRow } | null>(null);
  const [revokeError, setRevokeError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching: revokeBusy }, revokeRole] = useMutation(RevokeRoleMutation);

  function grantText(grant: Grant): string {
    return t('continental.roles.grantOn', { role: t(`enums.Role.${grant.role}`), scope: scopeLabel(grant.scope) });
  }

  async function confirmRevoke() {
    if (!revoking) return;
    setRevokeError(null);
    const result = await revokeRole({ input: { roleGrantId: revoking.grant.id } }, { additionalTypenames: ['User', 'RoleGrant'] });
    const payload = result.data?.revokeRole;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.revokedRoleGrantId), t);
    if (problems.length > 0) {
      setRevokeError(problems.map((e) => e.message).join(' '));
      return;
    }
    setNotice(t('continental.roles.revoked', { grant: grantText(revoking.grant), name: revoking.user.name }));
    if (revoking.user.id === viewer?.user.id) refresh();
    setRevoking(null);
  }

  const columns: DataTableColumn<UserRow>[] = [
    {
      key: 'name',
      header: t('continental.roles.colName'),
      render: (u) => (
        <>
          <span className="user-name">{u.name}</span>
          <br />
          <span className="muted user-email">{u.email}</span>
        </>
      ),
    },
    {
      key: 'roles',
      header: t('continental.roles.colRoles'),
      render: (u) => (
        <div className="user-roles">
          {u.roleGrants.length === 0 ? (
            <p className="muted">{t('continental.roles.noRoles')}</p>
          ) : (
            <ul className="grant-list">
              {u.roleGrants.map((g) => (
                <li key={g.id}>
                  <span>
                    <strong>{t(`enums.Role.${g.role}`)}</strong>
                    <span className="muted"> · {scopeLabel(g.scope)}</span>
                  </span>
                  <button
                    type="button"
                    className="button button--small button--quiet-danger"
                    aria-label={t('continental.roles.revokeLabel', { grant: grantText(g), name: u.name })}
                    onClick={() => {
                      setNotice(null);
                      setRevokeError(null);
                      setRevoking({ grant: g, user: u });
                    }}
                  >
                    {t('continental.roles.revoke')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button--small"
            aria-label={t('continental.roles.grantToLabel', { name: u.name })}
            onClick={() => onGrant(u.id)}
          >
            {t('continental.roles.grantTo')}
          </button>
        </div>
      ),
    },
  ];

  const users = data?.users.edges.map((e) => e.node) ?? [];

  return (
    <>
      <div className="field filters__search">
        <label className="field__label" htmlFor="user-search">
          {t('continental.roles.search')}
        </label>
        <input
          id="user-search"
          className="field__control"
          type="search"
          value={searchInput}
          onChange={(e) => setSearchInput(e.target.value)}
          autoComplete="off"
        />
      </div>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        <>
          <DataTable
            caption={t('continental.roles.usersCaption')}
            captionHidden
            columns={columns}
            rows={users}
            rowKey={(u) => u.id}
            empty={<EmptyState title={search ? t('continental.roles.noMatch') : t('continental.roles.noUsers')} />}
          />
          <Pagination pagination={pagination} pageInfo={data.users.pageInfo} totalCount={data.users.totalCount} shown={users.length} />
        </>
      ) : null}
      <ConfirmDialog
        open={revoking !== null}
        title={t('continental.roles.revokeTitle')}
        confirmLabel={t('continental.roles.revokeConfirm')}
        busy={revokeBusy}
        error={revokeError}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      >
        {revoking ? (
          <p>{t('continental.roles.revokeQuestion', { grant: grantText(revoking.grant), name: revoking.user.name })}</p>
        ) : null}
      </ConfirmDialog>
    </>
  );
}
