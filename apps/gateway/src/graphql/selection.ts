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

/** Fields answered by the entity's property of the same name. */
export const sameNamed = <Property extends string>(...properties: Property[]) => Object.fromEntries(properties.map((property) => [property, [property]])) as Record<Property, [Property]>;

/** The properties `reads` says the fields selected in `sets` need; null when one of them is not in the map (it may read anything). */
function propertiesRead(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[], reads: FieldReads<string>): string[] | null {
  const needed = new Set<string>();
  for (const [name, under] of fieldsIn(info, sets)) {
    if (name === '__typename') continue;
    // Own entries only: a field named like an Object method (`constructor`) is not in any map.
    const read = Object.hasOwn(reads, name) ? reads[name] : undefined;
    if (read === undefined) return null;
    for (const property of typeof read === 'function' ? read(new Set(fieldsIn(info, under).keys())) : read) needed.add(property);
  }
  return [...needed];
}

/** The selection sets of a connection's nodes (`edges { node { … } }`). */
const nodeSelections = (info: GraphQLResolveInfo) => fieldsIn(info, fieldsIn(info, info.fieldNodes.map((node) => node.selectionSet)).get('edges') ?? []).get('node') ?? [];

const nodeFieldsBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], ReadonlySet<string>>();

/** The names of the fields a connection's nodes select (`edges { node { … } }`), remembered per field node list. */
export function nodeFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  let names = nodeFieldsBySelection.get(info.fieldNodes);
  if (!names) nodeFieldsBySelection.set(info.fieldNodes, (names = new Set(fieldsIn(info, nodeSelections(info)).keys())));
  return names;
}

const nodePropertiesBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], readonly string[] | null>();

/**
 * The entity properties a connection's nodes need for what the query selects
 * on them (`edges { node { … } }`), so a list page loads only those columns;
 * undefined (every column) when it selects a field `reads` does not list.
 * Remembered per field node list: each request of a document asks the same.
 */
export function nodeProperties<Property extends string>(info: GraphQLResolveInfo, reads: FieldReads<Property>): Property[] | undefined {
  let properties = nodePropertiesBySelection.get(info.fieldNodes);
  if (properties === undefined) nodePropertiesBySelection.set(info.fieldNodes, (properties = propertiesRead(info, nodeSelections(info), reads)));
  return properties === null ? undefined : ([...properties] as Property[]);
}

const reachedPropertiesBySelection = new WeakMap<GraphQLResolveInfo['fieldNodes'], Map<string, readonly string[] | null>>();

/**
 * What the query selects at the ends of `paths` from a connection's nodes
 * (`edges { node { … } }`) reads of the entity found there, with `reads` its
 * type's map: a joint action's partners, reached by `lead` and by
 * `partners { partner }`. Undefined (the whole row) when a field is not in the
 * map; a path the query does not select needs nothing.
 */
export function reachedProperties<Property extends string>(info: GraphQLResolveInfo, paths: readonly (readonly string[])[], reads: FieldReads<Property>): Property[] | undefined {
  let byPaths = reachedPropertiesBySelection.get(info.fieldNodes);
  if (!byPaths) reachedPropertiesBySelection.set(info.fieldNodes, (byPaths = new Map()));
  const key = paths.map((path) => path.join('.')).join(' ');
  let properties = byPaths.get(key);
  if (properties === undefined) {
    const ends = paths.flatMap((path) => path.reduce((sets, field) => fieldsIn(info, sets).get(field) ?? [], nodeSelections(info)));
    byPaths.set(key, (properties = propertiesRead(info, ends, reads)));
  }
  return properties === null ? undefined : ([...properties] as Property[]);
}

/**
 * As `nodeProperties`, for a to-one relation the page joins to its nodes (an
 * activity's partner): what the query selects under `edges { node { relation
 * { … } } }` reads of the related entity (`reachedProperties`).
 */
export const joinedProperties = <Property extends string>(info: GraphQLResolveInfo, relation: string, reads: FieldReads<Property>): Property[] | undefined =>
  reachedProperties(info, [[relation]], reads);

/**
 * What a page reads of its rows (`nodeProperties`) and of each relation it
 * joins to them (`joinedProperties`, `joined` giving each relation's type map),
 * as `findPage` takes them. A field not in `reads` may read the joined rows too:
 * then they are whole as well.
 */
export function pageReads<Property extends string>(
  info: GraphQLResolveInfo,
  reads: FieldReads<Property>,
  joined: Readonly<Record<string, FieldReads<string>>>,
): [Property[] | undefined, Record<string, string[] | undefined> | undefined] {
  const fields = nodeProperties(info, reads);
  if (!fields) return [undefined, undefined];
  return [fields, Object.fromEntries(Object.entries(joined).map(([relation, relationReads]) => [relation, joinedProperties(info, relation, relationReads)]))];
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
