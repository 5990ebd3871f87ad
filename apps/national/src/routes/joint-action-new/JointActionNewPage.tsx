import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage, FormAlert, Loading, SelectField, todayIso } from '@synergia/ui';
import { JointActionForm, type MemberChoice } from '../../components/joint-action-form/JointActionForm.tsx';
import { emptyJointActionForm, toCreateJointActionInput, type JointActionFormValues } from '../../components/joint-action-form/joint-action-form.rules.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { FlashState } from '../../lib/flash.ts';
import { planPath } from '../joint-actions/JointActionListPage.tsx';
import { CreateJointActionMutation, JointActionNewSynergiesQuery } from './joint-action-new.documents.ts';
import { requestFailure } from '../../lib/errors.ts';

/** The partners a synergy's joint action can take in: its current members, by name. */
export function memberChoices(synergy: { memberships: readonly { partner: MemberChoice }[] }): MemberChoice[] {
  const seen = new Map<string, MemberChoice>();
  for (const m of synergy.memberships) seen.set(m.partner.id, m.partner);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Plans a joint action (`/joint-actions/new?synergyId=…`) for a synergy the
 * user coordinates; with several, the user picks one first.
 */
export function JointActionNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const synergyId = searchParams.get('synergyId') ?? '';
  const [{ data, error }, reexecute] = useQuery({ query: JointActionNewSynergiesQuery, variables: { first: 100 } });
  const [{ fetching: saving }, createJointAction] = useMutation(CreateJointActionMutation);
  const plannable = useMemo(() => (data?.synergies.edges ?? []).map((e) => e.node).filter((s) => s.viewerCan.update), [data]);

  if (error && !data) return <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;

  const synergy = plannable.find((s) => s.id === synergyId) ?? (plannable.length === 1 ? plannable[0] : undefined);
  const cancelTo = planPath(synergy?.id ?? '');
  const header = (
    <PageHeader
      title={t('jointActions.form.newTitle')}
      crumbs={[
        { to: '/', label: t('nav.synergies') },
        { to: cancelTo, label: t('jointActions.nav') },
      ]}
      subtitle={synergy ? t('jointActions.form.newIntro', { synergy: synergy.name }) : undefined}
    />
  );
  if (plannable.length === 0) {
    return (
      <>
        {header}
        <FormAlert tone="info" title={t('jointActions.form.cannotPlan')} />
        <Link className="button" to={cancelTo}>
          {t('common.back')}
        </Link>
      </>
    );
  }
  if (!synergy) {
    return (
      <>
        {header}
        <div className="card">
          <SelectField
            id="joint-action-synergy"
            label={t('jointActions.form.synergy')}
            value=""
            onChange={(id) => setSearchParams({ synergyId: id }, { replace: true })}
            options={plannable.map((s) => ({ value: s.id, label: s.name }))}
          />
        </div>
      </>
    );
  }

  const bands = synergy.network.ageBands;
  async function submit(values: JointActionFormValues) {
    if (!synergy) return { errors: [], sentCells: [] };
    const { input, sentCells } = toCreateJointActionInput(values, synergy.id, bands);
    const result = await createJointAction({ input }, { additionalTypenames: ['JointAction', 'JointActionMilestone'] });
    const payload = result.data?.createJointAction;
    if (!payload) return { errors: requestFailure(t, result.error), sentCells };
    if (payload.errors.length > 0 || !payload.jointAction) return { errors: payload.errors, sentCells };
    const state: FlashState = { flash: { key: 'jointActions.form.created', values: { title: payload.jointAction.title } } };
    navigate(`/joint-actions/${encodeURIComponent(payload.jointAction.id)}`, { state });
    return { errors: [], sentCells };
  }

  return (
    <>
      {header}
      <JointActionForm
        key={synergy.id}
        mode="create"
        initial={emptyJointActionForm({ plannedStartDate: todayIso() })}
        members={memberChoices(synergy)}
        bands={bands}
        onSubmit={submit}
        submitLabel={t('jointActions.form.createSubmit')}
        cancelTo={cancelTo}
        busy={saving}
      />
    </>
  );
}
