import { graphql } from '../../gql';

/** The network's synergies with the totals the overview shows. */
export const OverviewQuery = graphql(`
  query ContinentalOverview($networkId: ID!, $filter: SynergyFilter!) {
    network(id: $networkId) {
      id
      name
      acronym
      synergyCount
      partnerCount
    }
    synergies(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          country
          countryName
          status
          partnerCount
        }
      }
    }
  }
`);
