import { Collection, Reference, ReferenceKind, Utils, raw, type EntityMetadata, type Ref, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { QueryBuilder } from '@mikro-orm/knex';
import type { EntityManager } from '@mikro-orm/knex';
import { isPostgres } from './search.ts';
import { PerOrmCache } from './per-orm-cache.ts';

/*
 * Read-only entities: objects of an entity's class built straight from a
 * query's raw rows, outside the unit of work — no identity map, no
 * change-tracking snapshot, no tracking accessors (each value is an own data
 * property). Why: a list page is read, shaped into JSON and dropped, yet
 * MikroORM's managed hydration (`em.map`) cost 4.2 ms for a page of 50
 * activities with their partners, more than the statement itself, and mapping
 * the joined columns to nested objects (`execute('all', true)`) another 2 ms.
 * Read-only entities take a tenth of that (docs/performance.md).
 *
 * They read like loaded entities: the same class, the same converted values
 * (the ORM's own type conversions), to-one relations as references — joined
 * rows become read-only entities too, bare keys managed references that load
 * through the request's EntityManager as usual. They are never flushed: a
 * service that changes a row loads it by id (em.findOne), as every one does.
 */

type Step =
  | { kind: 'scalar'; name: string; column: string; convert: (value: unknown) => unknown }
  | { kind: 'toOne'; name: string; column: string; target: EntityMetadata; asRef: boolean }
  | { kind: 'collection'; name: string; prop: EntityProperty };

const plans = new WeakMap<EntityMetadata, Step[]>();

/** The conversions the ORM's hydrator applies to a property's database value (ObjectHydrator, MikroORM 6). */
function scalarConversion(em: EntityManager, prop: EntityProperty): (value: unknown) => unknown {
  const platform = em.getPlatform();
  if (prop.customType) {
    const type = prop.customType;
    return (value) => type.convertToJSValue(value, platform);
  }
  if (prop.runtimeType === 'boolean') return (value) => !!value;
  // em.map's validator turns numeric text (bigint, count columns) into numbers.
  if (prop.runtimeType === 'number') return (value) => (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(+value) ? +value : value);
  if (prop.runtimeType === 'Date' && !platform.isNumericProperty(prop)) {
    // Timestamps arrive as text (PostgreSQL) or epoch milliseconds (SQLite); the ORM's time zone applies to text without one.
    const tz = platform.getTimezone();
    return (value) => {
      if (value instanceof Date) return value;
      if (!tz || tz === 'local') return new Date(value as string);
      const text = value as string | number;
      if (typeof text === 'number' || text.includes('+') || text.lastIndexOf('-') > 10 || text.endsWith('Z')) return new Date(text);
      return new Date(text + tz);
    };
  }
  return (value) => value;
}

/**
 * The columns of the properties `names` of `meta`, each once; a name that is no property stored in a column is
 * a programming error of `caller`'s.
 */
export function storedColumns(meta: EntityMetadata, names: Iterable<string>, caller: string): string[] {
  const columns = new Set<string>();
  for (const name of names) {
    const prop = meta.properties[name as never] as EntityProperty | undefined;
    if (!prop?.fieldNames?.length || prop.persist === false || prop.formula) {
      throw new Error(`${caller}: ${meta.className}.${name} is not a property stored in a column`);
    }
    for (const column of prop.fieldNames) columns.add(column);
  }
  return [...columns];
}

const singleColumn = (meta: EntityMetadata, prop: EntityProperty): string => {
  if (prop.fieldNames?.length !== 1) throw new Error(`read-only entities: ${meta.className}.${prop.name} spans ${prop.fieldNames?.length ?? 0} columns, which they do not support`);
  return prop.fieldNames[0]!;
};

function planOf(em: EntityManager, meta: EntityMetadata): Step[] {
  let plan = plans.get(meta);
  if (plan) return plan;
  plan = [];
  for (const prop of meta.props) {
    if (prop.getter && !prop.setter && prop.persist === false) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.ref) throw new Error(`read-only entities: ${meta.className}.${prop.name} is a lazy scalar reference, which they do not support`);
      if (prop.formula) continue;
      plan.push({ kind: 'scalar', name: prop.name, column: singleColumn(meta, prop), convert: scalarConversion(em, prop) });
    } else if ((prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) && prop.owner !== false && !prop.mappedBy) {
      plan.push({ kind: 'toOne', name: prop.name, column: singleColumn(meta, prop), target: prop.targetMeta!, asRef: !!prop.ref });
    } else if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      // As on an entity loaded without populating it: a collection not loaded (a read-only entity cannot load it).
      plan.push({ kind: 'collection', name: prop.name, prop });
    } else {
      // Embeddables and inverse one-to-ones are in no entity yet; refuse rather than build half an entity.
      throw new Error(`read-only entities: ${meta.className}.${prop.name} (${prop.kind}) is not supported`);
    }
  }
  plans.set(meta, plan);
  return plan;
}

/** The own marker MikroORM's `Reference.isReference` looks for; module-private there, so read off a real reference once. */
let referenceMarker: symbol | undefined;

/**
 * A bare foreign key on a read-only entity: a `Reference` whose key is there at
 * once and whose entity (the managed reference, registered in the request's
 * identity map) is made on first use — `load()`, `unwrap()`, `isInitialized()`
 * and the rest all go through it. Why: making the managed reference of every
 * distinct key cost about an eighth of a list's CPU (registering it and
 * defining its tracking accessors), and resolvers mostly read only the key.
 */
class KeyReference {
  // Private fields: nothing of ours may shadow what Reference or the key's own name uses.
  readonly #em: EntityManager;
  readonly #target: EntityMetadata;
  readonly #key: unknown;
  #made: object | undefined;
  property: EntityProperty | undefined = undefined;
  constructor(em: EntityManager, target: EntityMetadata, key: unknown) {
    this.#em = em;
    this.#target = target;
    this.#key = key;
    (this as Record<symbol | string, unknown>)[referenceMarker!] = true;
    (this as Record<string, unknown>)[target.primaryKeys[0]!] = key;
  }
  get entity(): object {
    return (this.#made ??= this.#em.getReference(this.#target.className, this.#key as never) as object);
  }
  set entity(entity: object) {
    this.#made = entity;
  }
}
Object.setPrototypeOf(KeyReference.prototype, Reference.prototype);

/**
 * The reference of a to-one relation of a read-only entity: to its bare key, or,
 * given `joined`, to the entity built from the joined columns (its key is that
 * entity's). Why joined ones too: `Reference.create` wraps the entity in the
 * ORM's helper first, about a twentieth of the activity list's CPU for the
 * partners and synergies of a page.
 */
function keyReference(em: EntityManager, target: EntityMetadata, key: unknown, joined?: object): unknown {
  if (target.primaryKeys.length !== 1 || !referenceMarker) {
    const real = joined ? Reference.create(joined) : em.getReference(target.className, key as never, { wrapped: true });
    if (target.primaryKeys.length !== 1) return real;
    referenceMarker = Object.getOwnPropertySymbols(real).find((symbol) => symbol.description === 'Reference');
    if (!referenceMarker || !Reference.isReference(real)) throw new Error('read-only entities: this MikroORM version marks references differently; see keyReference');
    return real;
  }
  const reference = new KeyReference(em, target, key);
  if (joined) reference.entity = joined;
  return reference;
}

/** Per entity, and per list of properties a query left out: the prototype that says so (`prototypeOf`). */
const partialPrototypes = new WeakMap<EntityMetadata, Map<string, object>>();
/** Every prototype of `partialPrototypes`, for `isPartial`. */
const anyPartialPrototype = new WeakSet<object>();

/** Whether a read-only entity was built from some of its columns only: never hand one to a by-id loader, whose other readers may read anything. */
export const isPartial = (entity: object): boolean => anyPartialPrototype.has(Object.getPrototypeOf(entity) as object);

/**
 * The prototype of the entities built from rows like `row`: the entity's own,
 * or, when the query selected only some columns (a list page loads what its
 * selection reads), one whose properties left out throw when read, so a
 * forgotten property is an error that names it, never a silent null.
 */
function prototypeOf(meta: EntityMetadata, steps: readonly BoundStep[], row: Record<string, unknown>): object {
  const missing = steps.flatMap((step) => (step.kind !== 'collection' && !(step.key in row) ? [step.name] : []));
  if (!missing.length) return meta.prototype as object;
  const byMissing = partialPrototypes.get(meta) ?? new Map<string, object>();
  partialPrototypes.set(meta, byMissing);
  let prototype = byMissing.get(missing.join());
  if (!prototype) {
    const notLoaded = (name: string): PropertyDescriptor => ({
      get() {
        throw new Error(`${meta.className}.${name} was not loaded: the query selected only some columns (add it to what the field reads)`);
      },
      set(value: unknown) {
        Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
      },
    });
    prototype = Object.create(meta.prototype as object, Object.fromEntries(missing.map((name) => [name, notLoaded(name)]))) as object;
    byMissing.set(missing.join(), prototype);
    anyPartialPrototype.add(prototype);
  }
  return prototype;
}

/** References whose entity came joined to a read-only entity's row (`joinedEntity`). */
const joinedReferences = new WeakSet<object>();

/**
 * The entity of a reference that came joined to a read-only entity's row, or
 * undefined for any other reference. Why: `Reference.load` answers with a
 * promise even when the entity is there, and a list resolved a promise (and
 * its microtasks) per row and relation for rows it already had.
 */
export const joinedEntity = <T extends object>(reference: Ref<T> | null | undefined): T | undefined =>
  reference && joinedReferences.has(reference) ? (reference.unwrap() as T) : undefined;

/**
 * A plan bound to one call's rows: each step with its row key (`prefix +
 * column`, made once per call, not once per row and column), each relation
 * with the objects already built for it — a partner joined on ten rows is one
 * object, as in an identity map — and the prototype, from the first row.
 */
type BoundStep =
  | { kind: 'scalar'; name: string; key: string; convert: (value: unknown) => unknown }
  | { kind: 'toOne'; name: string; key: string; objects: Map<unknown, unknown>; make: (row: Record<string, unknown>, value: unknown) => unknown }
  | { kind: 'collection'; name: string; key: string; prop: EntityProperty };
type BoundPlan = { meta: EntityMetadata; steps: BoundStep[]; prototype: object | undefined };

function bindPlan(em: EntityManager, meta: EntityMetadata, prefix: string, joined: ReadonlyMap<string, string>): BoundPlan {
  const steps = planOf(em, meta).map((step): BoundStep => {
    if (step.kind === 'collection') return { ...step, key: '' };
    const key = prefix + step.column;
    if (step.kind === 'scalar') return { kind: 'scalar', name: step.name, key, convert: step.convert };
    const joinedPrefix = joined.get(step.name);
    let make: (row: Record<string, unknown>, value: unknown) => unknown;
    if (joinedPrefix) {
      // Joined to the row: read-only too.
      const target = bindPlan(em, step.target, joinedPrefix, new Map());
      const targetKey = step.target.primaryKeys[0]!;
      make = (row) => {
        const entity = build(target, row);
        if (!step.asRef) return entity;
        const reference = keyReference(em, step.target, (entity as Record<string, unknown>)[targetKey], entity) as object;
        joinedReferences.add(reference);
        return reference;
      };
    } else if (step.asRef) {
      // A bare key: its managed reference is made only when something besides the key is asked of it.
      make = (_, value) => keyReference(em, step.target, value);
    } else {
      make = (_, value) => em.getReference(step.target.className, value as never);
    }
    return { kind: 'toOne', name: step.name, key, objects: new Map(), make };
  });
  return { meta, steps, prototype: undefined };
}

/** One entity from a raw row, by its bound plan. */
function build(plan: BoundPlan, row: Record<string, unknown>): object {
  // Own data properties first, the class after: the ORM puts a tracking accessor for every property on the
  // prototype, and setting through it costs about 30 µs an object.
  const entity: Record<string, unknown> = {};
  for (const step of plan.steps) {
    if (step.kind === 'collection') {
      const items = new Collection(entity, undefined, false);
      items.property = step.prop;
      entity[step.name] = items;
      continue;
    }
    const value = row[step.key];
    if (value === undefined) continue;
    if (step.kind === 'scalar') {
      entity[step.name] = value === null ? null : step.convert(value);
      continue;
    }
    if (value === null) {
      entity[step.name] = null;
      continue;
    }
    let related = step.objects.get(value);
    if (related === undefined) {
      related = step.make(row, value);
      step.objects.set(value, related);
    }
    entity[step.name] = related;
  }
  return Object.setPrototypeOf(entity, (plan.prototype ??= prototypeOf(plan.meta, plan.steps, row)));
}

/**
 * Of each joined relation (`joinToOne`), the properties its reader needs; a
 * relation not named here, or named with undefined, is selected whole. Its
 * read-only entity then has only those (and its key): the others throw when
 * read (`prototypeOf`), and `isPartial` tells it from a whole one.
 */
export type JoinedFields = Readonly<Record<string, readonly string[] | undefined>>;

/**
 * Joins each to-one relation of `populate` to a query builder aliased `e0`, its
 * columns selected as `j<index>__<column>`: all of them, or its key and the
 * columns of the properties `joinedFields` names for it.
 */
export function joinToOne<T extends object>(qb: QueryBuilder<T>, populate: readonly string[] = [], joinedFields: JoinedFields = {}): QueryBuilder<T> {
  for (const [index, relation] of populate.entries()) {
    const alias = `j${index}`;
    const fields = Object.hasOwn(joinedFields, relation) ? joinedFields[relation] : undefined;
    if (!fields) {
      qb.leftJoinAndSelect(`e0.${relation}` as never, alias);
      continue;
    }
    const target = (qb.mainAlias.metadata?.properties[relation as never] as EntityProperty | undefined)?.targetMeta;
    if (!target) throw new Error(`joinToOne: ${qb.mainAlias.entityName}.${relation} is not a relation`);
    const columns = storedColumns(target, [...target.primaryKeys, ...fields], 'joinToOne');
    qb.leftJoin(`e0.${relation}` as never, alias).addSelect(columns.map((column) => `${alias}.${column} as ${alias}__${column}`) as never);
  }
  return qb;
}

/**
 * Entities of `entityName` for reading only, one per raw row
 * (`qb.execute('all', false)`) of a query built with `joinToOne(qb, populate)`:
 * the relations of `populate` come from their joined columns. Properties whose
 * columns the query did not select throw when read (`prototypeOf`).
 */
export function readOnlyEntities<T extends object>(
  em: EntityManager,
  entityName: EntityName<T> | string,
  rows: readonly Record<string, unknown>[],
  populate: readonly string[] = [],
  /** Where the entity's own columns are, when it is itself joined to the query (`j1__`). */
  prefix = '',
): T[] {
  const meta = em.getMetadata().get<T>(Utils.className(entityName as EntityName<T>)) as EntityMetadata;
  const plan = bindPlan(em, meta, prefix, new Map(populate.map((relation, index) => [relation, `j${index}__`])));
  return rows.map((row) => build(plan, row) as T);
}

/**
 * `em.find` for reading only: the same rows in one statement, as read-only
 * entities, with the to-one relations of `populate` joined.
 */
export async function findReadOnly<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  where: FilterQuery<T>,
  options: { orderBy?: QueryOrderMap<T>; populate?: readonly string[] } = {},
): Promise<T[]> {
  const qb = joinToOne(em.createQueryBuilder(entityName, 'e0').select('*'), options.populate).where(where);
  if (options.orderBy) qb.orderBy(options.orderBy);
  return readOnlyEntities<T>(em, entityName, (await qb.execute('all', false)) as Record<string, unknown>[], options.populate);
}

/** Statement texts by ORM and shape (`findReadOnlyByKeys`). */
const keyedStatements = new PerOrmCache<string>();

export type FindByKeysOptions<T> = {
  /** More conditions, their values written `'?'` and given in `params`, so the text stays the same. */
  where?: FilterQuery<T>;
  params?: readonly unknown[];
  orderBy?: QueryOrderMap<T>;
  populate?: readonly string[];
  /** The row's own properties its readers need (besides its key and `keyProperty`); every one when absent. The others throw when read. */
  fields?: readonly string[];
};

/**
 * `findReadOnly` of the rows whose `keyProperty` is one of `keys`, as a loader
 * asks, by a statement whose text is built once per ORM and shape and then
 * only given values: the keys are one value (a PostgreSQL array; a JSON list
 * SQLite unnests), so the shape does not change with their number, and
 * `where`'s values are placeholders. Why: building the statement with the
 * query builder took most of a loader's CPU, and every request of a list runs
 * its loaders (docs/performance.md).
 */
export async function findReadOnlyByKeys<T extends object>(
  em: EntityManager,
  entityName: EntityName<T>,
  keyProperty: string,
  keys: readonly string[],
  options: FindByKeysOptions<T> = {},
): Promise<T[]> {
  if (keys.length === 0) return [];
  const name = Utils.className(entityName);
  const postgres = isPostgres(em);
  const params = options.params ?? [];
  const shape = JSON.stringify([name, keyProperty, options.where ?? null, options.orderBy ?? null, options.populate ?? [], options.fields ?? null]);
  const sql = keyedStatements.getOrBuild(em, shape, () => {
    const meta = em.getMetadata().get(name) as EntityMetadata;
    const prop = meta.properties[keyProperty as never] as EntityProperty | undefined;
    if (!prop) throw new Error(`findReadOnlyByKeys: ${name} has no property ${keyProperty}`);
    const column = em.getPlatform().quoteIdentifier(`e0.${singleColumn(meta, prop)}`);
    // A marker, not `?`: the query builder wants a value for each `?` of a raw fragment, and would inline it.
    const keysMarker = '__keys_parameter__';
    const keyIn = postgres ? `${column} = any(${keysMarker}::${prop.columnTypes[0]}[])` : `${column} in (select value from json_each(${keysMarker}))`;
    const own = options.fields ? storedColumns(meta, [...meta.primaryKeys, keyProperty, ...(options.populate ?? []), ...options.fields], 'findReadOnlyByKeys').map((column) => `e0.${column}`) : '*';
    const qb = joinToOne(em.createQueryBuilder(name, 'e0').select(own as never), options.populate).where(raw(keyIn));
    if (options.where) qb.andWhere(options.where as never);
    if (options.orderBy) qb.orderBy(options.orderBy as never);
    // The keys' condition comes first in the where clause, and nothing before it takes a value: theirs is the first `?`.
    const text = qb.getKnexQuery().toSQL().sql.replace(keysMarker, '?');
    const placeholders = (text.match(/\?/g) ?? []).length;
    if (placeholders !== 1 + params.length) throw new Error(`findReadOnlyByKeys: the ${name} statement has ${placeholders} placeholders for ${1 + params.length} values: ${text}`);
    return text;
  });
  const keysParam = postgres ? `{${keys.map((key) => `"${key.replace(/["\\]/g, '\\$&')}"`).join(',')}}` : JSON.stringify(keys);
  const rows = (await em.getConnection().execute(sql, [keysParam, ...params], 'all', em.getTransactionContext())) as Record<string, unknown>[];
  return readOnlyEntities<T>(em, name, rows, options.populate);
}

/** Column types whose values PostgreSQL's JSON writes as numbers where its rows give text (the driver's numeric and bigint). */
const textInJson = /^(numeric|decimal|bigint|int8)/i;

/**
 * SQL text of a correlated subquery that gives, for the row aliased `e0` of a
 * page, the rows of `entityName` whose `keyProperty` is that row's id, as one
 * JSON list in `orderBy` order: each row an object keyed as a raw row of
 * `joinToOne(qb, populate, joinedFields)` is (its columns, each joined
 * relation's `j<index>__<column>`: all of them, or its key and the columns of
 * the properties `joinedFields` names for it; of the row's own, all or its
 * key, `keyProperty`, the relations of `populate` and those of `fields`), so
 * `readOnlyEntities` reads it (`rowsOfJson`). Why: a list's nested rows in its page's own
 * statement, not a statement of their own (each statement cost a list a third
 * of a millisecond of CPU here, for the socket write alone). No parameters:
 * the text depends on the ORM and these arguments only.
 */
export function rowsAsJson<T extends object>(em: EntityManager, entityName: EntityName<T> | string, keyProperty: string, options: RowsAsJsonOptions): string {
  const shape = JSON.stringify([Utils.className(entityName as EntityName<T>), keyProperty, options.orderBy, options.populate ?? [], options.joinedFields ?? {}, options.fields ?? null, options.where ?? null]);
  return jsonStatements.getOrBuild(em, shape, () => rowsAsJsonText(em, Utils.className(entityName as EntityName<T>), keyProperty, options));
}

export type RowsAsJsonOptions = {
  orderBy: Readonly<Record<string, 'asc' | 'desc' | 'desc nulls first'>>;
  /**
   * Which rows, besides their key: property names and constant values, each
   * condition over a value or null (`{ until: [null, { $gte: '2026-12-07' }] }`
   * is `until is null or until >= '2026-12-07'`). The values go into the text
   * (the statement takes no parameters), so only strings of letters, digits
   * and dashes (dates) are accepted.
   */
  where?: Readonly<Record<string, readonly (null | { $gte: string })[]>>;
  populate?: readonly string[];
  joinedFields?: JoinedFields;
  /** The row's own properties its reader needs (besides its key and `keyProperty`); every one when absent. */
  fields?: readonly string[];
};

/** `rowsAsJson`'s texts by ORM and arguments. */
const jsonStatements = new PerOrmCache<string>();

function rowsAsJsonText(em: EntityManager, entityName: string, keyProperty: string, options: RowsAsJsonOptions): string {
  const meta = em.getMetadata().get(entityName) as EntityMetadata;
  const postgres = isPostgres(em);
  const quote = (name: string) => em.getPlatform().quoteIdentifier(name);
  const columnOf = (owner: EntityMetadata, name: string) => singleColumn(owner, owner.properties[name as never] as EntityProperty);
  const pairs: string[] = [];
  const add = (owner: EntityMetadata, alias: string, prefix: string, only?: ReadonlySet<string>) => {
    for (const step of planOf(em, owner)) {
      if (step.kind === 'collection' || (only && !only.has(step.column))) continue;
      const value = quote(`${alias}.${step.column}`);
      const columnType = (owner.properties[step.name as never] as EntityProperty).columnTypes?.[0] ?? '';
      pairs.push(`'${prefix}${step.column}'`, postgres && textInJson.test(columnType) ? `${value}::text` : value);
    }
  };
  add(meta, 'x', '', options.fields && new Set(storedColumns(meta, [...meta.primaryKeys, keyProperty, ...(options.populate ?? []), ...options.fields], 'rowsAsJson')));
  const joins = (options.populate ?? []).map((relation, index) => {
    const prop = meta.properties[relation as never] as EntityProperty | undefined;
    if (!prop?.targetMeta) throw new Error(`rowsAsJson: ${meta.className}.${relation} is not a relation`);
    const target = prop.targetMeta;
    const fields = Object.hasOwn(options.joinedFields ?? {}, relation) ? options.joinedFields![relation] : undefined;
    add(target, `j${index}`, `j${index}__`, fields && new Set(storedColumns(target, [...target.primaryKeys, ...fields], 'rowsAsJson')));
    return `left join ${quote(target.tableName)} as ${quote(`j${index}`)} on ${quote(`j${index}.${columnOf(target, target.primaryKeys[0]!)}`)} = ${quote(`x.${columnOf(meta, relation)}`)}`;
  });
  const order = Object.entries(options.orderBy)
    .map(([name, direction]) => `${quote(`x.${columnOf(meta, name)}`)} ${direction}`)
    .join(', ');
  const conditions = Object.entries(options.where ?? {}).map(([name, anyOf]) => {
    const column = quote(`x.${columnOf(meta, name)}`);
    const literal = (value: string) => {
      if (!/^[A-Za-z0-9-]+$/.test(value)) throw new Error(`rowsAsJson: ${meta.className}.${name} cannot be compared with ${JSON.stringify(value)} in the statement's text`);
      return `'${value}'`;
    };
    const each = anyOf.map((condition) => (condition === null ? `${column} is null` : `${column} >= ${literal(condition.$gte)}`));
    return `(${each.join(' or ')})`;
  });
  const from = `from ${quote(meta.tableName)} as ${quote('x')} ${joins.join(' ')} where ${[`${quote(`x.${columnOf(meta, keyProperty)}`)} = ${quote('e0.id')}`, ...conditions].join(' and ')}`;
  return postgres
    ? `(select coalesce(json_agg(json_build_object(${pairs.join(', ')}) order by ${order}), '[]'::json) ${from})`
    : // SQLite aggregates in the order its rows come; json() keeps each object JSON inside the list, not text.
      `(select json_group_array(json(o)) from (select json_object(${pairs.join(', ')}) as o ${from} order by ${order}))`;
}

/** The raw rows of a `rowsAsJson` value (parsed by the driver, or JSON text), for `readOnlyEntities` (all of a page's in one call: related rows shared across them are then one object). */
export const rowsOfJson = (value: unknown): Record<string, unknown>[] => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, unknown>[];
