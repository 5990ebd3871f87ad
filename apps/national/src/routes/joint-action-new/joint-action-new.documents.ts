import { graphql } from '../../gql';

/** A synergy as the joint action form needs it: its current members (the partners that can take part) and its network's age bands. */
export const JointActionFormSynergyFragment = graphql(`
  fragment NationalJointActionForm_synergy on Synergy {
    id
    name
    viewerCan {
      update
    }
    network {
      id
      ageBands {
        id
        label
        youth
      }
    }
    memberships {
      id
      partner {
        id
        name
        acronym
      }
    }
  }
`);

/** The synergies the user sees; those the user coordinates can plan joint actions. */
export const JointActionNewSynergiesQuery = graphql(`
  query NationalJointActionNewSynergies($first: Int!) {
    synergies(first: $first) {
      edges {
        node {
          ...NationalJointActionForm_synergy
        }
      }
    }
  }
`);

export const CreateJointActionMutation = graphql(`
  mutation National_CreateJointAction($input: CreateJointActionInput!) {
    createJointAction(input: $input) {
      jointAction {
        id
        title
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);
