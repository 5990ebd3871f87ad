import { graphql } from '../../gql';

/** Everything the participation dashboard draws; the same selection as the continental app's. */
export const ParticipationDashboardFragment = graphql(`
  fragment SynergyDashboard_summary on ParticipationSummary {
    activityCount
    total
    women
    men
    other
    notRecorded
    youth
    womenShare
    youthShare
    bySexAndAgeBand {
      sex
      ageBand {
        id
        label
        youth
      }
      count
    }
    byType {
      type
      activityCount
      total
      women
      youth
      womenShare
      youthShare
    }
    byBranch {
      branch
      activityCount
      total
      women
      youth
      womenShare
      youthShare
    }
    byGenderMarkerScore {
      score
      activityCount
      total
      women
      youth
      womenShare
      youthShare
    }
    byMonth {
      month
      activityCount
      total
      women
      youth
      womenShare
      youthShare
    }
  }
`);

/** The synergy (name, the network's age bands) and the participation in its activities between two start dates. */
export const SynergyDashboardQuery = graphql(`
  query NationalSynergyDashboard($synergyId: ID!, $from: Date, $to: Date) {
    synergy(id: $synergyId) {
      id
      name
      country
      network {
        id
        name
        ageBands {
          id
          label
          youth
        }
      }
    }
    participationSummary(scope: { synergyId: $synergyId }, from: $from, to: $to) {
      ...SynergyDashboard_summary
    }
  }
`);
