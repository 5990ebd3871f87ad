import {
  capacityBuildingEnumKey,
  DetailItem,
  FormAlert,
  SelectField,
  SubmitButton,
  TextAreaField,
  fieldErrors,
  formatDateTime,
  useFocusFirstInvalid,
  type UserErrorLike,
} from '@synergia/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { requestErrors } from '../forms/requestErrors.ts';
import type { ReviewFieldsFragment, ReviewMove, ReviewRecommendation } from '../gql/graphql.ts';
import { MoveReviewMutation, UpdateReviewMutation } from './reviews.documents.ts';
import { RatingRadioGroup } from './RatingRadioGroup.tsx';
import {
  MAX_COMMENTS,
  MAX_NOTE,
  RATING_FIELDS,
  RECOMMENDATIONS,
  isNoteMove,
  missingRatings,
  noteProblem,
  orderedMoves,
  reviewFormFrom,
  reviewUpdateInput,
  type RatingField,
  type ReviewFormValues,
} from './review-form.ts';

const FORM_ID = 'review-form';
/** The form's fields the API may name in an error; others are listed above the form. */
const FORM_FIELDS: readonly string[] = [...RATING_FIELDS, 'comments', 'recommendation'];

/** Someone else saved first: the version sent is stale (a ConflictError on `version`, or one naming no field). */
function isStale(errors: readonly UserErrorLike[]): boolean {
  return errors.some((e) => e.__typename === 'ConflictError' && (!e.path || e.path.length === 0 || e.path[e.path.length - 1] === 'version'));
}

/** Where a message shows: above the form (a save, a missing rating) or beside the moves (a move). */
type Origin = 'form' | 'moves';
type Feedback = { fields: Record<string, string>; general: UserErrorLike[]; title: string; origin: Origin } | null;

export type ReviewWorkspaceProps = {
  review: ReviewFieldsFragment;
  locale: string;
  /** Reads the review again from the API (after a stale save). */
  onReload(): void;
  /** The review as a save or a move returned it. */
  onSaved(review: ReviewFieldsFragment): void;
};

/**
 * The review form and its workflow: the four ratings, comments and
 * recommendation (editable only when the API says so), and the moves the API
 * offers the viewer. A move made with unsaved edits saves them first; SUBMIT
 * names each missing rating at its field before asking.
 */
export function ReviewWorkspace({ review, locale, onReload, onSaved }: ReviewWorkspaceProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ReviewFormValues>(() => reviewFormFrom(review));
  // A new version of the review (saved here, or reloaded) replaces the form's values.
  const [basedOn, setBasedOn] = useState(review.version);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<{ text: string; origin: Origin } | null>(null);
  const [dialog, setDialog] = useState<ReviewMove | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [, update] = useMutation(UpdateReviewMutation);
  const [, move] = useMutation(MoveReviewMutation);
  const focusFirstInvalid = useFocusFirstInvalid(FORM_ID);

  if (basedOn !== review.version && !busy) {
    setBasedOn(review.version);
    setValues(reviewFormFrom(review));
    setStale(false);
  }

  const ratingLabel = (field: RatingField) => t(`continental.reviews.form.ratings.${field}`);
  const canEdit = review.viewerCanEdit;
  const moves = orderedMoves(review.viewerMoves);

  /** Shows what the API refused: a stale version as the reload offer, the rest at its field or above the form. */
  function showErrors(errors: UserErrorLike[], title: string, origin: Origin): void {
    if (isStale(errors)) {
      setStale(true);
      setFeedback(null);
      return;
    }
    const split = fieldErrors(errors, FORM_FIELDS);
    // An error at a field shows above the form, whatever asked.
    setFeedback({ fields: split.fields, general: split.general, title, origin: Object.keys(split.fields).length > 0 ? 'form' : origin });
    if (Object.keys(split.fields).length > 0) focusFirstInvalid();
  }

  /** Saves unsaved edits; the version to move from, or null when the save failed. */
  async function saveEdits(origin: Origin): Promise<number | null> {
    const input = canEdit ? reviewUpdateInput(review, values) : null;
    if (!input) return review.version;
    const result = await update({ input });
    const payload = result.data?.updateCapacityBuildingReview;
    const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.review), t);
    if (problems.length > 0 || !payload?.review) {
      showErrors(problems, t('continental.reviews.form.errorTitle'), origin);
      return null;
    }
    onSaved(payload.review);
    return payload.review.version;
  }

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setFeedback(null);
    setBusy(true);
    const version = await saveEdits('form');
    setBusy(false);
    if (version !== null) setNotice({ text: t('continental.reviews.form.saved'), origin: 'form' });
  }

  /** Makes a move (after saving unsaved edits); true when it went through. */
  async function makeMove(chosen: ReviewMove, noteText?: string): Promise<boolean> {
    setNotice(null);
    setFeedback(null);
    setBusy(true);
    try {
      const version = await saveEdits('moves');
      if (version === null) {
        setDialog(null);
        return false;
      }
      const input = { id: review.id, version, move: chosen, ...(noteText === undefined ? {} : { note: noteText.trim() }) };
      const result = await move({ input });
      const payload = result.data?.moveCapacityBuildingReview;
      const problems = requestErrors(result.error, payload?.errors, Boolean(payload?.review), t);
      if (problems.length > 0 || !payload?.review) {
        const split = fieldErrors(problems, ['note']);
        // A note the API refuses is shown in the dialog that asked for it.
        if (split.fields['note'] && dialog) {
          setNoteError(split.fields['note']);
          if (split.general.length > 0) setDialogError(split.general.map((e) => e.message).join(' '));
          return false;
        }
        if (dialog && !isStale(problems)) {
          setDialogError(problems.map((e) => e.message).join(' '));
          return false;
        }
        setDialog(null);
        showErrors(problems, t('continental.reviews.moves.failed'), 'moves');
        return false;
      }
      onSaved(payload.review);
      setDialog(null);
      setNotice({ text: t(`continental.reviews.moves.done.${chosen}`), origin: 'moves' });
      return true;
    } finally {
      setBusy(false);
    }
  }

  function onMoveClick(chosen: ReviewMove) {
    if (chosen === 'SUBMIT') {
      const missing = canEdit ? missingRatings(values) : [];
      if (missing.length > 0) {
        setNotice(null);
        setFeedback({
          fields: Object.fromEntries(missing.map((field) => [field, t('continental.reviews.form.ratingRequired', { name: ratingLabel(field) })])),
          general: [],
          title: t('continental.reviews.form.submitProblem'),
          origin: 'form',
        });
        focusFirstInvalid();
        return;
      }
      void makeMove('SUBMIT');
      return;
    }
    setNote('');
    setNoteError(null);
    setDialogError(null);
    setDialog(chosen);
  }

  function onConfirmDialog() {
    if (!dialog) return;
    if (isNoteMove(dialog)) {
      const problem = noteProblem(note);
      if (problem) {
        setNoteError(problem === 'required' ? t('continental.reviews.dialogs.noteRequired') : t('continental.reviews.dialogs.noteTooLong', { max: MAX_NOTE }));
        document.getElementById('review-note')?.focus();
        return;
      }
      void makeMove(dialog, note);
      return;
    }
    void makeMove(dialog);
  }

  const fieldError = (field: string) => feedback?.fields[field];
  const shownDialog = dialog ?? 'APPROVE';
  const hasFieldErrors = Boolean(feedback && Object.keys(feedback.fields).length > 0);
  const messagesAt = (origin: Origin) => (
    <>
      {feedback?.origin === origin && (feedback.general.length > 0 || hasFieldErrors) ? <FormAlert title={feedback.title} errors={feedback.general} /> : null}
      {notice?.origin === origin ? <FormAlert tone="success" title={notice.text} /> : null}
    </>
  );

  return (
    <>
      {stale ? (
        <FormAlert
          title={t('continental.reviews.conflict.title')}
          actions={
            <button type="button" className="button" onClick={onReload}>
              {t('continental.reviews.conflict.reload')}
            </button>
          }
        >
          <p>{t('continental.reviews.conflict.body')}</p>
        </FormAlert>
      ) : null}
      {messagesAt('form')}

      <section className="review-section card" aria-labelledby="review-form-heading">
        <h2 id="review-form-heading">{t('continental.reviews.form.heading')}</h2>
        {canEdit ? (
          <form id={FORM_ID} noValidate onSubmit={onSave}>
            <div className="review-ratings">
              {RATING_FIELDS.map((field) => (
                <RatingRadioGroup
                  key={field}
                  id={`review-${field}`}
                  legend={ratingLabel(field)}
                  hint={t(`continental.reviews.form.ratingHints.${field}`)}
                  value={values.ratings[field]}
                  error={fieldError(field)}
                  onChange={(value) => setValues((v) => ({ ...v, ratings: { ...v.ratings, [field]: value } }))}
                />
              ))}
            </div>
            <TextAreaField
              id="review-comments"
              label={t('continental.reviews.form.comments')}
              value={values.comments}
              maxLength={MAX_COMMENTS}
              rows={6}
              error={fieldError('comments')}
              onChange={(comments) => setValues((v) => ({ ...v, comments }))}
            />
            <SelectField
              id="review-recommendation"
              label={t('continental.reviews.form.recommendation')}
              value={values.recommendation}
              options={RECOMMENDATIONS.map((r) => ({ value: r, label: t(capacityBuildingEnumKey('ReviewRecommendation', r)) }))}
              error={fieldError('recommendation')}
              onChange={(recommendation) => setValues((v) => ({ ...v, recommendation: recommendation as ReviewRecommendation | '' }))}
            />
            <SubmitButton busy={busy} busyLabel={t('continental.reviews.form.saving')}>
              {t('continental.reviews.form.save')}
            </SubmitButton>
          </form>
        ) : (
          <dl className="details-list">
            {RATING_FIELDS.map((field) => (
              <DetailItem key={field} term={ratingLabel(field)}>
                {review[field] ? t(`continental.reviews.form.scale.${review[field]}`) : null}
              </DetailItem>
            ))}
            <DetailItem term={t('continental.reviews.form.comments')}>{review.comments ? <p className="review-note">{review.comments}</p> : null}</DetailItem>
            <DetailItem term={t('continental.reviews.form.recommendation')}>
              {review.recommendation ? t(capacityBuildingEnumKey('ReviewRecommendation', review.recommendation)) : null}
            </DetailItem>
          </dl>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-moves-heading">
        <h2 id="review-moves-heading">{t('continental.reviews.moves.heading')}</h2>
        {messagesAt('moves')}
        {moves.length > 0 ? (
          <div className="review-moves">
            {moves.map((m) => (
              <button
                key={m}
                type="button"
                className={m === 'SUBMIT' || m === 'APPROVE' || m === 'ANSWER' ? 'button button--primary' : 'button'}
                disabled={busy}
                onClick={() => onMoveClick(m)}
              >
                {t(`continental.reviews.moves.${m}`)}
              </button>
            ))}
          </div>
        ) : (
          <p className="muted">{t(`continental.reviews.moves.none.${review.status}`)}</p>
        )}
      </section>

      <ConfirmDialog
        open={dialog !== null}
        title={t(`continental.reviews.dialogs.${shownDialog}.title`)}
        confirmLabel={t(`continental.reviews.dialogs.${shownDialog}.confirm`)}
        busy={busy}
        error={dialogError}
        onConfirm={onConfirmDialog}
        onCancel={() => setDialog(null)}
      >
        <p>{t(`continental.reviews.dialogs.${shownDialog}.body`)}</p>
        {isNoteMove(shownDialog) ? (
          <TextAreaField
            id="review-note"
            label={t(`continental.reviews.dialogs.${shownDialog}.note`)}
            value={note}
            required
            maxLength={MAX_NOTE}
            rows={5}
            error={noteError}
            onChange={(text) => {
              setNote(text);
              setNoteError(null);
            }}
          />
        ) : null}
      </ConfirmDialog>

      <ReviewHistory review={review} locale={locale} />
    </>
  );
}

/** The last change request, the organiser's answer, a reopening's reason and the approval. */
function ReviewHistory({ review, locale }: { review: ReviewFieldsFragment; locale: string }) {
  const { t } = useTranslation();
  if (!review.changeRequest && !review.reopenReason && !review.approvedAt && !review.submittedAt) return null;
  return (
    <section className="review-section card" aria-labelledby="review-history-heading">
      <h2 id="review-history-heading">{t('continental.reviews.history.heading')}</h2>
      <dl className="details-list">
        {review.changeRequest ? (
          <>
            <DetailItem term={t('continental.reviews.history.changeRequest')}>
              <p className="review-note">{review.changeRequest}</p>
            </DetailItem>
            <DetailItem term={t('continental.reviews.history.organiserResponse')}>
              {review.organiserResponse ? <p className="review-note">{review.organiserResponse}</p> : <span className="muted">{t('continental.reviews.history.noResponse')}</span>}
            </DetailItem>
          </>
        ) : null}
        {review.reopenReason ? (
          <DetailItem term={t('continental.reviews.history.reopenReason')}>
            <p className="review-note">{review.reopenReason}</p>
          </DetailItem>
        ) : null}
        {review.submittedAt ? <DetailItem term={t('continental.reviews.history.submittedAt')}>{formatDateTime(review.submittedAt, locale)}</DetailItem> : null}
        {review.approvedAt ? (
          <DetailItem term={t('continental.reviews.history.approved')}>
            {t('continental.reviews.history.approvedValue', { date: formatDateTime(review.approvedAt, locale), name: review.approvedBy?.name ?? '—' })}
          </DetailItem>
        ) : null}
      </dl>
    </section>
  );
}
