import { FormAlert, type UserErrorLike } from '@synergia/ui';
import { isStaleVersion } from '../lib/errors.ts';

export type SaveErrorsProps = {
  /** What the API refused; nothing renders when empty. */
  errors: readonly UserErrorLike[];
  /** The heading above the list of errors. */
  title: string;
  /** When someone else saved first: what to say, and how to reload the current data. */
  conflict: { title: string; body: string; reload: string; onReload: () => void };
};

/** The errors of a save: a stale version offers to reload the current data; other errors are listed. */
export function SaveErrors({ errors, title, conflict }: SaveErrorsProps) {
  if (errors.length === 0) return null;
  if (!isStaleVersion(errors)) return <FormAlert errors={errors} title={title} />;
  return (
    <FormAlert
      title={conflict.title}
      actions={
        <button type="button" className="button" onClick={conflict.onReload}>
          {conflict.reload}
        </button>
      }
    >
      <p>{conflict.body}</p>
    </FormAlert>
  );
}
