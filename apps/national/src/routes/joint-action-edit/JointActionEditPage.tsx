import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, type UserErrorLike } from '@synergia/ui';
import { JointActionForm } from '../../components/joint-action-form/JointActionForm.tsx';
import {
  jointActionFormFrom,
  partnerChanges,
  toUpdateJointActionInput,
  type JointActionFormValues,
} from '../../components/joint-action-form/joint-action-form.rules.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import { SaveErrors } from '../../components/SaveErrors.tsx';
import { requestFailure } from '../../lib/errors.ts';
import type { FlashState } from '../../lib/flash.ts';
import { memberChoices } from '../joint-action-new/JointActionNewPage.tsx';
import { planPath } from '../joint-actions/JointActionListPage.tsx';
import {
  AddJointActionPartnerMutation,
  JointActionEditQuery,
  RemoveJointActionPartnerMutation,
  UpdateJointActionMutation,
  UpdateJointActionPartnerMutation,
} from './joint-action-edit.documents.ts';

type Saved = { version: number; partners: readonly { id: string; partner: { id: string } }[] };

/** An error of a partner mutation, moved onto the form row it is about (`partner.role` → `partners.2.role`). */
const onRow = (errors: readonly UserErrorLike[], row: number | null): UserErrorLike[] =>
  errors.map((e) => {
    if (row === null || !e.path) return e;
    const rest = e.path[0] === 'input' ? e.path.slice(1) : e.path;
    const inner = rest[0] === 'partner' ? rest.slice(1) : rest;
    if (inner[0] === 'id' || inner[0] === 'version') return e;
    return { ...e, path: ['input', 'partners', String(row), ...inner], field: null };
  });

/**
 * Changes a joint action: its fields, participants and gender marker in one
 * update, then its partners (added, changed, removed) one change at a time.
 * A stale version (someone else saved first) offers to reload.
 */
export function JointActionEditPage() {
  const { jointActionId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JointActionEditQuery, variables: { id: jointActionId } });
  const [{ fetching: saving }, updateJointAction] = useMutation(UpdateJointActionMutation);
  const [, addPartner] = useMutation(AddJointActionPartnerMutation);
  const [, updatePartner] = useMutation(UpdateJointActionPartnerMutation);
  const [, removePartner] = useMutation(RemoveJointActionPartnerMutation);
  const [savingPartners, setSavingPartners] = useState(false);

  const action = data?.jointAction;
  if (!action) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const detailPath = `/joint-actions/${encodeURIComponent(action.id)}`;
  const title = t('jointActions.form.editTitle', { title: action.title });
  if (!action.viewerCan.update) {
    return (
      <>
        <PageHeader title={title} crumbs={[{ to: detailPath, label: action.title }]} />
        <FormAlert title={t('errors.forbidden')} />
      </>
    );
  }

  const bands = action.network.ageBands;
  const members = memberChoices({
    memberships: [...(action.synergy?.memberships ?? []), ...action.partners.map((p) => ({ id: p.id, partner: p.partner }))],
  });

  async function submit(values: JointActionFormValues) {
    if (!action) return { errors: [], sentCells: [] };
    const { input, sentCells } = toUpdateJointActionInput(values, action.id, action.version, bands);
    const result = await updateJointAction({ input });
    const payload = result.data?.updateJointAction;
    if (!payload) return { errors: requestFailure(t, result.error), sentCells };
    if (payload.errors.length > 0 || !payload.jointAction) return { errors: payload.errors, sentCells };

    // Then the partners, each change on the version the previous one returned.
    let saved: Saved = payload.jointAction;
    setSavingPartners(true);
    try {
      for (const change of partnerChanges(action.partners, values.partners)) {
        const row = change.kind === 'remove' ? null : change.row;
        const answer =
          change.kind === 'add'
            ? (await addPartner({ input: { jointActionId: action.id, version: saved.version, partner: change.partner } })).data?.addJointActionPartner
            : change.kind === 'update'
              ? (
                  await updatePartner({
                    input: {
                      ...change.input,
                      id: change.newPartnerId ? (saved.partners.find((p) => p.partner.id === change.newPartnerId)?.id ?? '') : change.input.id,
                      version: saved.version,
                    },
                  })
                ).data?.updateJointActionPartner
              : (await removePartner({ input: { id: change.id, version: saved.version } })).data?.removeJointActionPartner;
        if (!answer) return { errors: requestFailure(t, undefined), sentCells };
        if (answer.errors.length > 0 || !answer.jointAction) return { errors: onRow(answer.errors, row), sentCells };
        saved = answer.jointAction;
      }
    } finally {
      setSavingPartners(false);
    }
    const state: FlashState = { flash: { key: 'jointActions.form.saved', values: { title: payload.jointAction.title } } };
    navigate(detailPath, { state });
    return { errors: [], sentCells };
  }

  const conflict = {
    title: t('jointActions.form.conflictTitle'),
    body: t('jointActions.form.conflictBody'),
    reload: t('activities.form.reload'),
    onReload: () => reexecute({ requestPolicy: 'network-only' }),
  };

  return (
    <>
      <PageHeader
        title={title}
        crumbs={[
          { to: '/', label: t('nav.synergies') },
          { to: planPath(action.synergy?.id ?? ''), label: t('jointActions.nav') },
          { to: detailPath, label: action.title },
        ]}
      />
      <JointActionForm
        key={action.version}
        mode="update"
        initial={jointActionFormFrom(action)}
        members={members}
        bands={bands}
        onSubmit={submit}
        submitLabel={t('jointActions.form.editSubmit')}
        cancelTo={detailPath}
        busy={saving || savingPartners}
        renderGeneralErrors={(errors) => <SaveErrors errors={errors} title={t('form.errorSummary')} conflict={conflict} />}
      />
    </>
  );
}
