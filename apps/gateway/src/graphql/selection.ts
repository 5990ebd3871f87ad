import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields selected in `sets` by name, through fragments and aliases, each with the selection sets under it. */
function fieldsIn(info: Pick<GraphQLResolveInfo, 'fragments'>, sets: readonly (SelectionSetNode | undefined)[]): Map<string, SelectionSetNode[]> {
  const fields = new Map<string, SelectionSetNode[]>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        const under = fields.get(selection.name.value) ?? [];
        if (selection.selectionSet) under.push(selection.selectionSet);
        fields.set(selection.name.value, under);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const set of sets) visit(set);
  return fields;
}

/** By field nodes: every item of a list asks the same, and the executor hands all of them the same array. */
const selectedBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], ReadonlySet<string>>();

/**
 * The names of the fields the query selects on the value of the field being
 * resolved, through fragments and aliases. `@skip`/`@include` are not
 * evaluated: a field under them counts as selected, which only costs a load.
 */
export function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = selectedBySelection.get(info.fieldNodes);
  if (!names) selectedBySelection.set(info.fieldNodes, (names = new Set(fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet)).keys())));
  return names;
}

/**
 * What each field of an entity's GraphQL type reads of the entity: its
 * properties, or a function of the fields the query selects under it. A field
 * absent from the map may read anything.
 */
export type FieldReads<Property extends string> = Readonly<Record<string, readonly Property[] | ((selected: ReadonlySet<string>) => readonly Property[])>>;

const nodePropertiesBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], readonly string[] | null>();

/**
 * The entity properties a connection's nodes need for what the query selects
 * on them (`edges { node { … } }`), so a list page loads only those columns;
 * undefined (every column) when it selects a field `reads` does not list.
 * Remembered per field node list: each request of a document asks the same.
 */
export function nodeProperties<Property extends string>(info: GraphQLResolveInfo, reads: FieldReads<Property>): Property[] | undefined {
  let properties = nodePropertiesBySelection.get(info.fieldNodes);
  if (properties === undefined) {
    const edges = fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet)).get('edges') ?? [];
    const node = fieldsIn(info, edges).get('node') ?? [];
    const needed = new Set<string>();
    let unlisted = false;
    for (const [name, under] of fieldsIn(info, node)) {
      if (name === '__typename') continue;
      // Own entries only: a field named like an Object method (`constructor`) is not in any map.
      const read = Object.hasOwn(reads, name) ? reads[name] : undefined;
      if (read === undefined) {
        unlisted = true;
        break;
      }
      for (const property of typeof read === 'function' ? read(new Set(fieldsIn(info, under).keys())) : read) needed.add(property);
    }
    properties = unlisted ? null : [...needed];
    nodePropertiesBySelection.set(info.fieldNodes, properties);
  }
  return properties === null ? undefined : ([...properties] as Property[]);
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
