/** The status of planned work (activities, joint actions, missions): DOMAIN.md. */
export const workStatuses = ['PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED'] as const;
export type WorkStatus = (typeof workStatuses)[number];

/**
 * The moves allowed. Work may be recorded as completed straight from planned
 * (reported after the fact); completed and cancelled work is final, and
 * cancelling keeps the record.
 */
export const allowedTransitions: Record<WorkStatus, readonly WorkStatus[]> = {
  PLANNED: ['ONGOING', 'COMPLETED', 'CANCELLED'],
  ONGOING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};

export const canMoveTo = (from: WorkStatus, to: WorkStatus): boolean => allowedTransitions[from].includes(to);
