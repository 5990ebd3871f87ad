import { graphql } from '../gql';

/** A review as a row of the queue shows it: what is reviewed, by whom, where it stands and when it last changed. */
export const ReviewQueueRowFragment = graphql(`
  fragment ReviewQueueRow on CapacityBuildingReview {
    id
    status
    year
    updatedAt
    mission {
      id
      title
      organiserName
    }
    synergy {
      id
      name
    }
    reviewer {
      id
      name
    }
  }
`);

/** One page of the reviews the viewer may see, filtered by status, synergy and reviewer. */
export const ReviewQueueQuery = graphql(`
  query ReviewQueue($filter: CapacityBuildingReviewFilter, $first: Int, $after: String) {
    capacityBuildingReviews(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ReviewQueueRow
        }
      }
    }
  }
`);

/** One page of the completed missions nobody reviews yet. */
export const MissionsAwaitingReviewQuery = graphql(`
  query MissionsAwaitingReview($filter: MissionFilter, $first: Int, $after: String) {
    missions(filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          organiserName
          plannedStartDate
          plannedEndDate
          actualStartDate
          actualEndDate
          updatedAt
          viewerCan {
            review
          }
        }
      }
    }
  }
`);

/** Starts the review of a mission, with the viewer as reviewer. */
export const StartReviewMutation = graphql(`
  mutation StartReview($input: StartCapacityBuildingReviewInput!) {
    startCapacityBuildingReview(input: $input) {
      review {
        id
        status
        mission {
          id
          reviewStatus
        }
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

/** Everything the review page shows and edits. */
export const ReviewFieldsFragment = graphql(`
  fragment ReviewFields on CapacityBuildingReview {
    id
    status
    year
    ratingRelevance
    ratingEffectiveness
    ratingFollowUp
    ratingGender
    comments
    recommendation
    changeRequest
    organiserResponse
    reopenReason
    submittedAt
    approvedAt
    version
    createdAt
    updatedAt
    viewerMoves
    viewerCanEdit
    reviewer {
      id
      name
    }
    approvedBy {
      id
      name
    }
    synergy {
      id
      name
      country
    }
    mission {
      id
      title
      format
      organiserName
      plannedStartDate
      plannedEndDate
      actualStartDate
      actualEndDate
      status
      reviewStatus
      locked
      version
      place {
        country
        countryName
        city
        online
      }
      participants {
        total
        women
        youth
        womenShare
        youthShare
      }
      evaluation {
        formsReturned
        relevance
        quality
        usefulness
      }
      followUps {
        id
        status
        overdue
      }
    }
  }
`);

/** One review by id. */
export const ReviewQuery = graphql(`
  query Review($id: ID!) {
    capacityBuildingReview(id: $id) {
      ...ReviewFields
    }
  }
`);

/** Saves the ratings, comments and recommendation. */
export const UpdateReviewMutation = graphql(`
  mutation UpdateReview($input: UpdateCapacityBuildingReviewInput!) {
    updateCapacityBuildingReview(input: $input) {
      review {
        ...ReviewFields
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);

/** Moves the review through its workflow (submit, request changes, answer, approve, reopen). */
export const MoveReviewMutation = graphql(`
  mutation MoveReview($input: MoveCapacityBuildingReviewInput!) {
    moveCapacityBuildingReview(input: $input) {
      review {
        ...ReviewFields
      }
      errors {
        ...ContinentalUserError
      }
    }
  }
`);
