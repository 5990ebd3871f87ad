/** A milestone as the timeline lists it. */
export type TimelineMilestone = {
  id: string;
  title: string;
  dueDate: string;
  doneDate?: string | null;
  overdue: boolean;
  jointAction: { id: string; title: string };
  responsiblePartner?: { name: string } | null;
};

/** Milestones grouped by the month they are due (`YYYY-MM`), months in order, the order within a month kept. */
export function groupMilestonesByMonth<M extends Pick<TimelineMilestone, 'dueDate'>>(milestones: readonly M[]): { month: string; milestones: M[] }[] {
  const months = new Map<string, M[]>();
  for (const milestone of milestones) {
    const month = milestone.dueDate.slice(0, 7);
    const group = months.get(month);
    if (group) group.push(milestone);
    else months.set(month, [milestone]);
  }
  return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, group]) => ({ month, milestones: group }));
}
