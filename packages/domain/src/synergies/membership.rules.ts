import type { SynergyMembership } from './synergy-membership.entity.ts';
import { todayIso } from '../shared/dates.ts';

/** A membership is current until the day after its last day. */
export const isCurrentMembership = (membership: Pick<SynergyMembership, 'until'>, today: string = todayIso()): boolean =>
  membership.until == null || membership.until >= today;

/** The where clause of current memberships, for queries. */
export const currentMembershipWhere = (today: string = todayIso()) => ({ $or: [{ until: null }, { until: { $gte: today } }] });
/** The same, as `rowsAsJson`'s `where` (a page's nested memberships). */
export const currentMembershipRows = (today: string = todayIso()) => ({ until: [null, { $gte: today }] });

/** The order lists show a partner's or synergy's memberships in: current ones first, the latest first. */
export const membershipsOrder = { until: 'desc nulls first', since: 'desc', id: 'asc' } as const;

/** Whether ending on `until` is allowed for a membership that began on `since`. */
export const canEndOn = (since: string, until: string): boolean => until >= since;
