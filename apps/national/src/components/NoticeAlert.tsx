import { useTranslation } from 'react-i18next';
import { FormAlert } from '@synergia/ui';
import { useNoticeText, type Notice } from '../lib/flash.ts';

export type NoticeAlertProps = {
  /** The notice to show (from useFlash, or set by the page); nothing renders when null. */
  notice: Notice | null;
  onClose: () => void;
};

/** A one-time notice ("Partner saved.") as a success message the user can close. */
export function NoticeAlert({ notice, onClose }: NoticeAlertProps) {
  const { t } = useTranslation();
  const noticeText = useNoticeText();
  if (!notice) return null;
  return (
    <FormAlert
      tone="success"
      errors={[noticeText(notice)]}
      actions={
        <button type="button" className="button button--small" onClick={onClose}>
          {t('common.close')}
        </button>
      }
    />
  );
}
