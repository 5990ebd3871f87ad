import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '../data/ErrorMessage.tsx';
import { Loading } from '../data/Loading.tsx';
import { useAuth } from './AuthProvider.tsx';

/** Location state the sign-in page reads to return where the user was going. */
export type ReturnToState = { from?: { pathname: string; search?: string; hash?: string } };

export type RequireAuthProps = {
  children: ReactNode;
  /** The app's sign-in route; default "/sign-in". */
  signInPath?: string;
};

/** Renders its children for a signed-in user; otherwise sends them to sign in and back here afterwards. */
export function RequireAuth({ children, signInPath = '/sign-in' }: RequireAuthProps) {
  const { t } = useTranslation();
  const { token, viewer, loading, failed, refresh } = useAuth();
  const location = useLocation();
  if (!token) {
    const state: ReturnToState = { from: { pathname: location.pathname, search: location.search, hash: location.hash } };
    return <Navigate to={signInPath} replace state={state} />;
  }
  if (failed) return <ErrorMessage message={t('auth.sessionProblem')} onRetry={refresh} />;
  if (loading || !viewer) return <Loading />;
  return <>{children}</>;
}
