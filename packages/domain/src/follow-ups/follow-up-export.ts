import { FollowUpAction } from './follow-up-action.entity.ts';
import { followUpFilterWhere, followUpOrderBy, visibleFollowUpsWhere, type FollowUpActionFilter } from './follow-up.queries.ts';
import { isFollowUpOverdue } from './follow-up.rules.ts';
import { exportColumn as col, openListExport, type ExportColumn, type ListExport, type ListExportOptions } from '../activities/activity-export.ts';
import type { DomainContext } from '../shared/context.ts';
import { todayIso } from '../shared/dates.ts';

/** The columns of a follow-up export, in order. */
export const followUpExportColumns = (): ExportColumn[] => [
  col('id', 'ID', 'text'),
  col('mission', 'Mission', 'text'),
  col('ownerPartner', 'Owner partner', 'text'),
  col('description', 'Description', 'text'),
  col('dueDate', 'Due date', 'date'),
  col('status', 'Status', 'text'),
  col('overdue', 'Overdue', 'boolean'),
  col('doneOn', 'Done on', 'date'),
  col('droppedReason', 'Why dropped', 'text'),
  col('evidence', 'Evidence', 'text'),
  col('createdAt', 'Created at (UTC)', 'datetime'),
  col('updatedAt', 'Updated at (UTC)', 'datetime'),
];

/** Opens an export of the follow-ups the actor may see that match `filter`, by due date (see {@link openListExport}). */
export function openFollowUpExport(ctx: DomainContext, filter: FollowUpActionFilter | null | undefined, options: ListExportOptions = {}): Promise<ListExport> {
  const given = filter ?? {};
  const today = todayIso();
  return openListExport<FollowUpAction>(
    ctx,
    {
      entity: FollowUpAction,
      where: (em, actor) => ({ $and: [visibleFollowUpsWhere(em, actor), followUpFilterWhere(em, given)] }),
      orderBy: { ...followUpOrderBy },
      populate: ['mission', 'ownerPartner'],
      networkId: given.networkId,
      columns: followUpExportColumns,
      rowsAre: 'follow-up actions',
      rowsOf: async (_em, actions) =>
        actions.map((action) => ({
          id: action.id,
          mission: action.mission.getEntity().title,
          ownerPartner: action.ownerPartner.getEntity().name,
          description: action.description,
          dueDate: action.dueDate,
          status: action.status,
          overdue: isFollowUpOverdue(action, today),
          doneOn: action.doneOn ?? null,
          droppedReason: action.droppedReason ?? null,
          evidence: action.evidence ?? null,
          createdAt: action.createdAt,
          updatedAt: action.updatedAt,
        })),
    },
    options,
  );
}
