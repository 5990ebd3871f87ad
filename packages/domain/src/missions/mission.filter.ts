import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { CapacityTheme, MissionFormat, ReviewStatus } from './capacity-building.vocabulary.ts';

/** Narrows a list of missions; every field narrows further (GraphQL `MissionFilter`). */
export type MissionFilter = {
  networkId?: string | null;
  /** Those this synergy organises or targets, directly or through its current partners. */
  synergyId?: string | null;
  /** true: only those the network organises; false: only those synergies organise. */
  networkOrganised?: boolean | null;
  /** Only those targeting this partner. */
  partnerId?: string | null;
  countries?: readonly string[] | null;
  formats?: readonly MissionFormat[] | null;
  /** Those covering at least one of these themes. */
  themes?: readonly CapacityTheme[] | null;
  statuses?: readonly WorkStatus[] | null;
  reviewStatuses?: readonly ReviewStatus[] | null;
  /** true: only those nobody reviews; false: only those with a review. */
  unreviewed?: boolean | null;
  /** The planned period overlaps [from, to]. */
  from?: string | null;
  to?: string | null;
  search?: string | null;
};

export type MissionOrder = { field: 'START_DATE' | 'TITLE' | 'PARTICIPANTS' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' };
