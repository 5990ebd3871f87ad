import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserErrorLike } from '@synergia/ui';
import { useFlash, type Notice } from '../lib/flash.ts';
import { NoticeAlert } from './NoticeAlert.tsx';
import { SaveErrors } from './SaveErrors.tsx';

/** The messages of a record's page: what a change just did (first, the flash the previous page left) and what the API refused. */
export function useRecordPageMessages() {
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  return { notice, setNotice, errors, setErrors };
}

export type RecordPageMessagesProps = {
  messages: ReturnType<typeof useRecordPageMessages>;
  /** The heading of the refusals listed. */
  refusedTitle: string;
  /** What to say when someone else changed the record first. */
  conflictTitle: string;
  conflictBody: string;
  /** Loads the record afresh (the refusals are dropped first). */
  onReload: () => void;
};

/** The notice of the last change, and its refusals: a stale version offers to reload the record. */
export function RecordPageMessages({ messages, refusedTitle, conflictTitle, conflictBody, onReload }: RecordPageMessagesProps) {
  const { t } = useTranslation();
  return (
    <>
      <NoticeAlert notice={messages.notice} onClose={() => messages.setNotice(null)} />
      <SaveErrors
        errors={messages.errors}
        title={refusedTitle}
        conflict={{
          title: conflictTitle,
          body: conflictBody,
          reload: t('activities.form.reload'),
          onReload: () => {
            messages.setErrors([]);
            onReload();
          },
        }}
      />
    </>
  );
}
