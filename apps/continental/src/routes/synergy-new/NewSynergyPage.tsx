import { fieldErrors, FormAlert, useFocusFirstInvalid, SelectField, SubmitButton, TextField, useDocumentTitle, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { BackLink } from '../../components/BackLink.tsx';
import { CountrySelectField } from '../../components/CountrySelectField.tsx';
import type { SynergyStatus } from '../../gql/graphql.ts';
import { RequirePermission } from '../../layout/RequirePermission.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { requestErrors } from '../../forms/requestErrors.ts';
import { isSynergyStatus, SYNERGY_STATUSES } from '../../synergies/synergy-status.ts';
import type { SynergyCreatedState } from '../synergy-detail/SynergyDetailPage.tsx';
import { CreateSynergyMutation } from './synergy-new.documents.ts';

const FIELDS = ['name', 'country', 'status'] as const;
const FORM_ID = 'new-synergy-form';

/** Creates a national synergy in the current network (network admins). */
export function NewSynergyPage() {
  const { t } = useTranslation();
  const { network, isAdmin } = useCurrentNetwork();
  useDocumentTitle(t('continental.newSynergy.title'), t('continental.appName'));
  return (
    <RequirePermission allowed={isAdmin} reason={t('continental.newSynergy.forbidden')}>
      {network ? <NewSynergyForm networkId={network.id} networkName={network.name} /> : null}
    </RequirePermission>
  );
}

function NewSynergyForm({ networkId, networkName }: { networkId: string; networkName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [status, setStatus] = useState<SynergyStatus>('FORMING');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiErrors, setApiErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, createSynergy] = useMutation(CreateSynergyMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);

  const { fields, general } = fieldErrors(apiErrors, FIELDS);
  const errorOf = (field: string) => clientErrors[field] ?? fields[field];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing['name'] = t('form.required');
    if (!country) missing['country'] = t('form.required');
    setClientErrors(missing);
    setApiErrors([]);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    const result = await createSynergy(
      { input: { networkId, name: name.trim(), country, status } },
      { additionalTypenames: ['Synergy'] },
    );
    const payload = result.data?.createSynergy;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.synergy), t);
    if (problems.length > 0 || !payload?.synergy) {
      setApiErrors(problems);
      focusFirstInvalid();
      return;
    }
    const state: SynergyCreatedState = { created: true };
    navigate(`/synergies/${encodeURIComponent(payload.synergy.id)}`, { state });
  }

  return (
    <div className="page page--narrow">
      <BackLink to="/">{t('continental.synergy.back')}</BackLink>
      <h1>{t('continental.newSynergy.title')}</h1>
      <p className="muted">{t('continental.newSynergy.intro', { network: networkName })}</p>
      <FormAlert errors={general} title={general.length > 0 ? t('form.errorSummary') : undefined} />
      <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate>
        <TextField
          id="synergy-name"
          label={t('continental.newSynergy.name')}
          hint={t('continental.newSynergy.nameHint')}
          value={name}
          onChange={setName}
          error={errorOf('name')}
          required
          maxLength={200}
          autoComplete="off"
        />
        <CountrySelectField
          id="synergy-country"
          label={t('continental.newSynergy.country')}
          value={country}
          onChange={setCountry}
          error={errorOf('country')}
          required
        />
        <SelectField
          id="synergy-status"
          label={t('continental.newSynergy.status')}
          hint={t('continental.newSynergy.statusHint')}
          value={status}
          onChange={(value) => {
            if (isSynergyStatus(value)) setStatus(value);
          }}
          options={SYNERGY_STATUSES.map((s) => ({ value: s, label: t(`enums.SynergyStatus.${s}`) }))}
          placeholder={null}
          error={errorOf('status')}
        />
        <div className="form__actions">
          <SubmitButton busy={fetching} busyLabel={t('continental.newSynergy.submitting')}>
            {t('continental.newSynergy.submit')}
          </SubmitButton>
          <Link to="/" className="button button--quiet">
            {t('common.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
