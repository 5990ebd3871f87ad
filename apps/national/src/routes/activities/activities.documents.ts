import { graphql } from '../../gql';

/** What a row of the activity list shows. */
export const ActivityListItemFragment = graphql(`
  fragment NationalActivityList_item on Activity {
    id
    title
    type
    subType
    startDate
    endDate
    status
    country
    partner {
      id
      name
      acronym
    }
    synergy {
      id
      name
    }
    participants {
      total
      womenShare
      youthShare
    }
    genderMarker {
      score
    }
  }
`);

/** One page of activities, filtered and ordered as the URL says. */
export const ActivitiesQuery = graphql(`
  query NationalActivities($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String) {
    activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...NationalActivityList_item
        }
      }
    }
  }
`);

/**
 * The choices of the filter bar, and the partners the user may record
 * activities for (`viewerCan.update`: the domain lets exactly those who may
 * change a partner record its activities). `synergyId` narrows the partners to
 * one synergy's.
 */
export const ActivityListOptionsQuery = graphql(`
  query NationalActivityListOptions($partnerFilter: PartnerFilter, $first: Int!) {
    synergies(first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
    partners(filter: $partnerFilter, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          viewerCan {
            update
          }
        }
      }
    }
  }
`);

/** The synergy of /synergies/:synergyId/activities. */
export const ActivitiesSynergyQuery = graphql(`
  query NationalActivitiesSynergy($id: ID!) {
    synergy(id: $id) {
      id
      name
      country
    }
  }
`);
