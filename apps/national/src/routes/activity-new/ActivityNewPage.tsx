import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage, FormAlert, Loading, todayIso, type AgeBandLike } from '@synergia/ui';
import { ActivityForm, type PartnerChoice } from '../../components/activity-form/ActivityForm.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import type { NationalActivityForm_PartnerFragment } from '../../gql/graphql';
import { emptyActivityForm, toCreateActivityInput, type ActivityFormValues } from '../../lib/activity-form.rules.ts';
import type { FlashState } from '../../lib/flash.ts';
import { ActivityNewPartnerQuery, ActivityNewPartnersQuery, CreateActivityMutation } from './activity-new.documents.ts';
import { requestFailure } from '../../lib/errors.ts';

/** A partner as the form offers it. */
export function partnerChoice(
  partner: NationalActivityForm_PartnerFragment,
  ageBands: readonly AgeBandLike[],
  extraSynergy?: { id: string; name: string } | null,
): PartnerChoice {
  const synergies: { id: string; name: string }[] = partner.memberships.map((m) => m.synergy);
  if (extraSynergy && !synergies.some((s) => s.id === extraSynergy.id)) synergies.push(extraSynergy);
  return {
    id: partner.id,
    name: partner.name,
    acronym: partner.acronym ?? null,
    country: partner.country,
    ageBands,
    synergies,
  };
}

/**
 * Records an activity (`/activities/new?partnerId=…&synergyId=…`): the partner
 * is chosen among those the user may record for, starting with the one in the
 * link; the synergy starts as the one in the link, else the partner's only one.
 */
export function ActivityNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const partnerId = searchParams.get('partnerId') ?? '';
  const synergyId = searchParams.get('synergyId') ?? '';
  const [listResult, reexecute] = useQuery({ query: ActivityNewPartnersQuery, variables: { first: 100 } });
  const [oneResult] = useQuery({ query: ActivityNewPartnerQuery, variables: { id: partnerId }, pause: !partnerId });
  const [{ fetching: saving }, createActivity] = useMutation(CreateActivityMutation);

  const partners = useMemo(() => {
    const found = listResult.data?.partners.edges.map((e) => e.node) ?? [];
    const linked = oneResult.data?.partner;
    if (linked && !found.some((p) => p.id === linked.id)) found.push(linked);
    const bandsOf = new Map((listResult.data?.networks ?? []).map((n) => [n.id, n.ageBands]));
    return found
      .filter((p) => p.viewerCan.update)
      .map((p) => partnerChoice(p, bandsOf.get(p.network.id) ?? []))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [listResult.data, oneResult.data]);

  if (listResult.error && !listResult.data) {
    return <ErrorMessage error={listResult.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  if (!listResult.data || (partnerId && oneResult.fetching)) return <Loading />;

  const start = partners.find((p) => p.id === partnerId) ?? (partners.length === 1 ? partners[0] : undefined);
  const synergy = start?.synergies.find((s) => s.id === synergyId) ?? (start?.synergies.length === 1 ? start.synergies[0] : undefined);
  const initial = emptyActivityForm({
    partnerId: start?.id ?? '',
    synergyId: synergy?.id ?? '',
    country: start?.country ?? '',
    startDate: todayIso(),
  });
  const cancelTo = synergyId ? `/synergies/${encodeURIComponent(synergyId)}/activities` : '/activities';

  async function submit(values: ActivityFormValues, bands: readonly AgeBandLike[]) {
    const { input, sentCells } = toCreateActivityInput(values, bands);
    const result = await createActivity({ input });
    const payload = result.data?.createActivity;
    if (!payload) {
      return { errors: requestFailure(t, result.error), sentCells };
    }
    if (payload.errors.length > 0 || !payload.activity) return { errors: payload.errors, sentCells };
    const state: FlashState = { flash: { key: 'activities.form.created', values: { title: payload.activity.title } } };
    navigate(`/activities/${encodeURIComponent(payload.activity.id)}`, { state });
    return { errors: [], sentCells };
  }

  const header = (
    <PageHeader
      title={t('activities.form.newTitle')}
      crumbs={[
        { to: '/', label: t('nav.synergies') },
        { to: cancelTo, label: t('activities.nav') },
      ]}
      subtitle={t('activities.form.newIntro')}
    />
  );
  if (partners.length === 0) {
    return (
      <>
        {header}
        <FormAlert tone="info" title={t('activities.form.noPartners')}>
          <p>{t('activities.form.noPartnersHelp')}</p>
        </FormAlert>
        <Link className="button" to={cancelTo}>
          {t('common.back')}
        </Link>
      </>
    );
  }

  return (
    <>
      {header}
      <ActivityForm
        // Starts afresh once the partners have arrived.
        key={`${partners.length}|${start?.id ?? ''}`}
        mode="create"
        initial={initial}
        partners={partners}
        onSubmit={submit}
        submitLabel={t('activities.form.createSubmit')}
        cancelTo={cancelTo}
        busy={saving}
      />
    </>
  );
}
