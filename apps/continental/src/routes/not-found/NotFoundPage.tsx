import { useDocumentTitle } from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('continental.notFound.title'), t('continental.appName'));
  return (
    <div className="page">
      <h1>{t('continental.notFound.title')}</h1>
      <p>{t('continental.notFound.body')}</p>
      <p>
        <Link to="/">{t('continental.forbidden.back')}</Link>
      </p>
    </div>
  );
}
