import { graphql } from '../../gql';

/** Everything the capacity-building dashboard draws, summed up in the database for one scope and period. */
export const CapacityBuildingSummaryQuery = graphql(`
  query ContinentalCapacityBuildingSummary($scope: CapacityBuildingScope!, $from: Date, $to: Date) {
    capacityBuildingSummary(scope: $scope, from: $from, to: $to) {
      missions
      participants
      women
      youth
      womenShare
      youthShare
      byStatus {
        status
        count
      }
      byTheme {
        theme
        missions
        participants
        womenShare
        youthShare
      }
      byFormat {
        format
        missions
        participants
        womenShare
        youthShare
      }
      byCountry {
        country
        countryName
        missions
        participants
        womenShare
      }
      byGenderMarker {
        score
        missions
        participants
        spent {
          amount
          currency
        }
      }
      byMonth {
        month
        missions
        participants
      }
      evaluation {
        missions
        formsReturned
        relevance
        quality
        usefulness
      }
      followUps {
        total
        done
        dropped
        open
        overdue
        completionRate
      }
      capacityChange {
        domain
        partners
        averageBefore
        averageAfter
        averageChange
      }
      budget {
        currency
        planned
        spent
      }
      reviewsByStatus {
        status
        count
      }
    }
  }
`);
