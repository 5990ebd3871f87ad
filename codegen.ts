import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

// One command (`npm run codegen`) generates resolver types for the gateway and
// typed documents for each web app from the committed schema.graphql.
const clientPreset = {
  preset: 'client' as const,
  // persistedDocuments: each document carries its sha256 (`__meta__.hash`) and
  // persisted-documents.json maps those ids to the text the gateway runs.
  presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' as const } },
  // The persisted text must carry the __typename fields urql's document cache
  // adds (and reads to invalidate queries after a mutation).
  documentTransforms: [addTypenameSelectionDocumentTransform],
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { Date: 'string', DateTime: 'string' },
  },
};

const config: CodegenConfig = {
  schema: 'apps/gateway/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'apps/gateway/src/generated/resolvers-types.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#GraphQLContext',
        defaultScalarType: 'unknown',
        mapperTypeSuffix: 'Model',
        scalars: { Date: 'string', DateTime: 'Date | string' },
        mappers: {
          Network: '@synergia/domain#Network',
          Synergy: '@synergia/domain#Synergy',
          SynergyMembership: '@synergia/domain#SynergyMembership',
          Partner: '@synergia/domain#Partner',
          User: '@synergia/domain#User',
          RoleGrant: '@synergia/domain#RoleGrant',
          AuditEntry: '@synergia/domain#AuditEntry',
          Viewer: '../modules/users/viewer.mappers.ts#Viewer',
          MemberCounts: '@synergia/domain#MemberCounts',
          AgeBand: '@synergia/domain#AgeBand',
          Activity: '@synergia/domain#Activity',
          ApiToken: '@synergia/domain#ApiToken',
          ParticipationSummary: '@synergia/domain#ParticipationSummary',
          JointAction: '@synergia/domain#JointAction',
          JointActionPartner: '@synergia/domain#JointActionPartner',
          JointActionMilestone: '@synergia/domain#JointActionMilestone',
          PolicyTarget: '@synergia/domain#PolicyTarget',
          PolicyOutcome: '@synergia/domain#PolicyOutcome',
          JointActionSummary: '@synergia/domain#JointActionSummary',
          CapacityBuildingMission: '@synergia/domain#CapacityBuildingMission',
          MissionFacilitator: '@synergia/domain#MissionFacilitator',
          FollowUpAction: '@synergia/domain#FollowUpAction',
          CapacityAssessment: '@synergia/domain#CapacityAssessment',
          CapacityBuildingReview: '@synergia/domain#CapacityBuildingReview',
          CapacityBuildingSummary: '@synergia/domain#CapacityBuildingSummary',
        },
      },
    },
    // packages/ui's hand-typed documents (gql`…`) are listed too, so that they get ids in each app's manifest.
    'apps/national/src/gql/': { ...clientPreset, documents: ['apps/national/src/**/*.{ts,tsx}', '!apps/national/src/gql/**', 'packages/ui/src/**/*.{ts,tsx}'] },
    'apps/continental/src/gql/': { ...clientPreset, documents: ['apps/continental/src/**/*.{ts,tsx}', '!apps/continental/src/gql/**', 'packages/ui/src/**/*.{ts,tsx}'] },
    // @synergia/client: typed documents for third-party programs, sent as full
    // queries (no persisted ids), hence not the apps' preset.
    'packages/client/src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      documents: ['packages/client/src/operations/*.graphql'],
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
