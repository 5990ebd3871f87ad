import { graphql } from '../../gql';

/** Everything the participation dashboard draws; the same selection as the national app's. */
export const ParticipationDashboardFragment = graphql(`
  fragment ParticipationPage_summary on ParticipationSummary {
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
    byCountry {
      country
      countryName
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

/** The network's age bands and the participation in all its activities between two start dates. */
export const NetworkParticipationQuery = graphql(`
  query ContinentalParticipation($networkId: ID!, $from: Date, $to: Date) {
    network(id: $networkId) {
      id
      name
      ageBands {
        id
        label
        youth
      }
    }
    participationSummary(scope: { networkId: $networkId }, from: $from, to: $to) {
      ...ParticipationPage_summary
    }
  }
`);
