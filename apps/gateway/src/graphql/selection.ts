import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The names of the fields the query selects on the value of the field being
 * resolved, through fragments and aliases. `@skip`/`@include` are not
 * evaluated: a field under them counts as selected, which only costs a load.
 */
export function selectedFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** By field nodes: every item of a list asks the same, and graphql-js hands all of them the same array. */
const onlyIdBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], boolean>();

/** Whether the query asks nothing of the value but its id (and `__typename`): a reference answers that without loading the row. */
export const selectsOnlyId = (info: GraphQLResolveInfo): boolean => {
  let onlyId = onlyIdBySelection.get(info.fieldNodes);
  if (onlyId === undefined) {
    onlyId = [...selectedFields(info)].every((name) => name === 'id' || name === '__typename');
    onlyIdBySelection.set(info.fieldNodes, onlyId);
  }
  return onlyId;
};
