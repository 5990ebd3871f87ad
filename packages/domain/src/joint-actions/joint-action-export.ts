import type { EntityManager } from '@mikro-orm/knex';
import { JointAction, JointActionPartner } from './joint-action.entity.ts';
import { jointActionFilterWhere, jointActionOrderBy, visibleJointActionsWhere } from './joint-action.queries.ts';
import type { JointActionFilter, JointActionOrder } from './joint-action.filter.ts';
import { jointActionRoles, type JointActionRole } from './joint-action.vocabulary.ts';
import {
  exportColumn as col,
  openListExport,
  plannedWorkExportColumns,
  plannedWorkExportValues,
  reachExportColumns,
  reachExportValues,
  type ExportColumn,
  type ExportRow,
  type ListExport,
  type ListExportOptions,
} from '../activities/activity-export.ts';
import type { AgeBand } from '../networks/age-bands.rules.ts';
import type { DomainContext } from '../shared/context.ts';

/** A partner taking part, as a row names it. */
export type ExportParticipatingPartner = { name: string; acronym: string | null; role: JointActionRole };

/** The names a joint action's row shows: its synergy and its partners, the lead first. */
export type JointActionExportNames = { synergyName: string | null; partners: readonly ExportParticipatingPartner[] };

/**
 * The columns of a joint action export, in order: what it is, its owner and
 * dates, its partners, the furthest policy stage reached, then the same
 * participants and gender marker columns as the activity export.
 */
export function jointActionExportColumns(bands: readonly { id: string; label: string }[]): ExportColumn[] {
  return [
    col('id', 'ID', 'text'),
    col('title', 'Title', 'text'),
    col('objective', 'Objective', 'text'),
    col('kind', 'Kind', 'text'),
    col('synergy', 'Synergy', 'text'),
    col('continental', 'Continental', 'boolean'),
    col('status', 'Status', 'text'),
    ...plannedWorkExportColumns(),
    col('branches', 'Social protection branches', 'text'),
    col('lead', 'Lead partner', 'text'),
    col('partners', 'Partners (role)', 'text'),
    col('partnerCount', 'Number of partners', 'integer'),
    col('stageReached', 'Policy stage reached', 'text'),
    col('noOutcomeReason', 'Why no outcome', 'text'),
    ...reachExportColumns(bands),
    col('createdAt', 'Created at (UTC)', 'datetime'),
    col('updatedAt', 'Updated at (UTC)', 'datetime'),
  ];
}

const partnerLabel = (partner: ExportParticipatingPartner) => (partner.acronym ? `${partner.name} (${partner.acronym})` : partner.name);

/**
 * One joint action as a flat row. `networkBands` are the age bands of the
 * action's own network (see `reachExportValues`).
 */
export function jointActionExportRow(
  action: JointAction,
  names: JointActionExportNames,
  columns: readonly ExportColumn[],
  networkBands: readonly AgeBand[],
): ExportRow {
  const lead = names.partners.find((partner) => partner.role === 'LEAD');
  return {
    id: action.id,
    title: action.title,
    objective: action.objective ?? null,
    kind: action.kind,
    synergy: names.synergyName,
    continental: !action.synergy,
    status: action.status,
    ...plannedWorkExportValues(action),
    branches: action.branches.join('; '),
    lead: lead ? partnerLabel(lead) : null,
    partners: names.partners.map((partner) => `${partnerLabel(partner)}: ${partner.role}`).join('; '),
    partnerCount: names.partners.length,
    stageReached: action.stageReached ?? null,
    noOutcomeReason: action.noOutcomeReason ?? null,
    ...reachExportValues(action, columns, networkBands),
    createdAt: action.createdAt,
    updatedAt: action.updatedAt,
  };
}

const roleRank = (role: JointActionRole) => jointActionRoles.indexOf(role);

/** The participating partners of a page of joint actions, the lead first, in one statement. */
async function partnersOfPage(em: EntityManager, actionIds: string[]): Promise<Map<string, ExportParticipatingPartner[]>> {
  const rows = actionIds.length
    ? await em.find(JointActionPartner, { jointAction: { $in: actionIds } }, { populate: ['partner'], orderBy: { createdAt: 'asc', id: 'asc' } })
    : [];
  const byAction = new Map<string, ExportParticipatingPartner[]>();
  for (const row of [...rows].sort((a, b) => roleRank(a.role) - roleRank(b.role))) {
    const partner = row.partner.getEntity();
    byAction.set(row.jointAction.id, [...(byAction.get(row.jointAction.id) ?? []), { name: partner.name, acronym: partner.acronym ?? null, role: row.role }]);
  }
  return byAction;
}

/** Opens an export of the joint actions the actor may see that match `filter`, in `order` (see {@link openListExport}). */
export async function openJointActionExport(
  ctx: DomainContext,
  filter: JointActionFilter | null | undefined,
  order: JointActionOrder | null | undefined,
  options: ListExportOptions = {},
): Promise<ListExport> {
  const given = filter ?? {};
  return openListExport<JointAction>(
    ctx,
    {
      entity: JointAction,
      where: (em, actor) => ({ $and: [visibleJointActionsWhere(em, actor), jointActionFilterWhere(em, given)] }),
      orderBy: jointActionOrderBy(order),
      populate: ['synergy'],
      networkId: given.networkId,
      columns: jointActionExportColumns,
      rowsAre: 'joint actions',
      rowsOf: async (em, actions, columns, bandsOf) => {
        const partners = await partnersOfPage(em, actions.map((action) => action.id));
        return actions.map((action) =>
          jointActionExportRow(
            action,
            { synergyName: action.synergy?.getEntity().name ?? null, partners: partners.get(action.id) ?? [] },
            columns,
            bandsOf.get(action.network.id) ?? [],
          ),
        );
      },
    },
    options,
  );
}
