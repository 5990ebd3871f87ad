import { graphql } from '../../gql';

/** One page of the network's joint actions, filtered and ordered as the URL says. */
export const ContinentalJointActionsQuery = graphql(`
  query ContinentalJointActions($filter: JointActionFilter, $orderBy: JointActionOrder, $first: Int, $after: String) {
    jointActions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          kind
          plannedStartDate
          plannedEndDate
          status
          country
          countryName
          stageReached
          synergy {
            id
            name
          }
          lead {
            id
            name
          }
          partners {
            id
          }
          participants {
            total
          }
        }
      }
    }
  }
`);
