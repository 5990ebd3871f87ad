import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export type RequirePermissionProps = {
  /** Whether the viewer may see the page. */
  allowed: boolean;
  /** Why not, in words (e.g. "Only network administrators manage people and roles."). */
  reason: string;
  children: ReactNode;
};

/** Shows the page, or a short explanation for a viewer who lacks the role. */
export function RequirePermission({ allowed, reason, children }: RequirePermissionProps) {
  const { t } = useTranslation();
  if (allowed) return <>{children}</>;
  return (
    <section aria-labelledby="forbidden-title">
      <h1 id="forbidden-title">{t('continental.forbidden.title')}</h1>
      <p>{reason}</p>
      <p>
        <Link to="/">{t('continental.forbidden.back')}</Link>
      </p>
    </section>
  );
}
