import { graphql } from '../../gql';

/** Everything the detail page shows about an activity (also what the mutations return). */
export const ActivityDetailFragment = graphql(`
  fragment NationalActivityDetail_activity on Activity {
    id
    title
    type
    subType
    description
    startDate
    endDate
    country
    place
    branches
    workerCategories
    informalSectors
    status
    nextStatuses
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
    partner {
      id
      name
      acronym
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

export const ActivityDetailQuery = graphql(`
  query NationalActivityDetail($id: ID!) {
    activity(id: $id) {
      ...NationalActivityDetail_activity
    }
  }
`);

export const ChangeActivityStatusMutation = graphql(`
  mutation National_ChangeActivityStatus($input: ChangeActivityStatusInput!) {
    changeActivityStatus(input: $input) {
      activity {
        ...NationalActivityDetail_activity
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const DeleteActivityMutation = graphql(`
  mutation National_DeleteActivity($input: DeleteActivityInput!) {
    deleteActivity(input: $input) {
      deletedActivityId
      errors {
        ...NationalUserError
      }
    }
  }
`);
