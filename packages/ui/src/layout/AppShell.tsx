import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider.tsx';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';

export type NavItem = {
  to: string;
  label: string;
  /** Match the path exactly (NavLink `end`); default true for "/". */
  end?: boolean;
};

export type AppShellProps = {
  appName: string;
  nav: readonly NavItem[];
  children: ReactNode;
  /** Where sign-out leads; default "/sign-in". */
  signInPath?: string;
};

/** The page frame: skip link, header (app name, navigation, user, language, sign-out) and `<main id="main">`. */
export function AppShell({ appName, nav, children, signInPath = '/sign-in' }: AppShellProps) {
  const { t } = useTranslation();
  const { viewer, token, signOut } = useAuth();
  const navigate = useNavigate();
  const [signingOut, setSigningOut] = useState(false);

  async function onSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate(signInPath, { replace: true });
    }
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to="/" className="app-header__brand">
            <span className="app-header__logo" aria-hidden="true" />
            {appName}
          </Link>
          {nav.length > 0 ? (
            <nav className="app-nav" aria-label={t('shell.mainNavigation')}>
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end ?? item.to === '/'}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="app-header__tools">
            <LanguageSwitcher />
            {token && viewer ? (
              <div className="app-header__user" aria-label={t('shell.account')} role="group">
                <span className="app-header__name" title={viewer.user.email}>
                  {viewer.user.name}
                </span>
                <NavLink to="/api-tokens" className="app-header__link">
                  {t('apiTokens.nav')}
                </NavLink>
                <button type="button" className="button button--quiet" onClick={onSignOut} disabled={signingOut}>
                  {signingOut ? t('auth.signingOut') : t('auth.signOut')}
                </button>
              </div>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children}
      </main>
    </div>
  );
}
