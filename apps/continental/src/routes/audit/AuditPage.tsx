import {
  DataTable,
  EmptyState,
  ErrorMessage,
  formatDateTime,
  Loading,
  Pagination,
  useDocumentTitle,
  usePagination,
  type DataTableColumn,
} from '@synergia/ui';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ContinentalAuditEntriesQuery } from '../../gql/graphql.ts';
import { RequirePermission } from '../../layout/RequirePermission.tsx';
import { useCurrentNetwork } from '../../network/NetworkContext.tsx';
import { AuditEntriesQuery } from './audit.documents.ts';
import { changedFields } from './changed-fields.ts';

type Entry = ContinentalAuditEntriesQuery['auditEntries']['edges'][number]['node'];

const PAGE_SIZE = 25;

/** The network's change history (admins and reviewers), newest first. */
export function AuditPage() {
  const { t } = useTranslation();
  const { network, canReadAudit } = useCurrentNetwork();
  useDocumentTitle(t('continental.audit.title'), t('continental.appName'));
  return (
    <RequirePermission allowed={canReadAudit} reason={t('continental.audit.forbidden')}>
      {network ? <AuditLog key={network.id} networkId={network.id} /> : null}
    </RequirePermission>
  );
}

function AuditLog({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const pagination = usePagination(PAGE_SIZE, networkId);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditEntriesQuery,
    variables: { networkId, first: pagination.first, after: pagination.after },
    requestPolicy: 'cache-and-network',
  });
  const entries = data?.auditEntries.edges.map((e) => e.node) ?? [];

  const columns: DataTableColumn<Entry>[] = [
    {
      key: 'at',
      header: t('continental.audit.colWhen'),
      render: (e) => <time dateTime={e.at}>{formatDateTime(e.at, locale)}</time>,
    },
    { key: 'who', header: t('continental.audit.colWho'), render: (e) => e.actor?.name ?? t('continental.audit.system') },
    { key: 'action', header: t('continental.audit.colAction'), render: (e) => t(`enums.AuditAction.${e.action}`) },
    { key: 'entity', header: t('continental.audit.colEntity'), render: (e) => e.entityType },
    {
      key: 'fields',
      header: t('continental.audit.colFields'),
      render: (e) => <ChangedFields entry={e} />,
    },
  ];

  return (
    <div className="page">
      <h1>{t('continental.audit.title')}</h1>
      <p className="muted">{t('continental.audit.intro')}</p>
      {error ? <ErrorMessage error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {fetching && !data ? <Loading /> : null}
      {data ? (
        <>
          <DataTable
            caption={t('continental.audit.caption')}
            captionHidden
            columns={columns}
            rows={entries}
            rowKey={(e) => e.id}
            empty={<EmptyState title={t('continental.audit.empty')} />}
          />
          <Pagination
            pagination={pagination}
            pageInfo={data.auditEntries.pageInfo}
            totalCount={data.auditEntries.totalCount}
            shown={entries.length}
          />
        </>
      ) : null}
    </div>
  );
}

/**
 * An update lists each field as before → after; a creation or deletion, which
 * touches every field, lists the names and keeps the values behind a disclosure.
 */
function ChangedFields({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const changes = changedFields(entry.before, entry.after);
  if (changes.length === 0) return <span className="muted">{t('common.none')}</span>;
  const list = (
    <ul className="change-list">
      {changes.map((c) => (
        <li key={c.field}>
          <code>{c.field}</code>
          {c.before !== null ? (
            <>
              {': '}
              <del>
                <span className="visually-hidden">{t('continental.audit.before')} </span>
                {c.before}
              </del>
            </>
          ) : null}
          {c.after !== null ? (
            <>
              {c.before !== null ? <span aria-hidden="true"> → </span> : ': '}
              <ins>
                <span className="visually-hidden">{t('continental.audit.after')} </span>
                {c.after}
              </ins>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
  if (entry.action === 'UPDATE') return list;
  return (
    <details className="change-details">
      <summary>{changes.map((c) => c.field).join(', ')}</summary>
      {list}
    </details>
  );
}
