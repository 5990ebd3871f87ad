import { formatDocument } from 'urql';
import { describe, expect, it } from 'vitest';
import { ViewerQuery, SignInMutation, SignOutMutation } from '../auth/auth.documents.ts';
import { ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation } from '../api-tokens/api-tokens.documents.ts';
// The apps' generated manifests, which the gateway serves and resolves ids from.
import national from '../../../../apps/national/src/gql/persisted-documents.json';
import continental from '../../../../apps/continental/src/gql/persisted-documents.json';
import { persistedDocumentId } from './persisted-documents.ts';

const manifests: Record<string, Record<string, string>> = { national, continental };
const manifest = (app: string): Record<string, string> => manifests[app] ?? {};

const handTyped = { ViewerQuery, SignInMutation, SignOutMutation, ApiTokensQuery, CreateApiTokenMutation, RevokeApiTokenMutation };

describe('persistedDocumentId', () => {
  it.each(['national', 'continental'])('should find every hand-typed ui document in the %s manifest', async (app) => {
    const ids = manifest(app);
    for (const [name, document] of Object.entries(handTyped)) {
      // As written, and as urql's cache hands it on (with __typename fields added).
      const id = await persistedDocumentId(document);
      const formattedId = await persistedDocumentId(formatDocument(document));
      expect(formattedId).toBe(id);
      expect(ids[id], `${name} (${id})`).toContain(name === 'ViewerQuery' ? 'query SynergiaUi_Viewer' : 'SynergiaUi_');
    }
  });

  it('should use the hash codegen put on a generated document', async () => {
    const document = { kind: 'Document', definitions: [], __meta__: { hash: 'abc' } } as never;
    await expect(persistedDocumentId(document)).resolves.toBe('abc');
  });
});
