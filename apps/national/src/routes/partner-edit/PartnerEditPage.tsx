import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorMessage, FormAlert, Loading, type UserErrorLike } from '@synergia/ui';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PartnerForm } from '../../components/PartnerForm.tsx';
import type { FlashState } from '../../lib/flash.ts';
import { partnerFormFrom, toUpdatePartnerInput, type PartnerFormValues } from '../../lib/partner-form.rules.ts';
import { isInvalidId, isStaleVersion } from '../../lib/errors.ts';
import { NotFoundPage } from '../not-found/NotFoundPage.tsx';

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
        __typename
        message
        path
        ... on ValidationError {
          field
        }
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
  if (error && !partner && isInvalidId(error)) return <NotFoundPage />;
  if (error && !partner) return <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!partner) return fetching || !data ? <Loading /> : <NotFoundPage />;

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

  function renderGeneralErrors(errors: UserErrorLike[]) {
    if (isStaleVersion(errors)) {
      return (
        <FormAlert
          title={t('partnerEdit.conflictTitle')}
          actions={
            <button type="button" className="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('partnerEdit.reload')}
            </button>
          }
        >
          <p>{t('partnerEdit.conflictBody')}</p>
        </FormAlert>
      );
    }
    return <FormAlert errors={errors} title={t('form.errorSummary')} />;
  }

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
