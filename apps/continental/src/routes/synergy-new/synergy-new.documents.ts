import { graphql } from '../../gql';

/** Creates a national synergy in the network. */
export const CreateSynergyMutation = graphql(`
  mutation ContinentalCreateSynergy($input: CreateSynergyInput!) {
    createSynergy(input: $input) {
      synergy {
        id
        name
        country
        countryName
        status
        partnerCount
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);
