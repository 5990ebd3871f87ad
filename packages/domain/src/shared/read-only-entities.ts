import { Collection, Reference, ReferenceKind, Utils, type EntityMetadata, type EntityName, type EntityProperty, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { QueryBuilder } from '@mikro-orm/knex';
import type { EntityManager } from '@mikro-orm/knex';

/*
 * Read-only entities: objects of an entity's class built straight from a
 * query's row, outside the unit of work — no identity map, no change-tracking
 * snapshot, no tracking accessors (each value is an own data property). Why: a list page is read, shaped into
 * JSON and dropped, yet MikroORM's managed hydration (`em.map`) cost 4.2 ms
 * for a page of 50 activities with their partners — more than the statement
 * itself. The same page as read-only entities takes a tenth of that (see
 * docs/performance.md).
 *
 * They read like loaded entities: the same class, the same converted values
 * (the ORM's own type conversions), to-one relations as references — joined
 * rows become read-only entities too, bare keys managed references that load
 * through the request's EntityManager as usual. They are never flushed: a
 * service that changes a row loads it by id (em.findOne), as every one does.
 */

type Convert = (value: unknown, page: PageBuild) => unknown;
type Plan = ({ name: string; convert: Convert; collection?: undefined } | { name: string; convert?: undefined; collection: EntityProperty })[];
/** One call's shared objects: a row's partner joined on ten rows is one object, as in an identity map. */
type PageBuild = { em: EntityManager; objects: Map<string, unknown> };

const plans = new WeakMap<EntityMetadata, Plan>();

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

function planOf(em: EntityManager, meta: EntityMetadata): Plan {
  let plan = plans.get(meta);
  if (plan) return plan;
  plan = [];
  for (const prop of meta.props) {
    if (prop.getter && !prop.setter && prop.persist === false) continue;
    if (prop.kind === ReferenceKind.SCALAR) {
      if (prop.ref) throw new Error(`read-only entities: ${meta.className}.${prop.name} is a lazy scalar reference, which they do not support`);
      const convert = scalarConversion(em, prop);
      plan.push({ name: prop.name, convert: (value) => (value == null ? value : convert(value)) });
    } else if ((prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) && prop.owner !== false && !prop.mappedBy) {
      const target = prop.targetMeta!;
      const asRef = !!prop.ref;
      plan.push({
        name: prop.name,
        convert: (value, page) => {
          if (value == null) return value;
          const joined = Utils.isPlainObject(value);
          const key = `${joined ? 'joined' : 'key'}:${asRef ? 'ref' : 'entity'}:${target.className}:${joined ? target.primaryKeys.map((pk) => String((value as Record<string, unknown>)[pk])).join('|') : String(value)}`;
          let converted = page.objects.get(key);
          if (converted === undefined) {
            // Joined to the row: read-only too. A bare key: a managed reference, loaded on demand as for any entity.
            if (joined) {
              const entity = build(page, target, value as Record<string, unknown>);
              converted = asRef ? Reference.create(entity) : entity;
            } else {
              converted = page.em.getReference(target.className, value as never, { wrapped: asRef } as never);
            }
            page.objects.set(key, converted);
          }
          return converted;
        },
      });
    } else if (prop.kind === ReferenceKind.ONE_TO_MANY || prop.kind === ReferenceKind.MANY_TO_MANY) {
      // As on an entity loaded without populating it: a collection not loaded (a read-only entity cannot load it).
      plan.push({ name: prop.name, collection: prop });
    } else {
      // Embeddables and inverse one-to-ones are in no entity yet; refuse rather than build half an entity.
      throw new Error(`read-only entities: ${meta.className}.${prop.name} (${prop.kind}) is not supported`);
    }
  }
  plans.set(meta, plan);
  return plan;
}

function build(page: PageBuild, meta: EntityMetadata, data: Record<string, unknown>): object {
  // Own data properties first, the class after: the ORM puts a tracking accessor for every property on the
  // prototype, and setting through it costs about 30 µs an object.
  const entity: Record<string, unknown> = {};
  for (const { name, convert, collection } of planOf(page.em, meta)) {
    if (collection) {
      const items = new Collection(entity, undefined, false);
      items.property = collection;
      entity[name] = items;
      continue;
    }
    const value = data[name];
    if (value !== undefined) entity[name] = convert(value, page);
  }
  return Object.setPrototypeOf(entity, meta.prototype);
}

/**
 * Entities of `entityName` for reading only, one per row, from rows mapped to
 * property names (`qb.execute('all', true)`; to-one relations joined with
 * `leftJoinAndSelect` nested as objects). Properties a row lacks stay unset.
 */
export function readOnlyEntities<T extends object>(em: EntityManager, entityName: EntityName<T> | string, rows: readonly Record<string, unknown>[]): T[] {
  const meta = em.getMetadata().get<T>(Utils.className(entityName as EntityName<T>)) as EntityMetadata;
  const page: PageBuild = { em, objects: new Map() };
  // Mapped as em.map maps them; joined relations were mapped with the row.
  return rows.map((row) => build(page, meta, em.getDriver().mapResult(row as never, meta) as Record<string, unknown>) as T);
}

/** Joins each to-one relation of `populate` to a query builder aliased `e0`, selected with the row. */
export function joinToOne<T extends object>(qb: QueryBuilder<T>, populate: readonly string[] = []): QueryBuilder<T> {
  for (const [index, relation] of populate.entries()) qb.leftJoinAndSelect(`e0.${relation}` as never, `j${index}`);
  return qb;
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
  return readOnlyEntities<T>(em, entityName, (await qb.execute('all', true)) as Record<string, unknown>[]);
}
