import { Network } from '../networks/network.entity.ts';
import { Synergy } from '../synergies/synergy.entity.ts';
import { SynergyMembership } from '../synergies/synergy-membership.entity.ts';
import { Partner } from '../partners/partner.entity.ts';
import { User } from '../users/user.entity.ts';
import { Session } from '../users/session.entity.ts';
import { RoleGrant } from '../users/role-grant.entity.ts';
import { AuditEntry } from '../audit/audit-entry.entity.ts';
import { Activity } from '../activities/activity.entity.ts';
import { ApiToken } from '../api-tokens/api-token.entity.ts';
import { RateLimitCounter } from '../rate-limits/rate-limit-counter.entity.ts';
import { JointAction, JointActionMilestone, JointActionPartner, PolicyOutcome, PolicyTarget } from '../joint-actions/joint-action.entity.ts';
import { CapacityBuildingMission, MissionFacilitator, MissionTarget } from '../missions/mission.entity.ts';
import { FollowUpAction } from '../follow-ups/follow-up-action.entity.ts';
import { CapacityAssessment, CapacityScore } from '../capacity-assessments/capacity-assessment.entity.ts';
import { CapacityBuildingReview } from '../capacity-building-reviews/capacity-building-review.entity.ts';
import { ParticipationRollup } from '../participation-rollup/participation-rollup.entity.ts';

/** Every entity, listed explicitly: no folder scanning, so tsx, vitest and bundles see the same metadata. */
export const entities = [Network, Synergy, SynergyMembership, Partner, User, Session, RoleGrant, AuditEntry, Activity, ApiToken, RateLimitCounter, JointAction, JointActionPartner, JointActionMilestone, PolicyTarget, PolicyOutcome,
  CapacityBuildingMission, MissionTarget, MissionFacilitator, FollowUpAction, CapacityAssessment, CapacityScore, CapacityBuildingReview, ParticipationRollup];
