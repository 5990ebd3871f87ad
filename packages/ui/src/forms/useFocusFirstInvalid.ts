import { useCallback, useEffect, useState } from 'react';

/**
 * Returns a function that moves focus to the first control of the form marked
 * `aria-invalid="true"`. The focus happens in an effect, after React has
 * committed the render that shows the errors (set in the same handler), so it
 * never races the render the way a timer or animation frame would.
 */
export function useFocusFirstInvalid(formId: string): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, formId]);
  return useCallback(() => setRequest((n) => n + 1), []);
}
