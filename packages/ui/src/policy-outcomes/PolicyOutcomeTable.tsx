import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable, type DataTableColumn } from '../data/DataTable.tsx';
import { formatDate, regionalLocale } from '../format/format.ts';
import { JointActionKindBadge, PolicyStageBadge } from '../joint-actions/JointActionBadges.tsx';
import { EvidenceLinks } from '../joint-actions/EvidenceLinks.tsx';
import type { PolicyOutcomeLike } from '../joint-actions/JointActionDetails.tsx';
import { jointActionEnumKey, type JointActionKind, type TargetLevel } from '../joint-actions/joint-action-vocabulary.ts';
import './policy-outcomes.css';

/** An outcome as the log shows it, with the joint action it was recorded on (a subset of the API's PolicyOutcome). */
export type PolicyOutcomeRow = Omit<PolicyOutcomeLike, 'recordedBy'> & {
  jointAction: {
    id: string;
    title: string;
    kind: JointActionKind;
    countryName?: string | null;
    synergy?: { id: string; name: string } | null;
    targets: readonly { id: string; name: string; level: TargetLevel }[];
  };
};

export type PolicyOutcomeTableProps<Row extends PolicyOutcomeRow> = {
  rows: readonly Row[];
  caption: string;
  /** Where the joint action's title links to. */
  jointActionHref: (jointAction: Row['jointAction']) => string;
  /**
   * Prefix of the page's column headers: `<prefix>.columns.observedOn`,
   * `.change`, `.where`, `.stage`, `.contribution`, `.jointAction`, and `<prefix>.targets`.
   */
  messages: string;
  empty?: ReactNode;
  locale?: string;
};

/**
 * The policy outcome log as a table, one outcome a row: when it was seen,
 * what changed (with its evidence and links), where (synergy and country, or
 * continental), the stage it reached, how much the action contributed, and
 * the joint action with the decision makers it targets.
 */
export function PolicyOutcomeTable<Row extends PolicyOutcomeRow>({ rows, caption, jointActionHref, messages, empty, locale }: PolicyOutcomeTableProps<Row>) {
  const { t, i18n } = useTranslation();
  const lng = locale ?? regionalLocale(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const dash = <span className="muted">—</span>;
  const header = (key: string) => t(`${messages}.columns.${key}`);
  const columns: DataTableColumn<Row>[] = [
    { key: 'observedOn', header: header('observedOn'), render: (o) => <time dateTime={o.observedOn}>{formatDate(o.observedOn, lng)}</time> },
    {
      key: 'change',
      header: header('change'),
      render: (o) => (
        <div className="policy-outcome__change">
          <p className="preserve-lines">{o.description}</p>
          {o.evidence ? (
            <p className="muted preserve-lines">
              {t('jointActions.outcomes.evidence')}: {o.evidence}
            </p>
          ) : null}
          <EvidenceLinks links={o.evidenceLinks} />
        </div>
      ),
    },
    {
      key: 'where',
      header: header('where'),
      render: (o) => (
        <>
          {o.jointAction.synergy?.name ?? t('jointActions.continental')}
          {o.jointAction.countryName ? (
            <>
              <br />
              <span className="muted">{o.jointAction.countryName}</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: 'stage', header: header('stage'), render: (o) => (o.stage ? <PolicyStageBadge stage={o.stage} /> : dash) },
    { key: 'contribution', header: header('contribution'), render: (o) => t(jointActionEnumKey('ContributionLevel', o.contribution)) },
    {
      key: 'jointAction',
      header: header('jointAction'),
      render: (o) => (
        <>
          <Link to={jointActionHref(o.jointAction)}>{o.jointAction.title}</Link> <JointActionKindBadge kind={o.jointAction.kind} />
          {o.jointAction.targets.length > 0 ? (
            <p className="muted">
              {t(`${messages}.targets`)}:{' '}
              {o.jointAction.targets.map((target) => `${target.name} (${t(jointActionEnumKey('TargetLevel', target.level))})`).join('; ')}
            </p>
          ) : null}
        </>
      ),
    },
  ];
  if (rows.length === 0 && empty) return <>{empty}</>;
  return (
    <div className="activity-table policy-outcome-table">
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(o) => o.id} />
    </div>
  );
}
