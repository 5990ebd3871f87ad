import { graphql } from '../../gql';

/** A page of the network's users with their role grants. */
export const UsersQuery = graphql(`
  query ContinentalUsers($networkId: ID!, $search: String, $first: Int, $after: String) {
    users(networkId: $networkId, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          locale
          roleGrants {
            id
            role
            scopeType
            grantedAt
            scope {
              __typename
              ... on Network {
                id
                name
              }
              ... on Synergy {
                id
                name
                country
              }
              ... on Partner {
                id
                name
                acronym
              }
            }
          }
        }
      }
    }
  }
`);

/** Who can receive a role, and the synergies a role can be granted on. */
export const GrantTargetsQuery = graphql(`
  query ContinentalGrantTargets($networkId: ID!) {
    users(networkId: $networkId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          email
        }
      }
    }
    synergies(filter: { networkId: $networkId }, first: 100) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);

/** Partners a role can be granted on, found by name or acronym. */
export const PartnerOptionsQuery = graphql(`
  query ContinentalPartnerOptions($networkId: ID!, $search: String) {
    partners(filter: { networkId: $networkId, search: $search }, first: 50) {
      totalCount
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

export const GrantRoleMutation = graphql(`
  mutation ContinentalGrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      roleGrant {
        id
        role
        scopeType
        user {
          id
          name
        }
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation ContinentalRevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      revokedRoleGrantId
      errors {
        __typename
        message
        path
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation ContinentalCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
        email
        locale
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);
