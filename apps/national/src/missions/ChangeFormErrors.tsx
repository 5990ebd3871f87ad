import { useTranslation } from 'react-i18next';
import { FormAlert, type UserErrorLike } from '@synergia/ui';
import { SaveErrors } from '../components/SaveErrors.tsx';

export type ChangeFormErrorsProps = {
  /** The message of a LockedError the last attempt met, if any. */
  locked: string | null;
  /** The errors no field shows. */
  general: readonly UserErrorLike[];
  /** Loads the record afresh after a stale version. */
  onReload: () => void;
};

/** Above a small form: a locked record said plainly, then the other refusals (a stale version offers to reload). */
export function ChangeFormErrors({ locked, general, onReload }: ChangeFormErrorsProps) {
  const { t } = useTranslation();
  return (
    <>
      {locked ? (
        <FormAlert title={t('national.missions.locked.title')}>
          <p>{locked}</p>
        </FormAlert>
      ) : null}
      <SaveErrors
        errors={general.filter((e) => e.__typename !== 'LockedError')}
        title={t('national.missions.detail.refused')}
        conflict={{ title: t('national.missions.detail.conflictTitle'), body: t('national.missions.detail.conflictBody'), reload: t('activities.form.reload'), onReload }}
      />
    </>
  );
}
