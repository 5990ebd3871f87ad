import { useEffect } from 'react';

/** Sets `document.title` to "title · appName" while the component is shown. */
export function useDocumentTitle(title: string | null | undefined, appName?: string): void {
  useEffect(() => {
    const parts = [title, appName].filter(Boolean);
    if (parts.length > 0) document.title = parts.join(' · ');
  }, [title, appName]);
}
