import { graphql } from '../../gql';

/** One synergy with its current partners. */
export const SynergyDetailQuery = graphql(`
  query ContinentalSynergyDetail($id: ID!) {
    synergy(id: $id) {
      id
      name
      country
      countryName
      status
      partnerCount
      createdAt
      network {
        id
        name
      }
      memberships {
        id
        role
        since
        partner {
          id
          name
          acronym
          type
          members {
            total
            womenShare
          }
        }
      }
    }
  }
`);
