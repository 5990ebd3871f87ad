import { Kind, visit, type DocumentNode, type SelectionSetNode } from 'graphql';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';

// The web apps send persisted operation ids, never query text. An id is the
// sha256 of the document as the apps' codegen normalises it (client preset,
// `persistedDocuments`); the gateway resolves it from the apps' manifests
// (`apps/*/src/gql/persisted-documents.json`).

const computed = new WeakMap<DocumentNode, Promise<string>>();

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Adds `__typename` to every selection set but a subscription's root, as
 * codegen's `addTypenameSelectionDocumentTransform` does for the manifest
 * (urql's cache adds it everywhere except the operation root).
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      const parentNode = parent as { kind?: string; operation?: string } | undefined;
      if (parentNode?.kind === Kind.OPERATION_DEFINITION && parentNode.operation === 'subscription') return undefined;
      if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename')) return undefined;
      return { ...node, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }, ...node.selections] };
    },
  });
}

/**
 * The persisted id of a document: the hash codegen put on it (`__meta__.hash`),
 * or, for this package's hand-typed `gql` documents (which codegen reads from
 * `packages/ui/src` into each app's manifest but cannot annotate), the same
 * sha256 computed from the same normalised print.
 */
export function persistedDocumentId(document: DocumentNode): Promise<string> {
  const hash = (document as DocumentNode & { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash === 'string') return Promise.resolve(hash);
  let id = computed.get(document);
  if (!id) {
    id = sha256Hex(printExecutableGraphQLDocument(withTypenames(document)));
    computed.set(document, id);
  }
  return id;
}
