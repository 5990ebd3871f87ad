import type { Dataset } from '../dataset/generate.ts';
import { globalId } from './global-id.ts';
import { persistedOperation, type App } from './operations.ts';

/** One request the apps send, with variables naming rows of the generated dataset. */
export type Scenario = {
  /** Short, stable key used in the results. */
  key: string;
  title: string;
  app: App;
  operationName: string;
  kind: 'read' | 'write';
  variables: (dataset: Dataset) => Record<string, unknown>;
  /** Fields that legitimately differ between two answers (new ids): masked before comparing. */
  volatile?: string[];
};

export const scenarios: Scenario[] = [
  {
    key: 'partner-list',
    title: 'Partner list of a synergy with memberships (national)',
    app: 'national',
    operationName: 'NationalSynergyPartners',
    kind: 'read',
    variables: (dataset) => ({ synergyId: globalId('Synergy', dataset.synergies[0]!.id), first: 50 }),
  },
  {
    key: 'activity-list',
    title: 'Activities of a synergy in a half year, with partner and synergy (national)',
    app: 'national',
    operationName: 'NationalActivities',
    kind: 'read',
    variables: (dataset) => ({ filter: { synergyId: globalId('Synergy', dataset.synergies[0]!.id), from: '2025-01-01', to: '2025-06-30' }, first: 50 }),
  },
  {
    key: 'network-participation',
    title: 'Participation summary of the whole network over two years (continental)',
    app: 'continental',
    operationName: 'ContinentalParticipation',
    kind: 'read',
    variables: (dataset) => ({ networkId: globalId('Network', dataset.networks[0]!.id), from: '2024-01-01', to: '2025-12-31' }),
  },
  {
    key: 'synergy-dashboard',
    title: 'Participation dashboard of a synergy over one year (national)',
    app: 'national',
    operationName: 'NationalSynergyDashboard',
    kind: 'read',
    variables: (dataset) => ({ synergyId: globalId('Synergy', dataset.synergies[0]!.id), from: '2025-01-01', to: '2025-12-31' }),
  },
  {
    key: 'joint-action-list',
    title: 'Joint actions of a synergy with lead, partners and synergy (national)',
    app: 'national',
    operationName: 'NationalJointActions',
    kind: 'read',
    variables: (dataset) => ({ filter: { synergyId: globalId('Synergy', dataset.synergies[0]!.id) }, first: 50 }),
  },
  {
    key: 'mission-list',
    title: 'Capacity-building missions of a synergy, first 50 (national)',
    app: 'national',
    operationName: 'NationalMissions',
    kind: 'read',
    variables: (dataset) => ({ filter: { synergyId: globalId('Synergy', dataset.synergies[0]!.id) }, first: 50 }),
  },
  {
    key: 'capacity-building-summary',
    title: 'Capacity-building summary of the whole network over two years (continental)',
    app: 'continental',
    operationName: 'ContinentalCapacityBuildingSummary',
    kind: 'read',
    variables: (dataset) => ({ scope: { networkId: globalId('Network', dataset.networks[0]!.id) }, from: '2024-01-01', to: '2025-12-31' }),
  },
  {
    key: 'create-activity',
    title: 'Recording an activity (national)',
    app: 'national',
    operationName: 'National_CreateActivity',
    kind: 'write',
    volatile: ['id'],
    variables: (dataset) => {
      const membership = dataset.memberships.find((m) => m.synergy === dataset.synergies[0]!.id && m.until === null)!;
      return {
        input: {
          partnerId: globalId('Partner', membership.partner),
          synergyId: globalId('Synergy', membership.synergy),
          type: 'BASIC_TRAINING',
          title: 'Benchmark training session',
          startDate: '2025-06-02',
          branches: ['GENERAL', 'OLD_AGE'],
          status: 'COMPLETED',
          participants: [
            { sex: 'WOMEN', ageBandId: '18-35', count: 12 },
            { sex: 'MEN', ageBandId: '36-59', count: 7 },
          ],
        },
      };
    },
  },
];

/** The request body an app sends for a scenario (the full text; the gateway also accepts the persisted hash). */
export function requestBody(scenario: Scenario, dataset: Dataset): string {
  const { query } = persistedOperation(scenario.app, scenario.operationName);
  return JSON.stringify({ operationName: scenario.operationName, query, variables: scenario.variables(dataset) });
}
