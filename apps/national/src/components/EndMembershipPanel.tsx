import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DateField, FormAlert, SubmitButton, fieldErrors, formatDate, todayIso, type UserErrorLike } from '@synergia/ui';
import { graphql } from '../gql';
import type { Notice } from '../lib/flash.ts';
import { useLocale } from '../lib/useLocale.ts';
import { requestFailure } from '../lib/errors.ts';

const EndSynergyMembershipMutation = graphql(`
  mutation National_EndSynergyMembership($input: EndSynergyMembershipInput!) {
    endSynergyMembership(input: $input) {
      membership {
        id
        until
        active
        partner {
          id
        }
        synergy {
          id
        }
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export type EndMembershipTarget = {
  membershipId: string;
  partnerName: string;
  synergyName: string;
  since: string;
};

/**
 * Asks for the last day of a membership and ends it. Opens with focus on its
 * heading; Cancel (or Escape) closes it without change.
 */
export function EndMembershipPanel({
  target,
  onEnded,
  onCancel,
}: {
  target: EndMembershipTarget;
  onEnded: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [until, setUntil] = useState(() => (todayIso() < target.since ? target.since : todayIso()));
  const [clientError, setClientError] = useState<string | null>(null);
  const [errors, setErrors] = useState<UserErrorLike[]>([]);
  const [{ fetching }, endMembership] = useMutation(EndSynergyMembershipMutation);

  useEffect(() => {
    heading.current?.focus();
  }, [target.membershipId]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    if (!until) {
      setClientError(t('form.invalidDate'));
      return;
    }
    if (until < target.since) {
      setClientError(t('membership.untilBeforeSince', { since: formatDate(target.since, locale) }));
      return;
    }
    setClientError(null);
    const result = await endMembership({ input: { membershipId: target.membershipId, until } });
    const payload = result.data?.endSynergyMembership;
    if (!payload) {
      setErrors(requestFailure(t, result.error));
      return;
    }
    if (payload.errors.length > 0) {
      setErrors(payload.errors);
      return;
    }
    onEnded({ key: 'membership.ended', values: { partner: target.partnerName, synergy: target.synergyName }, dates: { until } });
  }

  const { fields, general } = fieldErrors(errors, ['until']);
  return (
    <section
      className="panel"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('membership.endTitle', { partner: target.partnerName })}
      </h2>
      <p className="muted">
        {t('membership.endIntro', { synergy: target.synergyName, since: formatDate(target.since, locale) })}
      </p>
      <FormAlert errors={general} />
      <form className="inline-form" onSubmit={onSubmit} noValidate>
        <DateField
          label={t('membership.until')}
          value={until}
          onChange={setUntil}
          min={target.since}
          required
          error={clientError ?? fields['until']}
        />
        <SubmitButton busy={fetching} busyLabel={t('common.saving')} className="button--danger">
          {t('membership.endSubmit')}
        </SubmitButton>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </form>
    </section>
  );
}
