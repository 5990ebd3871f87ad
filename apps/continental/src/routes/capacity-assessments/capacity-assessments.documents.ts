import { graphql } from '../../gql';

/**
 * One page of partners with their recent assessments: the grid shows each
 * domain's latest score among them. Twenty assessments reach back years for a
 * partner assessed a few times a year, and the nested list is batched.
 */
export const CapacityGridQuery = graphql(`
  query ContinentalCapacityGrid($filter: PartnerFilter, $first: Int, $after: String) {
    partners(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          acronym
          country
          capacityAssessments(first: 20) {
            edges {
              node {
                id
                assessedOn
                scores {
                  domain
                  score
                  change
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The network's missions an assessment can be linked to, latest first. */
export const CapacityMissionChoicesQuery = graphql(`
  query ContinentalCapacityMissionChoices($networkId: ID!) {
    missions(filter: { networkId: $networkId }, first: 100) {
      edges {
        node {
          id
          title
          plannedStartDate
        }
      }
    }
  }
`);

/** Records an assessment; the partner's grid row and history read it back. */
export const RecordCapacityAssessmentMutation = graphql(`
  mutation ContinentalRecordCapacityAssessment($input: RecordCapacityAssessmentInput!) {
    recordCapacityAssessment(input: $input) {
      capacityAssessment {
        id
        assessedOn
        partner {
          id
          name
          acronym
        }
        scores {
          domain
          score
          change
        }
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);
