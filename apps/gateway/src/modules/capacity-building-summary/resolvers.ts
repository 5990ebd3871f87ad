import { CapacityBuildingSummary, countryName } from '@synergia/domain';
import type { CapacityBuildingScope as ScopeArgs, Resolvers } from '../../generated/resolvers-types.ts';
import { argumentId, withArgumentErrors } from '../../graphql/errors.ts';
import { requireActor } from '../../graphql/auth.ts';
import { selectedFields } from '../../graphql/selection.ts';

/** Decodes the scope's global ids; the domain checks that exactly one is given. */
const scopeFromArgs = (scope: ScopeArgs) => ({
  networkId: scope.networkId ? argumentId(scope.networkId, 'scope.networkId', 'Network') : null,
  synergyId: scope.synergyId ? argumentId(scope.synergyId, 'scope.synergyId', 'Synergy') : null,
  partnerId: scope.partnerId ? argumentId(scope.partnerId, 'scope.partnerId', 'Partner') : null,
});

/** Each field asks the summary for the one breakdown it needs; the summary runs each statement once. */
export const capacityBuildingSummaryResolvers: Resolvers = {
  Query: {
    capacityBuildingSummary: (_, { scope, from, to }, ctx, info) => {
      requireActor(ctx);
      return withArgumentErrors(async () => {
        const summary = await CapacityBuildingSummary.open(ctx, scopeFromArgs(scope), from, to);
        // The breakdowns the query selects that group missions alike come from one SQL statement.
        summary.prefetch(selectedFields(info));
        return summary;
      });
    },
  },
  CapacityBuildingSummary: {
    missions: async (summary) => (await summary.totals()).missions,
    participants: async (summary) => (await summary.totals()).participants,
    women: async (summary) => (await summary.totals()).women,
    youth: async (summary) => (await summary.totals()).youth,
    womenShare: async (summary) => (await summary.totals()).womenShare,
    youthShare: async (summary) => (await summary.totals()).youthShare,
    byStatus: (summary) => summary.byStatus(),
    byTheme: (summary) => summary.byTheme(),
    byFormat: (summary) => summary.byFormat(),
    byCountry: async (summary) => (await summary.byCountry()).map((row) => ({ ...row, countryName: row.country ? countryName(row.country) : null })),
    byGenderMarker: (summary) => summary.byGenderMarker(),
    byMonth: (summary) => summary.byMonth(),
    evaluation: (summary) => summary.evaluation(),
    followUps: (summary) => summary.followUps(),
    budget: (summary) => summary.budget(),
    reviewsByStatus: (summary) => summary.reviewsByStatus(),
    capacityChange: (summary) => summary.capacityChange(),
  },
};
