import { graphql } from '../gql';

/** What a row of the mission list shows. */
export const MissionListItemFragment = graphql(`
  fragment NationalMissionList_item on CapacityBuildingMission {
    id
    title
    format
    themes
    status
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    organiserName
    reviewStatus
    locked
    place {
      countryName
      city
      online
    }
  }
`);

/** One page of the missions the user may see, filtered as the URL says. */
export const MissionsQuery = graphql(`
  query NationalMissions($filter: MissionFilter, $orderBy: MissionOrder, $first: Int, $after: String) {
    missions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NationalMissionList_item
        }
      }
    }
  }
`);

/** The synergies the user may choose from (the list's synergy filter, the follow-ups' owner). */
export const MissionSynergiesQuery = graphql(`
  query NationalMissionSynergies($first: Int!) {
    synergies(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** A follow-up action as the mission page and the follow-up list show it (also what a change returns). */
export const FollowUpFragment = graphql(`
  fragment NationalFollowUp_action on FollowUpAction {
    id
    description
    dueDate
    status
    overdue
    doneOn
    droppedReason
    evidence
    version
    ownerPartner {
      id
      name
    }
    mission {
      id
      title
    }
    viewerCan {
      update
    }
  }
`);

/** The review as the organiser sees it on the mission page. */
export const MissionReviewFragment = graphql(`
  fragment NationalMissionReview_review on CapacityBuildingReview {
    id
    status
    ratingRelevance
    ratingEffectiveness
    ratingFollowUp
    ratingGender
    comments
    recommendation
    changeRequest
    organiserResponse
    submittedAt
    approvedAt
    reopenReason
    version
    viewerMoves
    reviewer {
      id
      name
    }
    approvedBy {
      id
      name
    }
  }
`);

/** Everything the mission page shows (also what its changes return). */
export const MissionDetailFragment = graphql(`
  fragment NationalMissionDetail_mission on CapacityBuildingMission {
    id
    title
    format
    themes
    objectives
    status
    plannedStartDate
    plannedEndDate
    actualStartDate
    actualEndDate
    organiserName
    organiserSynergy {
      id
      name
    }
    place {
      countryName
      city
      online
    }
    targetSynergies {
      id
      name
    }
    targetPartners {
      id
      name
    }
    facilitators {
      id
      name
      kind
      origin
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
    }
    genderMarker {
      score
    }
    evaluation {
      formsReturned
      relevance
      quality
      usefulness
      learnings
    }
    followUps {
      ...NationalFollowUp_action
    }
    review {
      ...NationalMissionReview_review
    }
    reviewStatus
    locked
    version
    updatedAt
    viewerCan {
      update
    }
  }
`);

export const MissionDetailQuery = graphql(`
  query NationalMissionDetail($id: ID!) {
    mission(id: $id) {
      ...NationalMissionDetail_mission
    }
  }
`);

export const AnswerChangeRequestMutation = graphql(`
  mutation National_MoveCapacityBuildingReview($input: MoveCapacityBuildingReviewInput!) {
    moveCapacityBuildingReview(input: $input) {
      review {
        ...NationalMissionReview_review
        mission {
          id
          reviewStatus
          locked
          version
        }
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const RecordMissionEvaluationMutation = graphql(`
  mutation National_RecordMissionEvaluation($input: RecordMissionEvaluationInput!) {
    recordMissionEvaluation(input: $input) {
      mission {
        ...NationalMissionDetail_mission
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

export const UpdateFollowUpActionMutation = graphql(`
  mutation National_UpdateFollowUpAction($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      followUpAction {
        ...NationalFollowUp_action
      }
      errors {
        ...NationalUserError
      }
    }
  }
`);

/** One page of follow-up actions, by due date. */
export const FollowUpActionsQuery = graphql(`
  query NationalFollowUpActions($filter: FollowUpActionFilter, $first: Int, $after: String) {
    followUpActions(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NationalFollowUp_action
        }
      }
    }
  }
`);
