import type { Resolvers } from '../generated/resolvers-types.ts';
import { commonResolvers } from '../modules/common/resolvers.ts';
import { nodeResolvers } from '../modules/node/resolvers.ts';
import { networkResolvers } from '../modules/networks/resolvers.ts';
import { synergyResolvers } from '../modules/synergies/resolvers.ts';
import { partnerResolvers } from '../modules/partners/resolvers.ts';
import { userResolvers } from '../modules/users/resolvers.ts';
import { auditResolvers } from '../modules/audit/resolvers.ts';
import { activityResolvers } from '../modules/activities/resolvers.ts';
import { apiTokenResolvers } from '../modules/api-tokens/resolvers.ts';
import { jointActionResolvers } from '../modules/joint-actions/resolvers.ts';
import { missionResolvers } from '../modules/missions/resolvers.ts';
import { followUpResolvers } from '../modules/follow-ups/resolvers.ts';
import { capacityAssessmentResolvers } from '../modules/capacity-assessments/resolvers.ts';
import { reviewResolvers } from '../modules/capacity-building-reviews/resolvers.ts';
import { capacityBuildingSummaryResolvers } from '../modules/capacity-building-summary/resolvers.ts';

/** Every module's resolvers; Query and Mutation are merged field by field. */
export const resolverModules: Resolvers[] = [
  commonResolvers,
  nodeResolvers,
  networkResolvers,
  synergyResolvers,
  partnerResolvers,
  userResolvers,
  auditResolvers,
  activityResolvers,
  apiTokenResolvers,
  jointActionResolvers,
  missionResolvers,
  followUpResolvers,
  capacityAssessmentResolvers,
  reviewResolvers,
  capacityBuildingSummaryResolvers,
];
