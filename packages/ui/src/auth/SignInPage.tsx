import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FormAlert } from '../forms/FormAlert.tsx';
import { SubmitButton } from '../forms/SubmitButton.tsx';
import { TextField } from '../forms/TextField.tsx';
import { fieldErrors } from '../forms/fieldErrors.ts';
import type { UserErrorLike } from './auth.documents.ts';
import { useAuth } from './AuthProvider.tsx';
import type { ReturnToState } from './RequireAuth.tsx';

export type SignInPageProps = {
  /** The app's name, shown in the introduction. */
  appName: string;
  /** Where to go after signing in when no page asked for it; default "/". */
  defaultPath?: string;
};

function returnPath(state: unknown, fallback: string): string {
  const from = (state as ReturnToState | null)?.from;
  if (!from?.pathname || from.pathname === '/sign-in') return fallback;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

/** E-mail and password form; on success returns to the page that asked for sign-in. */
export function SignInPage({ appName, defaultPath = '/' }: SignInPageProps) {
  const { t } = useTranslation();
  const { token, viewer, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [apiErrors, setApiErrors] = useState<UserErrorLike[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const target = returnPath(location.state, defaultPath);

  useEffect(() => {
    document.title = `${t('auth.signInTitle')} · ${appName}`;
  }, [t, appName]);

  if (token && viewer) return <Navigate to={target} replace />;

  const { fields, general } = fieldErrors(apiErrors, ['email', 'password']);
  const emailError = clientErrors['email'] ?? fields['email'];
  const passwordError = clientErrors['password'] ?? fields['password'];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!email.trim()) missing['email'] = t('auth.emailRequired');
    if (!password) missing['password'] = t('auth.passwordRequired');
    setClientErrors(missing);
    setApiErrors([]);
    if (Object.keys(missing).length > 0) {
      const first = Object.keys(missing)[0];
      document.getElementById(`sign-in-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { errors } = await signIn(email.trim(), password);
      if (errors.length > 0) {
        setApiErrors(errors);
        setBusy(false);
        return;
      }
      navigate(target, { replace: true });
    } catch {
      setApiErrors([{ message: t('errors.network') }]);
      setBusy(false);
    }
  }

  return (
    <div className="sign-in">
      <div className="sign-in__card">
        <p className="sign-in__app">{appName}</p>
        <h1 ref={headingRef}>{t('auth.signInTitle')}</h1>
        <p className="muted">{t('auth.signInIntro', { appName })}</p>
        {apiErrors.length > 0 ? (
          <FormAlert
            errors={general.map((e) => (e.__typename === 'NetworkError' ? t('errors.network') : e.message))}
            title={t('auth.failed')}
          />
        ) : null}
        <form onSubmit={onSubmit} noValidate className="form">
          <TextField
            id="sign-in-email"
            label={t('auth.email')}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={emailError}
            required
          />
          <TextField
            id="sign-in-password"
            label={t('auth.password')}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={passwordError}
            required
          />
          <div className="form__actions">
            <SubmitButton busy={busy} busyLabel={t('auth.submitting')}>
              {t('auth.submit')}
            </SubmitButton>
          </div>
        </form>
      </div>
    </div>
  );
}
