import { graphql } from '../gql';

/** A payload's user error as the forms show it: kind, message, path, and a validation error's field. */
export const UserErrorFragment = graphql(`
  fragment ContinentalUserError on UserError {
    __typename
    message
    path
    ... on ValidationError {
      field
    }
  }
`);
