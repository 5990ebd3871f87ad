// The timeline view of the missions: by month of their planned start, months in order.

export type TimelineMonth<M> = { month: string; missions: M[] };

/** Groups missions by the month ("YYYY-MM") they are planned to start in; months ascending, missions by start date then title. */
export function groupMissionsByMonth<M extends { plannedStartDate: string; title: string }>(missions: readonly M[]): TimelineMonth<M>[] {
  const sorted = [...missions].sort((a, b) => a.plannedStartDate.localeCompare(b.plannedStartDate) || a.title.localeCompare(b.title));
  const months: TimelineMonth<M>[] = [];
  for (const mission of sorted) {
    const month = mission.plannedStartDate.slice(0, 7);
    const last = months[months.length - 1];
    if (last && last.month === month) last.missions.push(mission);
    else months.push({ month, missions: [mission] });
  }
  return months;
}
