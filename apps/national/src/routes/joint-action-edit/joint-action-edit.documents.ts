import { graphql } from '../../gql';

/** The joint action with its synergy's current members (the partners it may add). */
export const JointActionEditQuery = graphql(`
  query NationalJointActionEdit($id: ID!) {
    jointAction(id: $id) {
      ...NationalJointActionDetail_jointAction
      synergy {
        ...NationalJointActionForm_synergy
      }
    }
  }
`);

export const UpdateJointActionMutation = graphql(`
  mutation National_UpdateJointAction($input: UpdateJointActionInput!) {
    updateJointAction(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const AddJointActionPartnerMutation = graphql(`
  mutation National_AddJointActionPartner($input: AddJointActionPartnerInput!) {
    addJointActionPartner(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const UpdateJointActionPartnerMutation = graphql(`
  mutation National_UpdateJointActionPartner($input: UpdateJointActionPartnerInput!) {
    updateJointActionPartner(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const RemoveJointActionPartnerMutation = graphql(`
  mutation National_RemoveJointActionPartner($input: RemoveJointActionPartnerInput!) {
    removeJointActionPartner(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);
