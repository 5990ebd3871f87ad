import { graphql } from '../gql';

// The capacity-building mission documents of the continental app: the list and
// timeline, the planner's choices, one mission with everything its page shows,
// and the changes made from the form, the page and the follow-ups list.

/** One page of the network's missions, filtered and ordered as the URL says. */
export const ContinentalMissionsQuery = graphql(`
  query ContinentalMissions($filter: MissionFilter, $orderBy: MissionOrder, $first: Int, $after: String) {
    missions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContinentalMissionRow
        }
      }
    }
  }
`);

/** What a row of the list and an entry of the timeline show. */
export const MissionRowFragment = graphql(`
  fragment ContinentalMissionRow on CapacityBuildingMission {
    id
    title
    format
    themes
    organiserName
    plannedStartDate
    plannedEndDate
    status
    reviewStatus
    locked
    place {
      country
      countryName
      city
      online
    }
    participants {
      total
    }
  }
`);

/** The planner's choices: the network's synergies (those the viewer may plan for) and partners, and its age bands. */
export const MissionChoicesQuery = graphql(`
  query ContinentalMissionChoices($networkId: ID!, $first: Int!) {
    network(id: $networkId) {
      id
      name
      ageBands {
        id
        label
        youth
      }
    }
    synergies(filter: { networkId: $networkId }, first: $first) {
      edges {
        node {
          id
          name
          country
          viewerCan {
            update
          }
        }
      }
    }
    partners(filter: { networkId: $networkId }, first: $first) {
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

/** Everything the mission page and the edit form show. */
export const MissionDetailFragment = graphql(`
  fragment ContinentalMissionDetail on CapacityBuildingMission {
    id
    version
    title
    format
    themes
    objectives
    organiserName
    organiserSynergy {
      id
      name
    }
    network {
      id
      name
      ageBands {
        id
        label
        youth
      }
    }
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    place {
      country
      countryName
      city
      online
    }
    status
    nextStatuses
    targetSynergies {
      id
      name
    }
    targetPartners {
      id
      name
      acronym
    }
    facilitators {
      id
      name
      kind
      origin
      partner {
        id
        name
      }
    }
    budget {
      planned
      spent
      currency
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
      principalObjective
      justification
      allowedMaxScore
    }
    evaluation {
      formsReturned
      relevance
      quality
      usefulness
      learnings
    }
    review {
      id
      status
    }
    reviewStatus
    locked
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
    viewerCan {
      update
      delete
      review
    }
  }
`);

/** A follow-up action as the mission page and the follow-ups list show it. */
export const FollowUpRowFragment = graphql(`
  fragment ContinentalFollowUpRow on FollowUpAction {
    id
    version
    description
    dueDate
    status
    overdue
    doneOn
    droppedReason
    evidence
    ownerPartner {
      id
      name
      acronym
    }
    mission {
      id
      title
    }
    viewerCan {
      update
      delete
    }
  }
`);

/** One mission with its follow-ups, assessments and the capacity change of its target partners. */
export const MissionDetailQuery = graphql(`
  query ContinentalMission($id: ID!) {
    mission(id: $id) {
      ...ContinentalMissionDetail
      followUps {
        ...ContinentalFollowUpRow
      }
      assessments {
        id
        assessedOn
        assessor
        averageScore
        partner {
          id
          name
          acronym
        }
      }
      capacityChange {
        domain
        partners
        averageBefore
        averageAfter
        averageChange
      }
    }
  }
`);

/** The follow-up actions the viewer sees, by due date. */
export const FollowUpActionsQuery = graphql(`
  query ContinentalFollowUpActions($filter: FollowUpActionFilter, $first: Int, $after: String) {
    followUpActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ContinentalFollowUpRow
        }
      }
    }
  }
`);

export const CreateMissionMutation = graphql(`
  mutation ContinentalCreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      mission {
        ...ContinentalMissionDetail
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const UpdateMissionMutation = graphql(`
  mutation ContinentalUpdateMission($input: UpdateMissionInput!) {
    updateMission(input: $input) {
      mission {
        ...ContinentalMissionDetail
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const ChangeMissionStatusMutation = graphql(`
  mutation ContinentalChangeMissionStatus($input: ChangeMissionStatusInput!) {
    changeMissionStatus(input: $input) {
      mission {
        ...ContinentalMissionDetail
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const RecordMissionEvaluationMutation = graphql(`
  mutation ContinentalRecordMissionEvaluation($input: RecordMissionEvaluationInput!) {
    recordMissionEvaluation(input: $input) {
      mission {
        ...ContinentalMissionDetail
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const AddFollowUpActionMutation = graphql(`
  mutation ContinentalAddFollowUpAction($input: AddFollowUpActionInput!) {
    addFollowUpAction(input: $input) {
      followUpAction {
        ...ContinentalFollowUpRow
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const UpdateFollowUpActionMutation = graphql(`
  mutation ContinentalUpdateFollowUpAction($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      followUpAction {
        ...ContinentalFollowUpRow
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

export const StartMissionReviewMutation = graphql(`
  mutation ContinentalStartMissionReview($input: StartCapacityBuildingReviewInput!) {
    startCapacityBuildingReview(input: $input) {
      review {
        id
        status
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);
