import { ErrorMessage, fieldErrors, FormAlert, useFocusFirstInvalid, SelectField, SubmitButton, useAuth, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { requestErrors } from '../../forms/requestErrors.ts';
import type { Role, ScopeType } from '../../gql/graphql.ts';
import { useDebouncedValue } from '../../hooks/useDebouncedValue.ts';
import { GrantRoleMutation, GrantTargetsQuery, PartnerOptionsQuery } from './roles.documents.ts';
import { isRole, ROLES, SCOPES_BY_ROLE, scopeTypeFor } from './role-scopes.ts';

const FORM_ID = 'grant-role-form';
// The grant form's inputs; the scope field depends on the scope type.
const FIELDS = ['userId', 'role', 'scopeId'] as const;
const TARGETS_CONTEXT = { additionalTypenames: ['User', 'Synergy'] };

export type GrantRoleFormProps = {
  networkId: string;
  networkName: string;
  /** The user chosen (from the list or just created); controlled by the page. */
  userId: string;
  onUserChange(userId: string): void;
};

/** Grants a role on the network, one of its synergies or a partner. */
export function GrantRoleForm({ networkId, networkName, userId, onUserChange }: GrantRoleFormProps) {
  const { t } = useTranslation();
  const { viewer, refresh } = useAuth();
  const [role, setRole] = useState<Role | ''>('');
  const [scopeType, setScopeType] = useState<ScopeType>('NETWORK');
  const [synergyId, setSynergyId] = useState('');
  const [partnerSearchInput, setPartnerSearchInput] = useState('');
  const partnerSearch = useDebouncedValue(partnerSearchInput.trim());
  const [partnerId, setPartnerId] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiErrors, setApiErrors] = useState<UserErrorLike[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const [targets, reloadTargets] = useQuery({ query: GrantTargetsQuery, variables: { networkId }, context: TARGETS_CONTEXT });
  const [partners] = useQuery({
    query: PartnerOptionsQuery,
    variables: { networkId, search: partnerSearch || null },
    pause: scopeType !== 'PARTNER',
  });
  const [{ fetching }, grantRole] = useMutation(GrantRoleMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);

  const users = targets.data?.users.edges.map((e) => e.node) ?? [];
  const synergies = targets.data?.synergies.edges.map((e) => e.node) ?? [];
  const partnerOptions = partners.data?.partners.edges.map((e) => e.node) ?? [];
  const allowedScopes = role ? SCOPES_BY_ROLE[role] : [];
  // A partner chosen before the search changed counts only while it is still listed.
  const chosenPartnerId = partnerOptions.some((p) => p.id === partnerId) ? partnerId : '';

  const { fields, general } = fieldErrors(apiErrors, FIELDS);
  const errorOf = (field: string) => clientErrors[field] ?? fields[field];
  // A refused scope belongs next to the control that picked it; for the network there is none.
  const scopeError = errorOf('scopeId');
  const generalErrors = scopeType === 'NETWORK' && fields['scopeId'] ? [...general, { message: fields['scopeId'] }] : general;

  function onRoleChange(value: string) {
    const next = isRole(value) ? value : '';
    setRole(next);
    if (next) setScopeType(scopeTypeFor(next, scopeType));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const scopeId = scopeType === 'NETWORK' ? networkId : scopeType === 'SYNERGY' ? synergyId : chosenPartnerId;
    const missing: Record<string, string> = {};
    if (!userId) missing['userId'] = t('form.required');
    if (!role) missing['role'] = t('form.required');
    if (role && !scopeId) missing['scopeId'] = t('form.required');
    setClientErrors(missing);
    setApiErrors([]);
    if (Object.keys(missing).length > 0 || !role) {
      focusFirstInvalid();
      return;
    }
    const result = await grantRole({ input: { userId, role, scopeId } }, { additionalTypenames: ['User', 'RoleGrant'] });
    const payload = result.data?.grantRole;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.roleGrant), t);
    if (problems.length > 0 || !payload?.roleGrant) {
      setApiErrors(problems);
      focusFirstInvalid();
      return;
    }
    const scopeName =
      scopeType === 'NETWORK'
        ? networkName
        : scopeType === 'SYNERGY'
          ? (synergies.find((s) => s.id === synergyId)?.name ?? '')
          : (partnerOptions.find((p) => p.id === partnerId)?.name ?? '');
    setNotice(
      t('continental.grant.granted', {
        role: t(`enums.Role.${payload.roleGrant.role}`),
        scope: scopeName,
        name: payload.roleGrant.user.name,
      }),
    );
    if (payload.roleGrant.user.id === viewer?.user.id) refresh();
    setRole('');
    setSynergyId('');
    setPartnerId('');
  }

  if (targets.error && !targets.data) {
    return <ErrorMessage error={targets.error} onRetry={() => reloadTargets({ requestPolicy: 'network-only' })} />;
  }

  return (
    <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate>
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <FormAlert errors={generalErrors} title={generalErrors.length > 0 ? t('form.errorSummary') : undefined} />
      <SelectField
        id="grant-user"
        label={t('continental.grant.user')}
        value={userId}
        onChange={onUserChange}
        options={users.map((u) => ({ value: u.id, label: `${u.name} — ${u.email}` }))}
        error={errorOf('userId')}
        required
      />
      <SelectField
        id="grant-role"
        label={t('continental.grant.role')}
        value={role}
        onChange={onRoleChange}
        options={ROLES.map((r) => ({ value: r, label: t(`enums.Role.${r}`) }))}
        hint={role ? t(`continental.grant.roleHint.${role}`) : undefined}
        error={errorOf('role')}
        required
      />
      {allowedScopes.length > 1 ? (
        <fieldset className="fieldset">
          <legend>{t('continental.grant.scopeType')}</legend>
          <div className="radio-group">
            {allowedScopes.map((s) => (
              <label key={s} className="radio">
                <input
                  type="radio"
                  name="grant-scope-type"
                  value={s}
                  checked={scopeType === s}
                  onChange={() => setScopeType(s)}
                />
                {t(`enums.ScopeType.${s}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {role && scopeType === 'NETWORK' ? (
        <p className="scope-note">
          {t('continental.grant.networkScope')} <strong>{networkName}</strong>
        </p>
      ) : null}
      {role && scopeType === 'SYNERGY' ? (
        <SelectField
          id="grant-synergy"
          label={t('continental.grant.synergy')}
          value={synergyId}
          onChange={setSynergyId}
          options={synergies.map((s) => ({ value: s.id, label: `${s.name} (${s.country})` }))}
          error={scopeError}
          required
        />
      ) : null}
      {role && scopeType === 'PARTNER' ? (
        <div className="partner-picker">
          <div className="field">
            <label className="field__label" htmlFor="grant-partner-search">
              {t('continental.grant.partnerSearch')}
            </label>
            <input
              id="grant-partner-search"
              className="field__control"
              type="search"
              value={partnerSearchInput}
              onChange={(e) => setPartnerSearchInput(e.target.value)}
              autoComplete="off"
              aria-describedby="grant-partner-search-count"
            />
            <p className="field__hint" id="grant-partner-search-count" aria-live="polite">
              {partners.data
                ? t('continental.grant.partnerMatches', {
                    count: partners.data.partners.totalCount,
                    shown: partnerOptions.length,
                  })
                : null}
            </p>
          </div>
          <SelectField
            id="grant-partner"
            label={t('continental.grant.partner')}
            value={chosenPartnerId}
            onChange={setPartnerId}
            options={partnerOptions.map((p) => ({
              value: p.id,
              label: `${p.acronym ? `${p.name} (${p.acronym})` : p.name} — ${p.country}`,
            }))}
            error={scopeError}
            required
          />
        </div>
      ) : null}
      <div className="form__actions">
        <SubmitButton busy={fetching} busyLabel={t('continental.grant.submitting')}>
          {t('continental.grant.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
