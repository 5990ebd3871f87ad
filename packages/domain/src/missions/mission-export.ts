import type { EntityManager } from '@mikro-orm/knex';
import { CapacityBuildingMission, MissionFacilitator, MissionTarget } from './mission.entity.ts';
import { missionFilterWhere, missionOrderBy, visibleMissionsWhere } from './mission.queries.ts';
import type { MissionFilter, MissionOrder } from './mission.filter.ts';
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

/** The names a mission's row shows: its organiser, its targets and its facilitators. */
export type MissionExportNames = {
  organiserName: string;
  targetSynergies: readonly string[];
  targetPartners: readonly string[];
  facilitators: readonly { name: string; kind: string; origin: string; partnerName: string | null }[];
};

/**
 * The columns of a mission export, in order: what it is, who organises it,
 * when and where, for whom and by whom, budget, evaluation and review, then
 * the same participants and gender marker columns as the activity export.
 */
export function missionExportColumns(bands: readonly { id: string; label: string }[]): ExportColumn[] {
  return [
    col('id', 'ID', 'text'),
    col('title', 'Title', 'text'),
    col('objectives', 'Objectives', 'text'),
    col('format', 'Format', 'text'),
    col('themes', 'Themes', 'text'),
    col('organiser', 'Organiser', 'text'),
    col('networkOrganised', 'Organised by the network', 'boolean'),
    col('status', 'Status', 'text'),
    ...plannedWorkExportColumns(),
    col('city', 'City', 'text'),
    col('online', 'Online', 'boolean'),
    col('targetSynergies', 'Target synergies', 'text'),
    col('targetPartners', 'Target partners', 'text'),
    col('facilitators', 'Facilitators (kind, origin)', 'text'),
    col('budgetPlanned', 'Budget planned', 'decimal'),
    col('budgetSpent', 'Budget spent', 'decimal'),
    col('budgetCurrency', 'Budget currency', 'text'),
    col('evaluationFormsReturned', 'Evaluation forms returned', 'integer'),
    col('evaluationRelevance', 'Relevance (1-5)', 'decimal'),
    col('evaluationQuality', 'Quality (1-5)', 'decimal'),
    col('evaluationUsefulness', 'Usefulness (1-5)', 'decimal'),
    col('evaluationLearnings', 'Learnings', 'text'),
    col('reviewStatus', 'Review status', 'text'),
    ...reachExportColumns(bands),
    col('createdAt', 'Created at (UTC)', 'datetime'),
    col('updatedAt', 'Updated at (UTC)', 'datetime'),
  ];
}

const number = (value: string | number | null | undefined) => (value == null ? null : Number(value));

/** One mission as a flat row. `networkBands` are the age bands of the mission's own network (see `reachExportValues`). */
export function missionExportRow(
  mission: CapacityBuildingMission,
  names: MissionExportNames,
  columns: readonly ExportColumn[],
  networkBands: readonly AgeBand[],
): ExportRow {
  return {
    id: mission.id,
    title: mission.title,
    objectives: mission.objectives ?? null,
    format: mission.format,
    themes: mission.themes.join('; '),
    organiser: names.organiserName,
    networkOrganised: !mission.organiserSynergy,
    status: mission.status,
    ...plannedWorkExportValues(mission),
    city: mission.city ?? null,
    online: mission.online,
    targetSynergies: names.targetSynergies.join('; '),
    targetPartners: names.targetPartners.join('; '),
    facilitators: names.facilitators
      .map((f) => `${f.name} (${f.kind}, ${f.origin}${f.partnerName ? `, ${f.partnerName}` : ''})`)
      .join('; '),
    budgetPlanned: number(mission.budgetPlanned),
    budgetSpent: number(mission.budgetSpent),
    budgetCurrency: mission.budgetCurrency ?? null,
    evaluationFormsReturned: mission.evaluationFormsReturned ?? null,
    evaluationRelevance: number(mission.evaluationRelevance),
    evaluationQuality: number(mission.evaluationQuality),
    evaluationUsefulness: number(mission.evaluationUsefulness),
    evaluationLearnings: mission.evaluationLearnings ?? null,
    reviewStatus: mission.reviewStatus ?? null,
    ...reachExportValues(mission, columns, networkBands),
    createdAt: mission.createdAt,
    updatedAt: mission.updatedAt,
  };
}

/** The targets and facilitators of a page of missions, in two statements. */
async function namesOfPage(em: EntityManager, missionIds: string[]) {
  const targets = missionIds.length
    ? await em.find(MissionTarget, { mission: { $in: missionIds } }, { populate: ['synergy', 'partner'], orderBy: { createdAt: 'asc', id: 'asc' } })
    : [];
  const facilitators = missionIds.length
    ? await em.find(MissionFacilitator, { mission: { $in: missionIds } }, { populate: ['partner'], orderBy: { name: 'asc', id: 'asc' } })
    : [];
  const of = <T extends { mission: { id: string } }>(rows: T[], id: string) => rows.filter((row) => row.mission.id === id);
  return (id: string) => ({
    targetSynergies: of(targets, id)
      .flatMap((t) => (t.synergy ? [t.synergy.getEntity().name] : []))
      .sort(),
    targetPartners: of(targets, id)
      .flatMap((t) => (t.partner ? [t.partner.getEntity().name] : []))
      .sort(),
    facilitators: of(facilitators, id).map((f) => ({ name: f.name, kind: f.kind, origin: f.origin, partnerName: f.partner?.getEntity().name ?? null })),
  });
}

/** Opens an export of the missions the actor may see that match `filter`, in `order` (see {@link openListExport}). */
export async function openMissionExport(
  ctx: DomainContext,
  filter: MissionFilter | null | undefined,
  order: MissionOrder | null | undefined,
  options: ListExportOptions = {},
): Promise<ListExport> {
  const given = filter ?? {};
  return openListExport<CapacityBuildingMission>(
    ctx,
    {
      entity: CapacityBuildingMission,
      where: (em, actor) => ({ $and: [visibleMissionsWhere(em, actor), missionFilterWhere(em, given)] }),
      orderBy: missionOrderBy(order),
      populate: ['organiserSynergy', 'network'],
      networkId: given.networkId,
      columns: missionExportColumns,
      rowsAre: 'missions',
      rowsOf: async (em, missions, columns, bandsOf) => {
        const namesOf = await namesOfPage(em, missions.map((mission) => mission.id));
        return missions.map((mission) =>
          missionExportRow(
            mission,
            {
              organiserName: mission.organiserSynergy?.getEntity().name ?? mission.network.getEntity().name,
              ...namesOf(mission.id),
            },
            columns,
            bandsOf.get(mission.network.id) ?? [],
          ),
        );
      },
    },
    options,
  );
}
