import { gql, type TypedDocumentNode } from 'urql';
import type { UserErrorLike, ViewerRole, ViewerRoleScope, ViewerScopeType } from '../auth/auth.documents.ts';

// Typed by hand (ui has no codegen): keep in step with apps/gateway/src/modules/api-tokens/schema.graphql.

export type ApiTokenAccess = 'READ_ONLY' | 'READ_WRITE';

/** A role grant as the token page shows it: role and scope name. */
export type ApiTokenScope = { id: string; role: ViewerRole; scopeType: ViewerScopeType; scope: ViewerRoleScope };

export type ApiTokenRow = {
  id: string;
  name: string;
  access: ApiTokenAccess;
  prefix: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active: boolean;
  scopes: ApiTokenScope[];
};

// Tagged templates with fragments (not string pieces) so that the apps' codegen
// can read them too and give each operation a persisted id.
const API_TOKEN_FIELDS = gql`
  fragment SynergiaUi_ApiTokenScope on RoleGrant {
    id
    role
    scopeType
    scope {
      __typename
      ... on Network {
        id
        name
      }
      ... on Synergy {
        id
        name
        country
      }
      ... on Partner {
        id
        name
      }
    }
  }
  fragment SynergiaUi_ApiToken on ApiToken {
    id
    name
    access
    prefix
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    active
    scopes {
      ...SynergiaUi_ApiTokenScope
    }
  }
`;

export const ApiTokensQuery: TypedDocumentNode<
  { viewer: { roleGrants: ApiTokenScope[]; apiTokens: ApiTokenRow[] } | null },
  Record<string, never>
> = gql`
  query SynergiaUi_ApiTokens {
    viewer {
      roleGrants {
        ...SynergiaUi_ApiTokenScope
      }
      apiTokens {
        ...SynergiaUi_ApiToken
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export type CreateApiTokenVariables = {
  input: { name: string; access: ApiTokenAccess; expiresInDays: number; scopeRoleGrantIds: string[] | null };
};

export const CreateApiTokenMutation: TypedDocumentNode<
  { createApiToken: { token: string | null; apiToken: ApiTokenRow | null; errors: UserErrorLike[] } },
  CreateApiTokenVariables
> = gql`
  mutation SynergiaUi_CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...SynergiaUi_ApiToken
      }
      errors {
        __typename
        message
        path
        ... on ValidationError {
          field
        }
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;

export const RevokeApiTokenMutation: TypedDocumentNode<
  { revokeApiToken: { apiToken: ApiTokenRow | null; errors: UserErrorLike[] } },
  { input: { id: string } }
> = gql`
  mutation SynergiaUi_RevokeApiToken($input: RevokeApiTokenInput!) {
    revokeApiToken(input: $input) {
      apiToken {
        ...SynergiaUi_ApiToken
      }
      errors {
        __typename
        message
        path
        ... on ValidationError {
          field
        }
      }
    }
  }
  ${API_TOKEN_FIELDS}
`;
