import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NumberField,
  SelectField,
  TextField,
  countryOptions,
  fieldErrors,
  type UserErrorLike,
} from '@synergia/ui';
import { FormErrorSummary } from './FormErrorSummary.tsx';
import { FormActions } from './FormActions.tsx';
import type { MembershipRole, PartnerType } from '../gql/graphql';
import {
  LIMITS,
  MEMBERSHIP_ROLES,
  PARTNER_FORM_FIELDS,
  PARTNER_TYPES,
  validatePartnerForm,
  type ClientProblem,
  type PartnerFormField,
  type PartnerFormValues,
} from '../lib/partner-form.rules.ts';
import { useLocale } from '../lib/useLocale.ts';

export type PartnerFormProps = {
  initial: PartnerFormValues;
  /** Shows the membership role (when creating into a synergy). */
  withMembershipRole?: boolean;
  /** Sends the values; resolves with the API's user errors (empty on success). */
  onSubmit: (values: PartnerFormValues) => Promise<UserErrorLike[]>;
  submitLabel: string;
  cancelTo: string;
  busy: boolean;
  /** Replaces the generic alert for errors not tied to a field (e.g. a conflict with a Reload button). */
  renderGeneralErrors?: (errors: UserErrorLike[]) => ReactNode;
};

/** The partner form used to add and to edit a partner: obvious checks first, then the API's errors beside the fields. */
export function PartnerForm({
  initial,
  withMembershipRole = false,
  onSubmit,
  submitLabel,
  cancelTo,
  busy,
  renderGeneralErrors,
}: PartnerFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [values, setValues] = useState<PartnerFormValues>(initial);
  const [problems, setProblems] = useState<Partial<Record<PartnerFormField, ClientProblem>>>({});
  const [serverErrors, setServerErrors] = useState<UserErrorLike[]>([]);
  const countries = useMemo(() => countryOptions(locale), [locale]);

  const server = fieldErrors(serverErrors, PARTNER_FORM_FIELDS);
  const errorOf = (field: PartnerFormField): string | undefined => {
    const problem = problems[field];
    if (problem) return t(problem.key, problem.values);
    return server.fields[field];
  };

  function set<K extends keyof PartnerFormValues>(key: K, field: PartnerFormField) {
    return (value: PartnerFormValues[K]) => {
      setValues((v) => ({ ...v, [key]: value }));
      // A corrected field drops its message; the others stay until the next submit.
      setProblems((p) => (p[field] ? { ...p, [field]: undefined } : p));
    };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validatePartnerForm(values);
    setProblems(found);
    const firstInvalid = PARTNER_FORM_FIELDS.find((f) => found[f]);
    if (firstInvalid) {
      setServerErrors([]);
      document.getElementById(`partner-${firstInvalid.replace('.', '-')}`)?.focus();
      return;
    }
    const errors = await onSubmit(values);
    setServerErrors(errors);
    if (errors.length > 0) {
      const mapped = fieldErrors(errors, PARTNER_FORM_FIELDS);
      const firstServer = PARTNER_FORM_FIELDS.find((f) => mapped.fields[f]);
      if (firstServer && mapped.general.length === 0) {
        document.getElementById(`partner-${firstServer.replace('.', '-')}`)?.focus();
      }
    }
  }

  const hasFieldErrors = PARTNER_FORM_FIELDS.some((f) => errorOf(f));

  return (
    <form className="form card" onSubmit={submit} noValidate aria-describedby="partner-form-required">
      <p id="partner-form-required" className="muted">
        {t('partnerForm.requiredNote')}
      </p>
      <FormErrorSummary general={server.general} renderGeneral={renderGeneralErrors} fieldsInvalid={hasFieldErrors} fixFields={t('partnerForm.fixFields')} />

      <fieldset>
        <legend>{t('partnerForm.organisation')}</legend>
        <TextField
          id="partner-name"
          label={t('partnerForm.name')}
          value={values.name}
          onChange={set('name', 'name')}
          error={errorOf('name')}
          required
          maxLength={LIMITS.nameMax}
          autoComplete="organization"
        />
        <div className="form-grid">
          <TextField
            id="partner-acronym"
            label={t('partnerForm.acronym')}
            hint={t('partnerForm.acronymHint', { max: LIMITS.acronymMax })}
            value={values.acronym}
            onChange={set('acronym', 'acronym')}
            error={errorOf('acronym')}
            maxLength={LIMITS.acronymMax}
          />
          <SelectField
            id="partner-type"
            label={t('partnerForm.type')}
            value={values.type}
            onChange={(v) => set('type', 'type')((PARTNER_TYPES as readonly string[]).includes(v) ? (v as PartnerType) : '')}
            options={PARTNER_TYPES.map((type) => ({ value: type, label: t(`enums.PartnerType.${type}`) }))}
            error={errorOf('type')}
            required
          />
          <SelectField
            id="partner-country"
            label={t('partnerForm.country')}
            value={values.country}
            onChange={set('country', 'country')}
            options={countries}
            error={errorOf('country')}
            required
            autoComplete="country"
          />
          {withMembershipRole ? (
            <SelectField
              id="partner-membershipRole"
              label={t('partnerForm.membershipRole')}
              value={values.membershipRole}
              onChange={(v) =>
                set('membershipRole', 'membershipRole')(
                  (MEMBERSHIP_ROLES as readonly string[]).includes(v) ? (v as MembershipRole) : 'MEMBER',
                )
              }
              options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`enums.MembershipRole.${r}`) }))}
              placeholder={null}
              error={errorOf('membershipRole')}
            />
          ) : null}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('partnerForm.members')}</legend>
        <p className="muted">{t('partnerForm.membersHint')}</p>
        <div className="form-grid">
          <NumberField
            id="partner-members-women"
            label={t('partnerForm.women')}
            value={values.women}
            onChange={set('women', 'members.women')}
            error={errorOf('members.women')}
            min={0}
            max={LIMITS.membersMax}
            step={1}
          />
          <NumberField
            id="partner-members-men"
            label={t('partnerForm.men')}
            value={values.men}
            onChange={set('men', 'members.men')}
            error={errorOf('members.men')}
            min={0}
            max={LIMITS.membersMax}
            step={1}
          />
          <NumberField
            id="partner-members-other"
            label={t('partnerForm.other')}
            value={values.other}
            onChange={set('other', 'members.other')}
            error={errorOf('members.other')}
            min={0}
            max={LIMITS.membersMax}
            step={1}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('partnerForm.contact')}</legend>
        <div className="form-grid">
          <TextField
            id="partner-contactName"
            label={t('partnerForm.contactName')}
            value={values.contactName}
            onChange={set('contactName', 'contactName')}
            error={errorOf('contactName')}
            maxLength={LIMITS.contactNameMax}
            autoComplete="off"
          />
          <TextField
            id="partner-contactEmail"
            label={t('partnerForm.contactEmail')}
            type="email"
            value={values.contactEmail}
            onChange={set('contactEmail', 'contactEmail')}
            error={errorOf('contactEmail')}
            autoComplete="off"
          />
          <TextField
            id="partner-contactPhone"
            label={t('partnerForm.contactPhone')}
            type="tel"
            value={values.contactPhone}
            onChange={set('contactPhone', 'contactPhone')}
            error={errorOf('contactPhone')}
            maxLength={LIMITS.contactPhoneMax}
            autoComplete="off"
          />
          <TextField
            id="partner-website"
            label={t('partnerForm.website')}
            hint={t('partnerForm.websiteHint')}
            type="url"
            value={values.website}
            onChange={set('website', 'website')}
            error={errorOf('website')}
            placeholder="https://"
          />
        </div>
      </fieldset>

      <FormActions submitLabel={submitLabel} cancelTo={cancelTo} busy={busy} />
    </form>
  );
}
