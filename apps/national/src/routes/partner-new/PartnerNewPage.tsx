import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { FormAlert, type UserErrorLike } from '@synergia/ui';
import { graphql } from '../../gql';
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PartnerForm } from '../../components/PartnerForm.tsx';
import type { FlashState } from '../../lib/flash.ts';
import { emptyPartnerForm, toCreatePartnerInput, type PartnerFormValues } from '../../lib/partner-form.rules.ts';

const NewPartnerSynergyQuery = graphql(`
  query NationalNewPartner_Synergy($id: ID!) {
    synergy(id: $id) {
      id
      name
      country
      network {
        id
      }
      viewerCan {
        createPartner
      }
    }
  }
`);

const CreatePartnerMutation = graphql(`
  mutation National_CreatePartner($input: CreatePartnerInput!) {
    createPartner(input: $input) {
      partner {
        id
        name
        memberships {
          id
          role
          since
          active
          synergy {
            id
          }
        }
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

/** Adds a new partner organisation and makes it a member of this synergy. */
export function PartnerNewPage() {
  const { synergyId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: NewPartnerSynergyQuery, variables: { id: synergyId } });
  const [{ fetching: saving }, createPartner] = useMutation(CreatePartnerMutation);

  const synergy = data?.synergy;
  if (!synergy) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const synergyPath = `/synergies/${encodeURIComponent(synergy.id)}`;
  const header = (
    <PageHeader
      title={t('partnerNew.title')}
      subtitle={t('partnerNew.intro', { synergy: synergy.name })}
      crumbs={[
        { to: '/', label: t('nav.synergies') },
        { to: synergyPath, label: synergy.name },
      ]}
    />
  );

  if (!synergy.viewerCan.createPartner) {
    return (
      <>
        {header}
        <FormAlert tone="info" errors={[t('partnerNew.notAllowed')]} />
      </>
    );
  }

  async function submit(values: PartnerFormValues): Promise<UserErrorLike[]> {
    if (!synergy) return [];
    const result = await createPartner({ input: toCreatePartnerInput(values, synergy.network.id, synergy.id) });
    const payload = result.data?.createPartner;
    if (!payload) {
      return [{ message: result.error?.networkError ? t('errors.network') : (result.error?.message ?? t('errors.generic')) }];
    }
    if (payload.errors.length > 0 || !payload.partner) return payload.errors;
    const state: FlashState = { flash: { key: 'partnerNew.created', values: { partner: payload.partner.name, synergy: synergy.name } } };
    navigate(`/partners/${encodeURIComponent(payload.partner.id)}`, { state });
    return [];
  }

  return (
    <>
      {header}
      <PartnerForm
        initial={emptyPartnerForm(synergy.country)}
        withMembershipRole
        onSubmit={submit}
        submitLabel={t('partnerNew.submit')}
        cancelTo={synergyPath}
        busy={saving}
      />
    </>
  );
}
