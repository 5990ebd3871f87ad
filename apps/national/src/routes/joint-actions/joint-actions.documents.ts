import { graphql } from '../../gql';

/** What a row of the joint action list shows. */
export const JointActionListItemFragment = graphql(`
  fragment NationalJointActionList_item on JointAction {
    id
    title
    kind
    plannedStartDate
    plannedEndDate
    status
    countryName
    stageReached
    synergy {
      id
      name
    }
    lead {
      id
      name
    }
    partners {
      id
    }
    participants {
      total
    }
  }
`);

/** One page of joint actions, filtered and ordered as the URL says. */
export const JointActionsQuery = graphql(`
  query NationalJointActions($filter: JointActionFilter, $orderBy: JointActionOrder, $first: Int, $after: String) {
    jointActions(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NationalJointActionList_item
        }
      }
    }
  }
`);

/** The filter bar's choices, and the synergies the user may plan for (`viewerCan.update`: the coordinators, as for joint actions). */
export const JointActionListOptionsQuery = graphql(`
  query NationalJointActionListOptions($partnerFilter: PartnerFilter, $first: Int!) {
    synergies(first: $first) {
      edges {
        node {
          id
          name
          viewerCan {
            update
          }
        }
      }
    }
    partners(filter: $partnerFilter, first: $first) {
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);

/** A milestone as the timeline and the home panel show it. */
export const TimelineMilestoneFragment = graphql(`
  fragment NationalTimeline_milestone on JointActionMilestone {
    id
    title
    dueDate
    doneDate
    overdue
    responsiblePartner {
      id
      name
    }
    jointAction {
      id
      title
      version
      viewerCan {
        update
      }
    }
  }
`);

/** Milestones by due date (the plan's timeline, and the home panel's overdue and upcoming ones). */
export const JointActionMilestonesQuery = graphql(`
  query NationalJointActionMilestones($filter: JointActionMilestoneFilter, $first: Int, $after: String) {
    jointActionMilestones(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NationalTimeline_milestone
        }
      }
    }
  }
`);

/** The synergy of /synergies/:synergyId/joint-actions. */
export const JointActionsSynergyQuery = graphql(`
  query NationalJointActionsSynergy($id: ID!) {
    synergy(id: $id) {
      id
      name
      viewerCan {
        update
      }
    }
  }
`);
