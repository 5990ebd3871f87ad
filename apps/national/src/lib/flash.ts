import { useTranslation } from 'react-i18next';
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { formatDate } from '@synergia/ui';
import { useLocale } from './useLocale.ts';

/**
 * A one-time notice ("Partner saved."), kept as a message key with its values
 * so it follows a language switch; `dates` are ISO dates formatted when shown.
 */
export type Notice = { key: string; values?: Record<string, string>; dates?: Record<string, string> };

/** Location state carrying a notice to the next page. */
export type FlashState = { flash?: Notice };

/**
 * The notice the previous page left in the location state, if any. It is then
 * cleared from the history entry so a reload does not show it again; keep it
 * in component state (`useState(useFlash())`).
 */
export function useFlash(): Notice | null {
  const location = useLocation();
  const navigate = useNavigate();
  const state = location.state as FlashState | null;
  const flash = state?.flash && typeof state.flash.key === 'string' ? state.flash : null;
  useEffect(() => {
    if (flash) navigate({ pathname: location.pathname, search: location.search, hash: location.hash }, { replace: true, state: null });
  }, [flash, navigate, location.pathname, location.search, location.hash]);
  return flash;
}

/** Renders a notice in the current language. */
export function useNoticeText(): (notice: Notice) => string {
  const { t } = useTranslation();
  const locale = useLocale();
  return (notice) => {
    const dates = Object.fromEntries(Object.entries(notice.dates ?? {}).map(([k, v]) => [k, formatDate(v, locale)]));
    return t(notice.key, { ...notice.values, ...dates });
  };
}
