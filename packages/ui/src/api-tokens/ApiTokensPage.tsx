import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { CheckboxGroup } from '../forms/CheckboxGroup.tsx';
import { FormAlert } from '../forms/FormAlert.tsx';
import { SelectField } from '../forms/SelectField.tsx';
import { SubmitButton } from '../forms/SubmitButton.tsx';
import { TextField } from '../forms/TextField.tsx';
import { fieldErrors } from '../forms/fieldErrors.ts';
import { DataTable, type DataTableColumn } from '../data/DataTable.tsx';
import { ErrorMessage } from '../data/ErrorMessage.tsx';
import { Loading } from '../data/Loading.tsx';
import { formatDateTime, regionalLocale } from '../format/format.ts';
import { useDocumentTitle } from '../layout/useDocumentTitle.ts';
import type { UserErrorLike } from '../auth/auth.documents.ts';
import {
  ApiTokensQuery,
  CreateApiTokenMutation,
  RevokeApiTokenMutation,
  type ApiTokenAccess,
  type ApiTokenRow,
  type ApiTokenScope,
} from './api-tokens.documents.ts';
import {
  API_TOKEN_EXPIRY_CHOICES,
  DEFAULT_API_TOKEN_EXPIRY_DAYS,
  API_TOKEN_NAME_MAX,
  apiTokenFormProblems,
  apiTokenStatus,
  scopeSelection,
} from './api-token-form.ts';

export type ApiTokensPageProps = {
  /** The app's name, for the document title. */
  appName: string;
};

/** "Synergy coordinator · Philippine Synergy…" */
function useScopeLabel() {
  const { t } = useTranslation();
  return (grant: ApiTokenScope) => `${t(`enums.Role.${grant.role}`)} · ${grant.scope.name}`;
}

/**
 * The signed-in user's personal API tokens: the list, a form that creates
 * one and shows its secret once, and revocation with a confirmation.
 */
export function ApiTokensPage({ appName }: ApiTokensPageProps) {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('apiTokens.title'), appName);
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiTokensQuery, requestPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (!data && fetching) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={reload} />;
  const viewer = data?.viewer;
  if (!viewer) return <ErrorMessage error={error} onRetry={reload} />;

  return (
    <div className="api-tokens">
      <h1>{t('apiTokens.title')}</h1>
      <p className="muted">{t('apiTokens.intro')}</p>
      {created ? <NewSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} /> : null}
      <section aria-labelledby="api-tokens-list">
        <h2 id="api-tokens-list">{t('apiTokens.listTitle')}</h2>
        <TokenTable tokens={viewer.apiTokens} locale={regionalLocale(i18n.language)} onRevoked={reload} />
      </section>
      <section aria-labelledby="api-tokens-create">
        <h2 id="api-tokens-create">{t('apiTokens.createTitle')}</h2>
        <CreateTokenForm
          grants={viewer.roleGrants}
          onCreated={(name, secret) => {
            setCreated({ name, secret });
            reload();
          }}
        />
      </section>
    </div>
  );
}

/** The secret of the token just created: shown this once, with a copy button and a warning. */
function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const inputId = useId();
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <FormAlert tone="success" title={t('apiTokens.createdTitle', { name })}>
      <p>
        <strong>{t('apiTokens.createdWarning')}</strong>
      </p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('apiTokens.secretLabel')}
        </label>
        <input id={inputId} className="field__control api-tokens__secret" readOnly value={secret} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="alert__actions">
        <button type="button" className="button button--primary" onClick={copy}>
          {t('apiTokens.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('apiTokens.createdDone')}
        </button>
      </div>
      <p role="status">{copied === 'yes' ? t('apiTokens.copied') : copied === 'failed' ? t('apiTokens.copyFailed') : ''}</p>
    </FormAlert>
  );
}

function TokenTable({ tokens, locale, onRevoked }: { tokens: ApiTokenRow[]; locale: string; onRevoked: () => void }) {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, revoke] = useMutation(RevokeApiTokenMutation);

  async function onRevoke(id: string) {
    const result = await revoke({ input: { id } });
    const payloadErrors = result.data?.revokeApiToken.errors ?? [];
    if (result.error) setErrors([{ message: t('errors.generic') }]);
    else setErrors(payloadErrors);
    setConfirming(null);
    if (!result.error && payloadErrors.length === 0) onRevoked();
  }

  const columns: DataTableColumn<ApiTokenRow>[] = [
    { key: 'name', header: t('apiTokens.columns.name'), render: (row) => row.name },
    { key: 'prefix', header: t('apiTokens.columns.prefix'), render: (row) => <code>{row.prefix}…</code> },
    { key: 'access', header: t('apiTokens.columns.access'), render: (row) => t(`apiTokens.access.${row.access}`) },
    {
      key: 'scopes',
      header: t('apiTokens.columns.scopes'),
      render: (row) =>
        row.scopes.length === 0 ? (
          t('apiTokens.noScopes')
        ) : (
          <ul className="plain-list">
            {row.scopes.map((scope) => (
              <li key={scope.id}>{scopeLabel(scope)}</li>
            ))}
          </ul>
        ),
    },
    { key: 'created', header: t('apiTokens.columns.created'), render: (row) => formatDateTime(row.createdAt, locale) },
    { key: 'expires', header: t('apiTokens.columns.expires'), render: (row) => formatDateTime(row.expiresAt, locale) },
    { key: 'lastUsed', header: t('apiTokens.columns.lastUsed'), render: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt, locale) : t('apiTokens.neverUsed')) },
    { key: 'status', header: t('apiTokens.columns.status'), render: (row) => t(`apiTokens.status.${apiTokenStatus(row)}`) },
    {
      key: 'actions',
      header: t('common.actions'),
      render: (row) =>
        apiTokenStatus(row) !== 'active' ? null : confirming === row.id ? (
          <div role="group" aria-label={t('apiTokens.confirmRevoke', { name: row.name })}>
            <p>{t('apiTokens.confirmRevoke', { name: row.name })}</p>
            <button type="button" className="button button--danger button--small" disabled={fetching} onClick={() => onRevoke(row.id)}>
              {t('apiTokens.confirmRevokeButton')}
            </button>{' '}
            <button type="button" className="button button--small" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button
            type="button"
            className="button button--danger button--small"
            aria-label={t('apiTokens.revokeNamed', { name: row.name })}
            onClick={() => setConfirming(row.id)}
          >
            {t('apiTokens.revoke')}
          </button>
        ),
    },
  ];

  return (
    <>
      <FormAlert errors={errors} />
      <DataTable
        caption={t('apiTokens.listTitle')}
        captionHidden
        columns={columns}
        rows={tokens}
        rowKey={(row) => row.id}
        empty={<p className="muted">{t('apiTokens.empty')}</p>}
      />
    </>
  );
}

function CreateTokenForm({ grants, onCreated }: { grants: ApiTokenScope[]; onCreated: (name: string, secret: string) => void }) {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const [name, setName] = useState('');
  const [access, setAccess] = useState<ApiTokenAccess>('READ_ONLY');
  const [days, setDays] = useState(String(DEFAULT_API_TOKEN_EXPIRY_DAYS));
  const [scopes, setScopes] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiErrors, setApiErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, create] = useMutation(CreateApiTokenMutation);

  const { fields, general } = fieldErrors(apiErrors, ['name', 'access', 'expiresInDays', 'scopeRoleGrantIds']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = apiTokenFormProblems(name);
    const messages: Record<string, string> = {};
    if (problems.name) messages['name'] = t(`apiTokens.form.name_${problems.name}`, { max: API_TOKEN_NAME_MAX });
    setClientErrors(messages);
    setApiErrors([]);
    if (messages['name']) {
      document.getElementById('api-token-name')?.focus();
      return;
    }
    const result = await create({
      input: {
        name: name.trim(),
        access,
        expiresInDays: Number(days),
        scopeRoleGrantIds: scopeSelection(
          scopes,
          grants.map((grant) => grant.id),
        ),
      },
    });
    if (result.error || !result.data) {
      setApiErrors([{ message: t('errors.generic') }]);
      return;
    }
    const payload = result.data.createApiToken;
    if (payload.errors.length > 0 || !payload.token) {
      setApiErrors(payload.errors);
      return;
    }
    onCreated(name.trim(), payload.token);
    setName('');
    setScopes([]);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert errors={general} />
      <TextField
        id="api-token-name"
        label={t('apiTokens.form.name')}
        hint={t('apiTokens.form.nameHint')}
        value={name}
        onChange={setName}
        error={clientErrors['name'] ?? fields['name']}
        maxLength={API_TOKEN_NAME_MAX}
        required
      />
      <SelectField
        id="api-token-access"
        label={t('apiTokens.form.access')}
        hint={t('apiTokens.form.accessHint')}
        value={access}
        onChange={(value) => setAccess(value as ApiTokenAccess)}
        placeholder={null}
        error={fields['access']}
        options={[
          { value: 'READ_ONLY', label: t('apiTokens.access.READ_ONLY') },
          { value: 'READ_WRITE', label: t('apiTokens.access.READ_WRITE') },
        ]}
        required
      />
      <SelectField
        id="api-token-expiry"
        label={t('apiTokens.form.expiry')}
        value={days}
        onChange={setDays}
        placeholder={null}
        error={fields['expiresInDays'] ?? fields['expiresAt']}
        options={API_TOKEN_EXPIRY_CHOICES.map((choice) => ({ value: String(choice), label: t('apiTokens.form.expiryDays', { count: choice }) }))}
        required
      />
      {grants.length > 1 ? (
        <CheckboxGroup
          id="api-token-scopes"
          legend={t('apiTokens.form.scopes')}
          hint={t('apiTokens.form.scopesHint')}
          options={grants.map((grant) => ({ value: grant.id, label: scopeLabel(grant) }))}
          values={scopes}
          onChange={setScopes}
          error={fields['scopeRoleGrantIds']}
          stacked
        />
      ) : null}
      <div className="form__actions">
        <SubmitButton busy={fetching} busyLabel={t('apiTokens.form.creating')}>
          {t('apiTokens.form.create')}
        </SubmitButton>
      </div>
    </form>
  );
}
