import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type UserErrorLike } from '@synergia/ui';
import { graphql } from '../../gql';
import { SaveErrors } from '../../components/SaveErrors.tsx';
import { RecordPending } from '../../components/RecordPending.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PartnerForm } from '../../components/PartnerForm.tsx';
import type { FlashState } from '../../lib/flash.ts';
import { partnerFormFrom, toUpdatePartnerInput, type PartnerFormValues } from '../../lib/partner-form.rules.ts';

const EditPartnerQuery = graphql(`
  query NationalEditPartner($id: ID!) {
    partner(id: $id) {
      id
      name
      acronym
      type
      country
      members {
        women
        men
        other
      }
      contactName
      contactEmail
      contactPhone
      website
      version
    }
  }
`);

const UpdatePartnerMutation = graphql(`
  mutation National_UpdatePartner($input: UpdatePartnerInput!) {
    updatePartner(input: $input) {
      partner {
        id
        name
        acronym
        type
        country
        members {
          women
          men
          other
          total
          womenShare
        }
        contactName
        contactEmail
        contactPhone
        website
        version
        updatedAt
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

/** Changes a partner; a stale version (someone else saved first) offers to reload the current data. */
export function PartnerEditPage() {
  const { partnerId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EditPartnerQuery, variables: { id: partnerId } });
  const [{ fetching: saving }, updatePartner] = useMutation(UpdatePartnerMutation);

  const partner = data?.partner;
  if (!partner) return <RecordPending result={{ data, fetching, error }} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const detailPath = `/partners/${encodeURIComponent(partner.id)}`;

  async function submit(values: PartnerFormValues): Promise<UserErrorLike[]> {
    if (!partner) return [];
    const result = await updatePartner({ input: toUpdatePartnerInput(values, partner.id, partner.version) });
    const payload = result.data?.updatePartner;
    if (!payload) {
      return [{ message: result.error?.networkError ? t('errors.network') : (result.error?.message ?? t('errors.generic')) }];
    }
    if (payload.errors.length > 0 || !payload.partner) return payload.errors;
    const state: FlashState = { flash: { key: 'partnerEdit.saved', values: { partner: payload.partner.name } } };
    navigate(detailPath, { state });
    return [];
  }

  const conflict = {
    title: t('partnerEdit.conflictTitle'),
    body: t('partnerEdit.conflictBody'),
    reload: t('partnerEdit.reload'),
    onReload: () => reexecute({ requestPolicy: 'network-only' }),
  };
  const renderGeneralErrors = (errors: UserErrorLike[]) => <SaveErrors errors={errors} title={t('form.errorSummary')} conflict={conflict} />;

  return (
    <>
      <PageHeader
        title={t('partnerEdit.title', { partner: partner.name })}
        crumbs={[
          { to: '/', label: t('nav.synergies') },
          { to: detailPath, label: partner.name },
        ]}
      />
      {/* A new version (after a reload) starts the form afresh from the current data. */}
      <PartnerForm
        key={partner.version}
        initial={partnerFormFrom(partner)}
        onSubmit={submit}
        submitLabel={t('partnerEdit.submit')}
        cancelTo={detailPath}
        busy={saving}
        renderGeneralErrors={renderGeneralErrors}
      />
    </>
  );
}
