import { todayIso, type UserErrorLike } from '@synergia/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import type { ContinentalFollowUpRowFragment } from '../gql/graphql.ts';
import { UpdateFollowUpActionMutation } from './missions.documents.ts';

const FOLLOW_UP_CONTEXT = { additionalTypenames: ['FollowUpAction', 'CapacityBuildingMission'] };

/** "Mark done" (today) and "Drop" (with a reason) for follow-up actions, with what the API refused and on which one. */
export function useFollowUpActions() {
  const { t } = useTranslation();
  const [{ fetching }, update] = useMutation(UpdateFollowUpActionMutation);
  const [refused, setRefused] = useState<{ id: string; errors: UserErrorLike[] } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function send(followUp: ContinentalFollowUpRowFragment, changes: { status: 'DONE'; doneOn: string } | { status: 'DROPPED'; droppedReason: string }): Promise<boolean> {
    setRefused(null);
    setDone(null);
    const result = await update({ input: { id: followUp.id, version: followUp.version, ...changes } }, FOLLOW_UP_CONTEXT);
    const payload = result.data?.updateFollowUpAction;
    const errors = requestErrors(result.error, payload?.errors, Boolean(payload?.followUpAction), t);
    if (errors.length > 0) {
      setRefused({ id: followUp.id, errors });
      return false;
    }
    setDone(followUp.id);
    return true;
  }

  return {
    markDone: (followUp: ContinentalFollowUpRowFragment) => send(followUp, { status: 'DONE', doneOn: todayIso() }),
    drop: (followUp: ContinentalFollowUpRowFragment, reason: string) => send(followUp, { status: 'DROPPED', droppedReason: reason.trim() }),
    refused,
    changed: done,
    busy: fetching,
  };
}
