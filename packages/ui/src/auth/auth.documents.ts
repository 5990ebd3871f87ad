import { gql, type TypedDocumentNode } from 'urql';

// ui has no codegen of its own: these documents are typed by hand and must
// stay in step with apps/gateway/schema.graphql.

/** A user error as every mutation payload lists it. */
export type UserErrorLike = {
  __typename?: string;
  message: string;
  path?: readonly string[] | null;
  field?: string | null;
};

export type ViewerRoleScope =
  | { __typename: 'Network'; id: string; name: string }
  | { __typename: 'Synergy'; id: string; name: string; country: string }
  | { __typename: 'Partner'; id: string; name: string };

export type ViewerRole = 'NETWORK_ADMIN' | 'NETWORK_REVIEWER' | 'SYNERGY_COORDINATOR' | 'PARTNER_EDITOR' | 'VIEWER';
export type ViewerScopeType = 'NETWORK' | 'SYNERGY' | 'PARTNER';

/** What the user may do in a network, as the API decides it (`Network.viewerCan`). */
export type ViewerNetworkPermissions = { createSynergy: boolean; createUser: boolean; grantRole: boolean; readAuditLog: boolean };

/** The signed-in user with what they may reach. */
export type Viewer = {
  user: { id: string; name: string; email: string; locale: string };
  roleGrants: Array<{ id: string; role: ViewerRole; scopeType: ViewerScopeType; scope: ViewerRoleScope }>;
  networks: Array<{ id: string; name: string; acronym: string | null; viewerCan: ViewerNetworkPermissions }>;
  sessionExpiresAt: string;
};

const VIEWER_FIELDS = gql`
  fragment SynergiaUi_Viewer on Viewer {
    user {
      id
      name
      email
      locale
    }
    roleGrants {
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
    networks {
      id
      name
      acronym
      viewerCan {
        createSynergy
        createUser
        grantRole
        readAuditLog
      }
    }
    sessionExpiresAt
  }
`;

export const ViewerQuery: TypedDocumentNode<{ viewer: Viewer | null }, Record<string, never>> = gql`
  query SynergiaUi_Viewer {
    viewer {
      ...SynergiaUi_Viewer
    }
  }
  ${VIEWER_FIELDS}
`;

export const SignInMutation: TypedDocumentNode<
  { signIn: { token: string | null; viewer: Viewer | null; errors: UserErrorLike[] } },
  { input: { email: string; password: string } }
> = gql`
  mutation SynergiaUi_SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      viewer {
        ...SynergiaUi_Viewer
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
  ${VIEWER_FIELDS}
`;

export const SignOutMutation: TypedDocumentNode<
  { signOut: { signedOut: boolean; errors: Array<{ message: string }> } },
  Record<string, never>
> = gql`
  mutation SynergiaUi_SignOut {
    signOut {
      signedOut
      errors {
        message
      }
    }
  }
`;
