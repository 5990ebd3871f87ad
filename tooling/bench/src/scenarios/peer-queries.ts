import { todayIso } from '@synergia/domain';
import type { Dataset } from '../dataset/generate.ts';
import { idFromGlobalId } from './global-id.ts';

/**
 * The second baseline, "the peer a developer might pick instead": the query a
 * PostGraphile 4 client would send for the same screen, against the API
 * PostGraphile generates from our PostgreSQL schema (default inflection:
 * `allPartners`, `synergyMembershipsByPartnerId`, …; filters from
 * postgraphile-plugin-connection-filter). It selects the same columns as the
 * app's operation. Its answer has another shape, so the two are compared by
 * what they must share: total count, the page's ids in order, and the ids of
 * the nested rows.
 */
export type PeerQuery = {
  query: string;
  variables: (dataset: Dataset) => Record<string, unknown>;
  /** What must be equal, from the gateway's answer (`data`)… */
  fromGateway: (data: unknown) => unknown;
  /** …and from PostGraphile's. */
  fromPeer: (data: unknown) => unknown;
};

type Json = Record<string, unknown>;
const at = (value: unknown, ...path: string[]): unknown => path.reduce<unknown>((node, key) => (node as Json | null | undefined)?.[key], value);
const list = (value: unknown, ...path: string[]): Json[] => (at(value, ...path) as Json[] | null | undefined) ?? [];
const gatewayNodes = (data: unknown, field: string) => list(data, field, 'edges').map((edge) => edge.node as Json);
/** The gateway's Relay id as the row's UUID (what PostGraphile calls `id`). */
const uuid = (value: unknown, type: string) => idFromGlobalId(value, type);
const uuidOrNull = (value: unknown, type: string) => (value === null || value === undefined ? null : uuid(value, type));
/** Nested lists whose order is presentation (the gateway sorts joint action partners by role): compared as sets. */
const sorted = (ids: (string | null)[]) => [...ids].sort();

/** Memberships that count as current on `today`, as the gateway's partner filter and `memberships` field take them. */
const current = 'or: [{ until: { isNull: true } }, { until: { greaterThanOrEqualTo: $today } }]';

export const peerQueries: Record<string, PeerQuery> = {
  'partner-list': {
    query: `query PeerSynergyPartners($synergyId: UUID!, $today: Date!, $first: Int!) {
  allPartners(first: $first, orderBy: [NAME_ASC, ID_ASC],
    filter: { synergyMembershipsByPartnerId: { some: { synergyId: { equalTo: $synergyId }, ${current} } } }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id name acronym country type membersWomen membersMen membersOther
      synergyMembershipsByPartnerId(orderBy: [UNTIL_DESC, SINCE_DESC, ID_ASC], filter: { ${current} }) {
        nodes { id role since until synergyId }
      }
    }
  }
}`,
    variables: (dataset) => ({ synergyId: dataset.synergies[0]!.id, today: todayIso(), first: 50 }),
    fromGateway: (data) => ({
      totalCount: at(data, 'partners', 'totalCount'),
      hasNextPage: at(data, 'partners', 'pageInfo', 'hasNextPage'),
      partners: gatewayNodes(data, 'partners').map((node) => ({
        id: uuid(node.id, 'Partner'),
        memberships: (node.memberships as Json[]).map((m) => ({ id: uuid(m.id, 'SynergyMembership'), synergyId: uuid(at(m, 'synergy', 'id'), 'Synergy') })),
      })),
    }),
    fromPeer: (data) => ({
      totalCount: at(data, 'allPartners', 'totalCount'),
      hasNextPage: at(data, 'allPartners', 'pageInfo', 'hasNextPage'),
      partners: list(data, 'allPartners', 'nodes').map((node) => ({
        id: node.id,
        memberships: list(node, 'synergyMembershipsByPartnerId', 'nodes').map((m) => ({ id: m.id, synergyId: m.synergyId })),
      })),
    }),
  },
  'activity-list': {
    query: `query PeerActivities($synergyId: UUID!, $from: Date!, $to: Date!, $first: Int!) {
  allActivities(first: $first, orderBy: [START_DATE_DESC, ID_DESC],
    filter: { synergyId: { equalTo: $synergyId }, startDate: { greaterThanOrEqualTo: $from, lessThanOrEqualTo: $to } }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id country startDate endDate genderScore participantsTotal participantsWomen participantsYouth status subType title type
      partnerByPartnerId { id acronym name }
      synergyBySynergyId { id name }
    }
  }
}`,
    variables: (dataset) => ({ synergyId: dataset.synergies[0]!.id, from: '2025-01-01', to: '2025-06-30', first: 50 }),
    fromGateway: (data) => ({
      totalCount: at(data, 'activities', 'totalCount'),
      hasNextPage: at(data, 'activities', 'pageInfo', 'hasNextPage'),
      activities: gatewayNodes(data, 'activities').map((node) => ({
        id: uuid(node.id, 'Activity'),
        partnerId: uuid(at(node, 'partner', 'id'), 'Partner'),
        synergyId: uuidOrNull(at(node, 'synergy', 'id'), 'Synergy'),
      })),
    }),
    fromPeer: (data) => ({
      totalCount: at(data, 'allActivities', 'totalCount'),
      hasNextPage: at(data, 'allActivities', 'pageInfo', 'hasNextPage'),
      activities: list(data, 'allActivities', 'nodes').map((node) => ({
        id: node.id,
        partnerId: at(node, 'partnerByPartnerId', 'id'),
        synergyId: at(node, 'synergyBySynergyId', 'id') ?? null,
      })),
    }),
  },
  'joint-action-list': {
    query: `query PeerJointActions($synergyId: UUID!, $first: Int!) {
  allJointActions(first: $first, orderBy: [PLANNED_START_DATE_DESC, ID_DESC], filter: { synergyId: { equalTo: $synergyId } }) {
    totalCount
    pageInfo { endCursor hasNextPage }
    nodes {
      id country kind title status stageReached participantsTotal plannedStartDate plannedEndDate
      synergyBySynergyId { id name }
      jointActionPartnersByJointActionId(orderBy: [CREATED_AT_ASC, ID_ASC]) {
        nodes { id role partnerByPartnerId { id name } }
      }
    }
  }
}`,
    variables: (dataset) => ({ synergyId: dataset.synergies[0]!.id, first: 50 }),
    fromGateway: (data) => ({
      totalCount: at(data, 'jointActions', 'totalCount'),
      hasNextPage: at(data, 'jointActions', 'pageInfo', 'hasNextPage'),
      jointActions: gatewayNodes(data, 'jointActions').map((node) => ({
        id: uuid(node.id, 'JointAction'),
        leadId: uuidOrNull(at(node, 'lead', 'id'), 'Partner'),
        partners: sorted((node.partners as Json[]).map((taking) => uuid(taking.id, 'JointActionPartner'))),
        synergyId: uuidOrNull(at(node, 'synergy', 'id'), 'Synergy'),
      })),
    }),
    fromPeer: (data) => ({
      totalCount: at(data, 'allJointActions', 'totalCount'),
      hasNextPage: at(data, 'allJointActions', 'pageInfo', 'hasNextPage'),
      jointActions: list(data, 'allJointActions', 'nodes').map((node) => {
        const takings = list(node, 'jointActionPartnersByJointActionId', 'nodes');
        return {
          id: node.id,
          leadId: (at(takings.find((taking) => taking.role === 'LEAD'), 'partnerByPartnerId', 'id') as string | undefined) ?? null,
          partners: sorted(takings.map((taking) => taking.id as string)),
          synergyId: at(node, 'synergyBySynergyId', 'id') ?? null,
        };
      }),
    }),
  },
};

/** The request body of a scenario's PostGraphile query, or null when it has none. */
export function peerRequestBody(key: string, dataset: Dataset): string | null {
  const peer = peerQueries[key];
  return peer ? JSON.stringify({ query: peer.query, variables: peer.variables(dataset) }) : null;
}
