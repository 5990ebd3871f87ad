import { graphql } from '../../gql';

/**
 * A partner as the activity form needs it: its country, its network, its
 * current synergies. The network's age bands come once from `networks`
 * rather than once per partner (the API's query cost limit counts each).
 */
export const ActivityFormPartnerFragment = graphql(`
  fragment NationalActivityForm_partner on Partner {
    id
    name
    acronym
    country
    viewerCan {
      update
    }
    network {
      id
    }
    memberships {
      id
      synergy {
        id
        name
      }
    }
  }
`);

/** The partners the form offers (those the user may record for are kept), and the age bands of the user's networks. */
export const ActivityNewPartnersQuery = graphql(`
  query NationalActivityNewPartners($first: Int!) {
    partners(first: $first) {
      edges {
        node {
          ...NationalActivityForm_partner
        }
      }
    }
    networks {
      id
      ageBands {
        id
        label
        youth
      }
    }
  }
`);

/** A partner named in the link (?partnerId=), in case it is not among the first hundred. */
export const ActivityNewPartnerQuery = graphql(`
  query NationalActivityNewPartner($id: ID!) {
    partner(id: $id) {
      ...NationalActivityForm_partner
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation National_CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        title
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);
