import { graphql } from '../../gql';

/** A partner and its assessments, latest first, with every score and its evidence. */
export const PartnerCapacityQuery = graphql(`
  query ContinentalPartnerCapacity($partnerId: ID!) {
    partner(id: $partnerId) {
      id
      name
      acronym
      country
      capacityAssessments(first: 100) {
        totalCount
        edges {
          node {
            id
            assessedOn
            assessor
            notes
            averageScore
            mission {
              id
              title
            }
            scores {
              domain
              score
              evidence
              change
            }
          }
        }
      }
    }
  }
`);
