import { graphql } from '../../gql';

/** The activity with its partner as the form needs it. */
export const ActivityEditQuery = graphql(`
  query NationalActivityEdit($id: ID!) {
    activity(id: $id) {
      ...NationalActivityDetail_activity
      partner {
        ...NationalActivityForm_partner
      }
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation National_UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        ...NationalActivityDetail_activity
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);
