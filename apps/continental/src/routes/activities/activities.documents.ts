import { graphql } from '../../gql';

/** One page of the network's activities, filtered and ordered as the URL says. */
export const ContinentalActivitiesQuery = graphql(`
  query ContinentalActivities($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          type
          subType
          startDate
          endDate
          status
          country
          partner {
            id
            name
            acronym
          }
          synergy {
            id
            name
          }
          participants {
            total
            womenShare
            youthShare
          }
          genderMarker {
            score
          }
        }
      }
    }
  }
`);

/** The choices of the filter bar: the network's synergies (and their countries) and partners. */
export const ContinentalActivityFilterOptionsQuery = graphql(`
  query ContinentalActivityFilterOptions($networkId: ID!, $first: Int!) {
    synergies(filter: { networkId: $networkId }, first: $first) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
    partners(filter: { networkId: $networkId }, first: $first) {
      edges {
        node {
          id
          name
          acronym
          country
        }
      }
    }
  }
`);
