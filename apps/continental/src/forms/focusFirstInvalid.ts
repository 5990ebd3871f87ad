/**
 * Moves focus to the first control of the form marked invalid, once React has
 * rendered the errors, so keyboard and screen-reader users land on the problem.
 */
export function focusFirstInvalid(formId: string): void {
  requestAnimationFrame(() => {
    const form = document.getElementById(formId);
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  });
}
