import { useTranslation } from 'react-i18next';

/** A spinning ring; decorative, the text next to it says what happens. */
export function Spinner() {
  return <span className="spinner" aria-hidden="true" />;
}

/** "Loading…" with a spinner, announced politely to screen readers. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <Spinner />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}
