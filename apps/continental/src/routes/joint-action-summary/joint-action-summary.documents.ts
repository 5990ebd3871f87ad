import { graphql } from '../../gql';

/** The network's joint actions summed up in the database, by kind, status, stage reached and country. */
export const ContinentalJointActionSummaryQuery = graphql(`
  query ContinentalJointActionSummary($networkId: ID!, $from: Date, $to: Date) {
    jointActionSummary(scope: { networkId: $networkId }, from: $from, to: $to) {
      count
      milestonesOverdue
      milestonesUpcoming
      participants
      women
      youth
      womenShare
      youthShare
      byKind {
        kind
        count
      }
      byStatus {
        status
        count
      }
      byStageReached {
        stage
        count
      }
      byCountry {
        country
        countryName
        count
        withOutcomes
        participants
        womenShare
        youthShare
      }
    }
  }
`);
