import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { capacityBuildingEnumKey, DetailItem, formatDateTime, MissionReviewStatusBadge, SubmitButton, TextAreaField } from '@synergia/ui';
import type { NationalMissionReview_ReviewFragment } from '../gql/graphql.ts';
import { requestFailure } from '../lib/errors.ts';
import type { Notice } from '../lib/flash.ts';
import { ChangeFormErrors } from './ChangeFormErrors.tsx';
import { noteProblems } from './mission-forms.rules.ts';
import { AnswerChangeRequestMutation } from './missions.documents.ts';
import { useChangeForm } from './useChangeForm.ts';

// A review changes the mission's review status and lock: queries of missions are refetched.
const ANSWER_CONTEXT = { additionalTypenames: ['CapacityBuildingMission', 'CapacityBuildingReview'] };

export type ReviewPanelProps = {
  review: NationalMissionReview_ReviewFragment | null | undefined;
  locale: string;
  onNotice: (notice: Notice) => void;
  onReload: () => void;
};

/**
 * The continental network's review of the mission as its organiser sees it:
 * where it stands, the ratings and comments, the reviewer's change request
 * with the form to answer it (when the user may: `viewerMoves` has ANSWER),
 * and, once approved, that the mission is locked.
 */
export function ReviewPanel({ review, locale, onNotice, onReload }: ReviewPanelProps) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="mission-review-heading">
      <h2 id="mission-review-heading">{t('national.missions.review.heading')}</h2>
      {review ? <ReviewBody review={review} locale={locale} onNotice={onNotice} onReload={onReload} /> : <p className="muted">{t('national.missions.review.notStarted')}</p>}
    </section>
  );
}

function ReviewBody({ review, locale, onNotice, onReload }: ReviewPanelProps & { review: NationalMissionReview_ReviewFragment }) {
  const { t } = useTranslation();
  const rating = (value: number | null | undefined) => (value ? t('national.missions.review.outOfFive', { value }) : null);
  const canAnswer = review.status === 'CHANGES_REQUESTED' && review.viewerMoves.includes('ANSWER');
  return (
    <>
      <dl className="details-list">
        <DetailItem term={t('national.missions.fields.reviewStatus')}>
          <MissionReviewStatusBadge status={review.status} />
        </DetailItem>
        {/* The reviewer's name is shown only to those the API lets see that user. */}
        {review.reviewer ? <DetailItem term={t('national.missions.review.reviewer')}>{review.reviewer.name}</DetailItem> : null}
        <DetailItem term={t('national.missions.review.relevance')}>{rating(review.ratingRelevance)}</DetailItem>
        <DetailItem term={t('national.missions.review.effectiveness')}>{rating(review.ratingEffectiveness)}</DetailItem>
        <DetailItem term={t('national.missions.review.followUp')}>{rating(review.ratingFollowUp)}</DetailItem>
        <DetailItem term={t('national.missions.review.gender')}>{rating(review.ratingGender)}</DetailItem>
        <DetailItem term={t('national.missions.review.recommendation')}>
          {review.recommendation ? t(capacityBuildingEnumKey('ReviewRecommendation', review.recommendation)) : null}
        </DetailItem>
        <DetailItem term={t('national.missions.review.comments')}>{review.comments}</DetailItem>
      </dl>

      {review.status === 'APPROVED' ? (
        <div className="alert alert--info" role="status">
          <p className="alert__title">{t('national.missions.review.approvedTitle')}</p>
          <p>
            {t('national.missions.review.approvedBody', {
              date: review.approvedAt ? formatDateTime(review.approvedAt, locale) : '—',
              name: review.approvedBy?.name ?? review.reviewer?.name ?? '—',
            })}
          </p>
        </div>
      ) : null}

      {review.changeRequest && review.status !== 'APPROVED' ? (
        <section className={review.status === 'CHANGES_REQUESTED' ? 'alert alert--info' : 'panel'} aria-labelledby="change-request-heading">
          <h3 id="change-request-heading">{t('national.missions.review.changeRequest')}</h3>
          <p className="preserve-lines">{review.changeRequest}</p>
          {review.reopenReason && review.status === 'CHANGES_REQUESTED' ? (
            <p>
              <strong>{t('national.missions.review.reopenReason')}</strong> {review.reopenReason}
            </p>
          ) : null}
        </section>
      ) : null}

      {review.organiserResponse ? (
        <section className="panel" aria-labelledby="organiser-response-heading">
          <h3 id="organiser-response-heading">{t('national.missions.review.organiserResponse')}</h3>
          <p className="preserve-lines">{review.organiserResponse}</p>
        </section>
      ) : null}

      {canAnswer ? <AnswerForm key={review.version} review={review} onNotice={onNotice} onReload={onReload} /> : null}
      {review.status === 'CHANGES_REQUESTED' && !canAnswer ? <p className="muted">{t('national.missions.review.awaitingOrganiser')}</p> : null}
      {review.status === 'SUBMITTED' ? <p className="muted">{t('national.missions.review.awaitingReviewer')}</p> : null}
    </>
  );
}

/** The organiser's answer to a change request: a required note, which puts the review back to the reviewer. */
function AnswerForm({ review, onNotice, onReload }: { review: NationalMissionReview_ReviewFragment; onNotice: (notice: Notice) => void; onReload: () => void }) {
  const { t } = useTranslation();
  const [, move] = useMutation(AnswerChangeRequestMutation);
  const form = useChangeForm('answer-change-request', { note: '' }, ['note']);
  return (
    <form
      id="answer-change-request"
      className="form panel"
      aria-labelledby="answer-change-request-heading"
      noValidate
      onSubmit={(event) =>
        void form.submit(
          event,
          (v) => noteProblems('note', v.note, 5000),
          async (v) => {
            const result = await move({ input: { id: review.id, version: review.version, move: 'ANSWER', note: v.note.trim() } }, ANSWER_CONTEXT);
            const payload = result.data?.moveCapacityBuildingReview;
            if (!payload) return requestFailure(t, result.error);
            if (payload.errors.length === 0) onNotice({ key: 'national.missions.review.answered' });
            return payload.errors;
          },
        )
      }
    >
      <h3 id="answer-change-request-heading">{t('national.missions.review.answerHeading')}</h3>
      <p className="muted">{t('national.missions.review.answerIntro')}</p>
      <ChangeFormErrors locked={form.locked} general={form.general} onReload={onReload} />
      <TextAreaField {...form.field('note')} label={t('national.missions.review.answerNote')} maxLength={5000} rows={4} required />
      <SubmitButton busy={form.busy} busyLabel={t('common.saving')}>
        {t('national.missions.review.answerSubmit')}
      </SubmitButton>
    </form>
  );
}
