import { graphql } from '../../gql';

/** A page of the network's change history, newest first. */
export const AuditEntriesQuery = graphql(`
  query ContinentalAuditEntries($networkId: ID!, $first: Int, $after: String) {
    auditEntries(networkId: $networkId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entityType
          entityId
          before
          after
          actor {
            id
            name
          }
        }
      }
    }
  }
`);
