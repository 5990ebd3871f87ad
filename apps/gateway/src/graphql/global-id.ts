import { isUuid } from '@synergia/domain';

/** Types whose objects have global ids. */
const nodeTypeNames = [
  'Network',
  'Synergy',
  'SynergyMembership',
  'Partner',
  'User',
  'RoleGrant',
  'AuditEntry',
  'Activity',
  'ApiToken',
  'JointAction',
  'JointActionPartner',
  'JointActionMilestone',
  'PolicyTarget',
  'PolicyOutcome',
  'CapacityBuildingMission',
  'FollowUpAction',
  'CapacityAssessment',
  'CapacityBuildingReview',
] as const;
export type NodeType = (typeof nodeTypeNames)[number];
const nodeTypes = new Set<string>(nodeTypeNames);

/** Relay global id: base64url of "Type:uuid". Opaque to clients, stable for us. */
export const toGlobalId = (type: NodeType, id: string): string => Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

/** Decodes a global id; null when it is malformed or names another type than expected. */
export function fromGlobalId(globalId: string, expected?: NodeType | NodeType[]): { type: NodeType; id: string } | null {
  if (typeof globalId !== 'string' || globalId.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const type = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 0 || !nodeTypes.has(type) || !isUuid(id)) return null;
  const allowed = expected === undefined ? null : Array.isArray(expected) ? expected : [expected];
  if (allowed && !allowed.includes(type as NodeType)) return null;
  return { type: type as NodeType, id };
}
