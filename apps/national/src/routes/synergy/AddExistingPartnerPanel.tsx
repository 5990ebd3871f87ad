import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  DataTable,
  DateField,
  EmptyState,
  ErrorMessage,
  FormAlert,
  Loading,
  Pagination,
  SelectField,
  TextField,
  countryName,
  fieldErrors,
  todayIso,
  usePagination,
  type UserErrorLike,
} from '@synergia/ui';
import { graphql } from '../../gql';
import type { MembershipRole } from '../../gql/graphql';
import { MEMBERSHIP_ROLES } from '../../lib/partner-form.rules.ts';
import { useLocale } from '../../lib/useLocale.ts';

const UnaffiliatedPartnersQuery = graphql(`
  query NationalUnaffiliatedPartners($networkId: ID!, $search: String, $first: Int, $after: String) {
    partners(filter: { networkId: $networkId, unaffiliated: true, search: $search }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acronym
          type
          country
        }
      }
    }
  }
`);

const AddSynergyMemberMutation = graphql(`
  mutation National_AddSynergyMember($input: AddSynergyMemberInput!) {
    addSynergyMember(input: $input) {
      membership {
        id
        role
        since
        active
        partner {
          id
          name
        }
        synergy {
          id
        }
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

/** Lists the network's partners that belong to no synergy, and adds one to this synergy with a role and a start date. */
export function AddExistingPartnerPanel({
  synergyId,
  synergyName,
  networkId,
  onClose,
}: {
  synergyId: string;
  synergyName: string;
  networkId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [searchInput, setSearchInput] = useState('');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [since, setSince] = useState(todayIso());
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [added, setAdded] = useState<{ partner: string } | null>(null);
  const pagination = usePagination(10, search);
  const context = useMemo(() => ({ additionalTypenames: ['Partner', 'SynergyMembership'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: UnaffiliatedPartnersQuery,
    variables: { networkId, search: search || null, first: pagination.first, after: pagination.after },
    context,
  });
  const [{ fetching: adding }, addMember] = useMutation(AddSynergyMemberMutation);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  function onSearch(event: FormEvent) {
    event.preventDefault();
    setSearch(searchInput.trim());
  }

  async function add(partner: { id: string; name: string }) {
    setErrors([]);
    setAdded(null);
    const result = await addMember({ input: { synergyId, partnerId: partner.id, role, since: since || null } });
    const payload = result.data?.addSynergyMember;
    if (!payload) {
      setErrors([{ message: result.error?.networkError ? t('errors.network') : (result.error?.message ?? t('errors.generic')) }]);
      return;
    }
    if (payload.errors.length > 0) {
      setErrors(payload.errors);
      return;
    }
    setAdded({ partner: partner.name });
  }

  const { fields, general } = fieldErrors(errors, ['role', 'since']);
  const connection = data?.partners;
  const rows = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="page-header">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {t('addExisting.title')}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="muted">{t('addExisting.intro', { synergy: synergyName })}</p>
      {added ? <FormAlert tone="success" errors={[t('addExisting.added', { partner: added.partner, synergy: synergyName })]} /> : null}
      <FormAlert errors={general} />
      <div className="form-grid">
        <SelectField
          label={t('addExisting.role')}
          value={role}
          onChange={(v) => setRole((MEMBERSHIP_ROLES as readonly string[]).includes(v) ? (v as MembershipRole) : 'MEMBER')}
          options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`enums.MembershipRole.${r}`) }))}
          placeholder={null}
          error={fields['role']}
        />
        <DateField label={t('addExisting.since')} value={since} onChange={setSince} error={fields['since']} />
      </div>
      <form className="toolbar" role="search" aria-label={t('addExisting.search')} onSubmit={onSearch}>
        <TextField
          label={t('addExisting.search')}
          type="search"
          value={searchInput}
          onChange={setSearchInput}
        />
        <button type="submit" className="button">
          {t('common.search')}
        </button>
      </form>
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {connection ? (
        <>
          <DataTable
            caption={t('addExisting.tableCaption')}
            captionHidden
            columns={[
              {
                key: 'name',
                header: t('partners.columns.name'),
                render: (p) => (
                  <>
                    {p.name}
                    {p.acronym ? <span className="muted"> ({p.acronym})</span> : null}
                  </>
                ),
              },
              { key: 'type', header: t('partners.columns.type'), render: (p) => t(`enums.PartnerType.${p.type}`) },
              { key: 'country', header: t('partners.columns.country'), render: (p) => countryName(p.country, locale) },
              {
                key: 'action',
                header: t('common.actions'),
                render: (p) => (
                  <button type="button" className="button button--small" disabled={adding} onClick={() => add(p)}>
                    {t('addExisting.add')}
                    <span className="visually-hidden"> {p.name}</span>
                  </button>
                ),
              },
            ]}
            rows={rows}
            rowKey={(p) => p.id}
            empty={<EmptyState title={search ? t('addExisting.noMatch') : t('addExisting.none')} />}
          />
          {rows.length > 0 ? (
            <Pagination pagination={pagination} pageInfo={connection.pageInfo} totalCount={connection.totalCount} shown={rows.length} />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
