import { graphql } from '../../gql';

/** One page of the outcomes recorded across the network, latest observed first, with where and by which joint action. */
export const ContinentalPolicyOutcomesQuery = graphql(`
  query ContinentalPolicyOutcomes($filter: PolicyOutcomeFilter, $first: Int, $after: String) {
    policyOutcomes(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          observedOn
          description
          stage
          evidence
          evidenceLinks
          contribution
          jointAction {
            id
            title
            kind
            country
            countryName
            synergy {
              id
              name
            }
            targets {
              id
              name
              level
            }
          }
        }
      }
    }
  }
`);
