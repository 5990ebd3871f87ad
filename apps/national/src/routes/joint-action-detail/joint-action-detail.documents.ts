import { graphql } from '../../gql';

/** Everything the detail page shows about a joint action (also what every change returns). */
export const JointActionDetailFragment = graphql(`
  fragment NationalJointActionDetail_jointAction on JointAction {
    id
    title
    kind
    objective
    branches
    countryName
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    status
    nextStatuses
    stageReached
    noOutcomeReason
    version
    createdAt
    updatedAt
    createdBy {
      id
      name
    }
    updatedBy {
      id
      name
    }
    synergy {
      id
      name
    }
    network {
      id
      ageBands {
        id
        label
        youth
      }
    }
    partners {
      id
      role
      partner {
        id
        name
        acronym
      }
      contribution {
        people
        money {
          amount
          currency
        }
        inKind
      }
    }
    lead {
      id
      name
    }
    milestones {
      id
      title
      dueDate
      doneDate
      overdue
      responsiblePartner {
        id
        name
      }
    }
    targets {
      id
      name
      level
      askKind
      ask
    }
    outcomes {
      id
      observedOn
      description
      stage
      evidence
      evidenceLinks
      contribution
      version
      recordedBy {
        id
        name
      }
    }
    participants {
      total
      women
      youth
      womenShare
      youthShare
      cells {
        sex
        count
        ageBand {
          id
        }
      }
    }
    genderMarker {
      score
      criteria {
        genderAnalysis
        analysisShapedDesign
        genderObjectiveAndIndicator
        sexDisaggregatedData
        genderMonitoringCommitment
      }
      missingCriteria
      principalObjective
      justification
      allowedMaxScore
    }
    viewerCan {
      update
      delete
    }
  }
`);

export const JointActionDetailQuery = graphql(`
  query NationalJointActionDetail($id: ID!) {
    jointAction(id: $id) {
      ...NationalJointActionDetail_jointAction
    }
  }
`);

export const ChangeJointActionStatusMutation = graphql(`
  mutation National_ChangeJointActionStatus($input: ChangeJointActionStatusInput!) {
    changeJointActionStatus(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const DeleteJointActionMutation = graphql(`
  mutation National_DeleteJointAction($input: DeleteJointActionInput!) {
    deleteJointAction(input: $input) {
      deletedJointActionId
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const AddJointActionMilestoneMutation = graphql(`
  mutation National_AddJointActionMilestone($input: AddJointActionMilestoneInput!) {
    addJointActionMilestone(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const UpdateJointActionMilestoneMutation = graphql(`
  mutation National_UpdateJointActionMilestone($input: UpdateJointActionMilestoneInput!) {
    updateJointActionMilestone(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const RemoveJointActionMilestoneMutation = graphql(`
  mutation National_RemoveJointActionMilestone($input: RemoveJointActionMilestoneInput!) {
    removeJointActionMilestone(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const AddPolicyTargetMutation = graphql(`
  mutation National_AddPolicyTarget($input: AddPolicyTargetInput!) {
    addPolicyTarget(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const RemovePolicyTargetMutation = graphql(`
  mutation National_RemovePolicyTarget($input: RemovePolicyTargetInput!) {
    removePolicyTarget(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const RecordPolicyOutcomeMutation = graphql(`
  mutation National_RecordPolicyOutcome($input: RecordPolicyOutcomeInput!) {
    recordPolicyOutcome(input: $input) {
      jointAction {
        ...NationalJointActionDetail_jointAction
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);
