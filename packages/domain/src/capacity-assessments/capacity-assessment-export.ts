import { CapacityAssessment, CapacityScore } from './capacity-assessment.entity.ts';
import { assessmentFilterWhere, assessmentOrderBy, visibleAssessmentsWhere, type CapacityAssessmentFilter } from './capacity-assessment.queries.ts';
import { averageScore } from './capacity-assessment.rules.ts';
import { capacityDomains } from '../missions/capacity-building.vocabulary.ts';
import { exportColumn as col, openListExport, type ExportColumn, type ExportRow, type ListExport, type ListExportOptions } from '../activities/activity-export.ts';
import type { DomainContext } from '../shared/context.ts';

/** "FINANCIAL_MANAGEMENT" → "Financial management". */
const domainLabel = (domain: string) => domain.charAt(0) + domain.slice(1).toLowerCase().replaceAll('_', ' ');

/** The columns of an assessment export: who and when, then one score column per domain (empty when not assessed). */
export const assessmentExportColumns = (): ExportColumn[] => [
  col('id', 'ID', 'text'),
  col('partner', 'Partner', 'text'),
  col('country', 'Country code', 'text'),
  col('assessedOn', 'Assessed on', 'date'),
  col('assessor', 'Assessor', 'text'),
  col('mission', 'Linked mission', 'text'),
  ...capacityDomains.map((domain) => col(`score:${domain}`, `${domainLabel(domain)} score`, 'integer')),
  // Text: the export kinds have no decimal number (integer rounds, share shows a percentage).
  col('averageScore', 'Average score', 'text'),
  col('notes', 'Notes', 'text'),
  col('createdAt', 'Created at (UTC)', 'datetime'),
];

/** Opens an export of the assessments the actor may see that match `filter`, latest first (see {@link openListExport}). */
export function openCapacityAssessmentExport(
  ctx: DomainContext,
  filter: CapacityAssessmentFilter | null | undefined,
  options: ListExportOptions = {},
): Promise<ListExport> {
  const given = filter ?? {};
  return openListExport<CapacityAssessment>(
    ctx,
    {
      entity: CapacityAssessment,
      where: (em, actor) => ({ $and: [visibleAssessmentsWhere(em, actor), assessmentFilterWhere(em, given)] }),
      orderBy: { ...assessmentOrderBy },
      populate: ['partner', 'mission'],
      networkId: given.networkId,
      columns: assessmentExportColumns,
      rowsAre: 'capacity assessments',
      // One statement per page for the scores, never one per row.
      rowsOf: async (em, assessments) => {
        const scores = assessments.length ? await em.find(CapacityScore, { assessment: { $in: assessments.map((assessment) => assessment.id) } }) : [];
        return assessments.map((assessment) => {
          const own = scores.filter((score) => score.assessment.id === assessment.id);
          const row: ExportRow = {
            id: assessment.id,
            partner: assessment.partner.getEntity().name,
            country: assessment.partner.getEntity().country,
            assessedOn: assessment.assessedOn,
            assessor: assessment.assessor,
            mission: assessment.mission?.getEntity().title ?? null,
            averageScore: own.length ? String(averageScore(own)) : null,
            notes: assessment.notes ?? null,
            createdAt: assessment.createdAt,
          };
          for (const domain of capacityDomains) row[`score:${domain}`] = own.find((score) => score.domain === domain)?.score ?? null;
          return row;
        });
      },
    },
    options,
  );
}
