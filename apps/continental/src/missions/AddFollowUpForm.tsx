import { DateField, FormAlert, SelectField, SubmitButton, TextAreaField, fieldErrors, useFocusFirstInvalid, type SelectOption, type UserErrorLike } from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { requestErrors } from '../forms/requestErrors.ts';
import { AddFollowUpActionMutation } from './missions.documents.ts';

const FIELDS = ['ownerPartnerId', 'description', 'dueDate'] as const;
const FORM_ID = 'add-follow-up-form';

export type AddFollowUpFormProps = {
  missionId: string;
  /** The mission's target partners, offered first. */
  targetPartners: readonly SelectOption[];
  /** The network's other partners (members of a target or organising synergy may own one too; the API checks). */
  otherPartners: readonly SelectOption[];
  onAdded: () => void;
};

/** Adds a follow-up action a partner commits to (addFollowUpAction); the API's refusals beside their field. */
export function AddFollowUpForm({ missionId, targetPartners, otherPartners, onAdded }: AddFollowUpFormProps) {
  const { t } = useTranslation();
  const [owner, setOwner] = useState(targetPartners.length === 1 ? (targetPartners[0]?.value ?? '') : '');
  const [description, setDescription] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, add] = useMutation(AddFollowUpActionMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);
  const { fields, general } = fieldErrors(errors, FIELDS);
  const errorOf = (field: (typeof FIELDS)[number]) => (missing[field] ? t('form.required') : fields[field]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors([]);
    const found = { ownerPartnerId: !owner, description: !description.trim(), dueDate: !dueDate };
    setMissing(found);
    if (Object.values(found).some(Boolean)) return focusFirstInvalid();
    const result = await add({ input: { missionId, ownerPartnerId: owner, description: description.trim(), dueDate } }, { additionalTypenames: ['FollowUpAction', 'CapacityBuildingMission'] });
    const payload = result.data?.addFollowUpAction;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.followUpAction), t);
    if (problems.length > 0) {
      setErrors(problems);
      focusFirstInvalid();
      return;
    }
    setDescription('');
    setDueDate('');
    onAdded();
  }

  const targetIds = new Set(targetPartners.map((p) => p.value));
  return (
    <form id={FORM_ID} className="form" onSubmit={onSubmit} noValidate aria-labelledby="add-follow-up-heading">
      <h3 id="add-follow-up-heading">{t('continental.followUps.add')}</h3>
      <FormAlert errors={general} title={general.length > 0 ? t('form.errorSummary') : undefined} />
      <SelectField
        id="follow-up-owner"
        label={t('continental.followUps.owner')}
        value={owner}
        onChange={setOwner}
        groups={[
          { label: t('continental.followUps.targetPartners'), options: targetPartners },
          { label: t('continental.followUps.otherPartners'), options: otherPartners.filter((p) => !targetIds.has(p.value)) },
        ].filter((g) => g.options.length > 0)}
        error={errorOf('ownerPartnerId')}
        required
      />
      <TextAreaField id="follow-up-description" label={t('continental.followUps.description')} value={description} onChange={setDescription} error={errorOf('description')} required maxLength={2000} rows={2} />
      <DateField id="follow-up-dueDate" label={t('continental.followUps.dueDate')} value={dueDate} onChange={setDueDate} error={errorOf('dueDate')} required />
      <div className="form__actions">
        <SubmitButton busy={fetching} busyLabel={t('common.saving')}>
          {t('continental.followUps.addSubmit')}
        </SubmitButton>
      </div>
    </form>
  );
}
