import { describe, expect, it } from 'vitest';
import { firstDifference } from './compare.ts';
import { globalId } from './global-id.ts';
import { peerQueries } from './peer-queries.ts';

const partnerId = '48d5c180-7523-4c62-9a5a-143d9bb1adea';
const membershipId = '29da3cce-1861-45c3-825f-688a84950534';
const synergyId = '538cc03a-a056-4da5-990e-89a11d2b4a48';

/** The gateway's answer to NationalSynergyPartners (Relay ids, edges) for one partner with one membership. */
const gatewayAnswer = (memberships = [{ id: globalId('SynergyMembership', membershipId), synergy: { id: globalId('Synergy', synergyId) } }]) => ({
  partners: {
    edges: [{ node: { id: globalId('Partner', partnerId), name: 'Home Workers Mutual PH 16', memberships } }],
    pageInfo: { endCursor: 'x', hasNextPage: false },
    totalCount: 1,
  },
});

/** PostGraphile's answer to the equivalent query (raw UUIDs, nodes). */
const peerAnswer = (totalCount = 1) => ({
  allPartners: {
    totalCount,
    pageInfo: { endCursor: 'y', hasNextPage: false },
    nodes: [{ id: partnerId, name: 'Home Workers Mutual PH 16', synergyMembershipsByPartnerId: { nodes: [{ id: membershipId, synergyId }] } }],
  },
});

describe('peerQueries partner-list', () => {
  const { fromGateway, fromPeer } = peerQueries['partner-list']!;

  it('should find no difference when both answers hold the same partners, memberships and count', () => {
    expect(firstDifference(fromGateway(gatewayAnswer()), fromPeer(peerAnswer()))).toBeNull();
  });

  it('should report the total count when PostGraphile counts other partners', () => {
    expect(firstDifference(fromGateway(gatewayAnswer()), fromPeer(peerAnswer(2)))).toMatch(/^\$\.totalCount/);
  });

  it('should report the memberships when the gateway lists one PostGraphile does not', () => {
    // Arrange
    const extra = { id: globalId('SynergyMembership', 'ffffffff-0000-4000-8000-000000000000'), synergy: { id: globalId('Synergy', synergyId) } };
    const gateway = gatewayAnswer([...gatewayAnswer().partners.edges[0]!.node.memberships, extra]);

    // Act
    const difference = firstDifference(fromGateway(gateway), fromPeer(peerAnswer()));

    // Assert
    expect(difference).toMatch(/^\$\.partners\[0\]\.memberships/);
  });
});
