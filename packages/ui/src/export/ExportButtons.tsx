import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getToken, notifyUnauthenticated } from '../client/token-store.ts';
import { Spinner } from '../data/Loading.tsx';
import { todayIso } from '../format/format.ts';
import { exportProblem, exportUrl, fileNameFrom, type ExportFormat, type ExportOrder, type ExportProblem, type ExportResource } from './export-download.ts';

/** Props of {@link ExportButtons}. */
export type ExportButtonsProps = {
  /** What to export. */
  resource: ExportResource;
  /** The list's filter as the GraphQL query takes it (`ActivityFilter`, global ids). */
  filter: Record<string, unknown>;
  /** The list's order; default the server's (newest first). */
  orderBy?: ExportOrder | null;
  /** The GraphQL endpoint the app uses; the export route sits next to it. Default `/graphql`. */
  url?: string;
};

/** Hands a downloaded file to the browser as a download. */
function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns: revoke it a moment later.
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

const readJson = async (response: Response): Promise<unknown> => {
  try {
    return await response.json();
  } catch {
    return null;
  }
};

/**
 * "Export CSV" and "Export Excel (XLSX)" for a filtered list: fetches the
 * export route with the session token, saves the file under the name the
 * server gives, shows which export is running and why one failed.
 */
export function ExportButtons({ resource, filter, orderBy, url = '/graphql' }: ExportButtonsProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<ExportProblem | null>(null);
  const running = useRef<AbortController | null>(null);

  // Leaving the page stops a download in progress.
  useEffect(() => () => running.current?.abort(), []);

  async function download(format: ExportFormat) {
    const controller = new AbortController();
    running.current = controller;
    setBusy(format);
    setProblem(null);
    try {
      const token = getToken();
      const response = await fetch(exportUrl(url, resource, format, filter, orderBy), {
        headers: token ? { authorization: `Bearer ${token}` } : {},
        signal: controller.signal,
      });
      if (!response.ok) {
        const found = exportProblem(response.status, await readJson(response));
        setProblem(found);
        if (response.status === 401 && token) notifyUnauthenticated();
        return;
      }
      const blob = await response.blob();
      saveFile(blob, fileNameFrom(response.headers.get('content-disposition'), `${resource}-${todayIso()}.${format}`));
    } catch (error) {
      if (controller.signal.aborted) return;
      setProblem({ key: error instanceof TypeError ? 'errors.network' : 'export.errors.failed' });
    } finally {
      if (running.current === controller) {
        running.current = null;
        if (!controller.signal.aborted) setBusy(null);
      }
    }
  }

  const button = (format: ExportFormat, label: string) => (
    <button
      type="button"
      className="button"
      onClick={() => void download(format)}
      disabled={busy !== null}
      aria-busy={busy === format || undefined}
    >
      {busy === format ? <Spinner /> : null}
      {busy === format ? t('export.busy') : label}
    </button>
  );

  return (
    <div className="export-buttons">
      <div role="group" aria-label={t('export.label')} style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
        {button('csv', t('export.csv'))}
        {button('xlsx', t('export.xlsx'))}
      </div>
      <p className="visually-hidden" role="status">
        {busy ? t('export.busy') : ''}
      </p>
      {problem ? (
        <div className="alert alert--error" role="alert" style={{ marginTop: '0.5rem' }}>
          <p>{t(problem.key, problem.values)}</p>
        </div>
      ) : null}
    </div>
  );
}
