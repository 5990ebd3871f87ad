import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@synergia/ui';
import { PageHeader } from '../../components/PageHeader.tsx';

/** Any path the app does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} />
      <EmptyState title={t('notFound.body')} action={<Link to="/">{t('notFound.home')}</Link>} />
    </>
  );
}
