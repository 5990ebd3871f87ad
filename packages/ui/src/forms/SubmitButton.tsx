import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  /** While true the button is disabled and shows `busyLabel`. */
  busy?: boolean;
  /** Text while busy; default the children. */
  busyLabel?: ReactNode;
  children: ReactNode;
};

/** The primary submit button of a form. */
export function SubmitButton({ busy = false, busyLabel, children, disabled, className, ...rest }: SubmitButtonProps) {
  return (
    <button
      {...rest}
      type="submit"
      className={['button', 'button--primary', className ?? ''].filter(Boolean).join(' ')}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    >
      {busy ? (busyLabel ?? children) : children}
    </button>
  );
}
