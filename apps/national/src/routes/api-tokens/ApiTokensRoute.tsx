import { useTranslation } from 'react-i18next';
import { ApiTokensPage } from '@synergia/ui';

/** /api-tokens: the signed-in user's personal API tokens (the shared page). */
export function ApiTokensRoute() {
  const { t } = useTranslation();
  return <ApiTokensPage appName={t('app.name')} />;
}
