import type { SynergyMembership } from './synergy-membership.entity.ts';
import { todayIso } from '../shared/dates.ts';

/** A membership is current until the day after its last day. */
export const isCurrentMembership = (membership: Pick<SynergyMembership, 'until'>, today: string = todayIso()): boolean =>
  membership.until == null || membership.until >= today;

/** The where clause of current memberships, for queries. */
export const currentMembershipWhere = (today: string = todayIso()) => ({ $or: [{ until: null }, { until: { $gte: today } }] });
/** The same, as `rowsAsJson`'s `where` (a page's nested memberships). */
export const currentMembershipRows = (today: string = todayIso()) => ({ until: [null, { $gte: today }] });

/**
 * What lists of memberships carry (a partner page's nested memberships, the
 * memberships loaders): every property the API shows of a membership and the
 * rules read, not its version or timestamps. Why: those were half of each
 * membership's JSON in a partner page, and PostgreSQL formats every timestamp
 * it writes. Whole memberships come by id (`nodes`, the services).
 */
export const membershipListFields = ['synergy', 'partner', 'role', 'since', 'until'] as const satisfies readonly (keyof SynergyMembership)[];

/** The order lists show a partner's or synergy's memberships in: current ones first, the latest first. */
export const membershipsOrder = { until: 'desc nulls first', since: 'desc', id: 'asc' } as const;

/** Whether ending on `until` is allowed for a membership that began on `since`. */
export const canEndOn = (since: string, until: string): boolean => until >= since;
