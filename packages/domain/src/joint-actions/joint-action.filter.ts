import type { WorkStatus } from '../activities/activity-status.rules.ts';
import type { SocialProtectionBranch } from '../activities/activity.vocabulary.ts';
import type { JointActionKind, PolicyStage, TargetLevel } from './joint-action.vocabulary.ts';

/** Narrows a list of joint actions; every field narrows further (GraphQL `JointActionFilter`). */
export type JointActionFilter = {
  networkId?: string | null;
  synergyId?: string | null;
  /** true: only continental actions (owned by the network); false: only synergies' actions. */
  continental?: boolean | null;
  /** Only those this partner takes part in. */
  partnerId?: string | null;
  countries?: readonly string[] | null;
  kinds?: readonly JointActionKind[] | null;
  statuses?: readonly WorkStatus[] | null;
  branches?: readonly SocialProtectionBranch[] | null;
  targetLevels?: readonly TargetLevel[] | null;
  stagesReached?: readonly PolicyStage[] | null;
  /** The planned period overlaps [from, to]. */
  from?: string | null;
  to?: string | null;
  search?: string | null;
};

export type JointActionOrder = { field: 'START_DATE' | 'TITLE' | 'PARTICIPANTS' | 'UPDATED_AT'; direction: 'ASC' | 'DESC' };
