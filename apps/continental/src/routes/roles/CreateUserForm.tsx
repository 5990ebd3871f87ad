import { fieldErrors, FormAlert, useFocusFirstInvalid, SelectField, SubmitButton, SUPPORTED_LANGUAGES, TextField, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestErrors } from '../../forms/requestErrors.ts';
import { CreateUserMutation } from './roles.documents.ts';

const FORM_ID = 'create-user-form';
const FIELDS = ['name', 'email', 'password', 'locale'] as const;

export type CreateUserFormProps = {
  networkId: string;
  /** Called with the new user, so the page can offer to grant them a role. */
  onCreated(user: { id: string; name: string }): void;
};

/** Creates a user account in the network; a role is granted afterwards. */
export function CreateUserForm({ networkId, onCreated }: CreateUserFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState('en');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiErrors, setApiErrors] = useState<UserErrorLike[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);

  const { fields, general } = fieldErrors(apiErrors, FIELDS);
  const errorOf = (field: string) => clientErrors[field] ?? fields[field];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const missing: Record<string, string> = {};
    if (!name.trim()) missing['name'] = t('form.required');
    if (!email.trim()) missing['email'] = t('form.required');
    if (!password) missing['password'] = t('form.required');
    setClientErrors(missing);
    setApiErrors([]);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    const result = await createUser(
      { input: { networkId, name: name.trim(), email: email.trim(), password, locale } },
      { additionalTypenames: ['User'] },
    );
    const payload = result.data?.createUser;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.user), t);
    if (problems.length > 0 || !payload?.user) {
      setApiErrors(problems);
      focusFirstInvalid();
      return;
    }
    setNotice(t('continental.createUser.created', { name: payload.user.name }));
    onCreated(payload.user);
    setName('');
    setEmail('');
    setPassword('');
  }

  return (
    <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate autoComplete="off">
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <FormAlert errors={general} title={general.length > 0 ? t('form.errorSummary') : undefined} />
      <TextField
        id="new-user-name"
        label={t('continental.createUser.name')}
        value={name}
        onChange={setName}
        error={errorOf('name')}
        required
        autoComplete="off"
      />
      <TextField
        id="new-user-email"
        label={t('continental.createUser.email')}
        type="email"
        value={email}
        onChange={setEmail}
        error={errorOf('email')}
        required
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id="new-user-password"
        label={t('continental.createUser.password')}
        hint={t('continental.createUser.passwordHint')}
        type="password"
        value={password}
        onChange={setPassword}
        error={errorOf('password')}
        required
        autoComplete="new-password"
      />
      <SelectField
        id="new-user-locale"
        label={t('continental.createUser.locale')}
        value={locale}
        onChange={setLocale}
        options={SUPPORTED_LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
        placeholder={null}
        error={errorOf('locale')}
      />
      <div className="form__actions">
        <SubmitButton busy={fetching} busyLabel={t('continental.createUser.submitting')}>
          {t('continental.createUser.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}
