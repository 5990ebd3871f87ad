import { RawQueryFragment } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/knex';
import { PerOrmCache } from './per-orm-cache.ts';

/*
 * Statements built once per shape of their where clause. Why: building a list
 * page's statement with MikroORM's query builder (processing the where clause,
 * then knex compiling it) took about a sixth of the activity list's CPU, and a
 * list sends the same few shapes with different values over and over.
 *
 * The proof that a shape's values land in the same places every time: the
 * first request of a shape builds its statement twice, once with its own
 * values and once with every value replaced by a unique marker of the same
 * type. Where each marker comes out among the bindings says where each value
 * goes; the rest of the bindings are constants of the shape. The shape is kept
 * only if both builds give the same text, every marker comes out unchanged, and
 * the template filled with the request's own values gives exactly the bindings
 * the query builder gave. Anything else (a value the ORM converts, a raw
 * fragment, an entity as a value) leaves the shape built on every request, as
 * before.
 */

type Where = unknown;

/** One binding of a template: a value of the where clause by its index, a constant, or a list of either. */
type TemplateBinding = { value: number } | { constant: unknown } | { each: TemplateBinding[] };
type Template = { sql: string; bindings: TemplateBinding[] };

/** A where clause taken apart: its shape (everything but the values, as text) and its values in walk order. */
type Parameterized = { shape: string; values: unknown[] };

const markerPrefix = '\u0000synergia-statement-parameter-';
const stringMarker = (index: number) => `${markerPrefix}${index}\u0000`;
// Negative, not whole, far from any count or score a filter holds.
const numberMarker = (index: number) => -(2 ** 40) - index - 0.5;
const dateMarker = (index: number) => new Date(-1e15 - index);

/** Thrown inside the walk when a where clause cannot be parameterized; never escapes this module. */
class NotParameterizable extends Error {}

const isPlainObject = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** A knex query builder or raw (MikroORM takes them as subqueries): they come compiled, so their text and values are part of the shape. */
const isKnexQuery = (value: object): value is { toSQL(): { sql: string; bindings: readonly unknown[] } } =>
  typeof (value as { toSQL?: unknown }).toSQL === 'function' && 'client' in value;

/**
 * Walks `where` depth first, writing its shape to `shape` and its values to
 * `values`; with `marked`, returns the same clause with the i-th value replaced
 * by `marked(value, i)`.
 */
function walk(where: Where, shape: string[], values: unknown[], marked?: (value: unknown, index: number) => unknown): unknown {
  switch (typeof where) {
    case 'undefined':
      shape.push('u');
      return where;
    case 'boolean':
    case 'bigint':
      // Too few distinct values to mark (and SQLite binds booleans as numbers): part of the shape.
      shape.push(`${typeof where}:${String(where)}`);
      return where;
    case 'string':
    case 'number': {
      if (typeof where === 'number' && !Number.isFinite(where)) throw new NotParameterizable();
      shape.push(typeof where);
      values.push(where);
      return marked ? marked(where, values.length - 1) : where;
    }
    case 'object': {
      if (where === null) {
        shape.push('null');
        return where;
      }
      if (where instanceof Date) {
        shape.push('date');
        values.push(where);
        return marked ? marked(where, values.length - 1) : where;
      }
      if (Array.isArray(where)) {
        shape.push('[');
        const items = where.map((item) => walk(item, shape, values, marked));
        shape.push(']');
        return items;
      }
      if (where instanceof RawQueryFragment) throw new NotParameterizable();
      if (isKnexQuery(where)) {
        const { sql, bindings } = where.toSQL();
        shape.push(`query:${sql}:${JSON.stringify(bindings)}`);
        return where;
      }
      if (!isPlainObject(where) || Object.getOwnPropertySymbols(where).length) throw new NotParameterizable();
      shape.push('{');
      const copy: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(where)) {
        if (RawQueryFragment.isKnownFragment(key)) throw new NotParameterizable();
        shape.push(JSON.stringify(key), ':');
        copy[key] = walk(value, shape, values, marked);
      }
      shape.push('}');
      return marked ? copy : where;
    }
    default:
      throw new NotParameterizable();
  }
}

function parameterize(where: Where): Parameterized | null {
  const shape: string[] = [];
  const values: unknown[] = [];
  try {
    walk(where, shape, values);
  } catch (error) {
    if (error instanceof NotParameterizable) return null;
    throw error;
  }
  return { shape: shape.join(''), values };
}

const markerOf = (value: unknown, index: number) =>
  typeof value === 'string' ? stringMarker(index) : typeof value === 'number' ? numberMarker(index) : dateMarker(index);

/** Which value a marker stands for, or undefined for any other binding. */
function markedIndex(binding: unknown, markers: readonly unknown[]): number | undefined {
  const index =
    binding instanceof Date
      ? markers.findIndex((marker) => marker instanceof Date && marker.getTime() === binding.getTime())
      : typeof binding === 'string' || typeof binding === 'number'
        ? markers.indexOf(binding)
        : -1;
  return index < 0 ? undefined : index;
}

/** A marker that came out changed (inside a longer text, say): the ORM did something to the value, so the shape cannot be templated. */
const holdsMarkerText = (binding: unknown) => typeof binding === 'string' && binding.includes(markerPrefix);

function templateBinding(binding: unknown, markers: readonly unknown[], used: Set<number>): TemplateBinding | null {
  const index = markedIndex(binding, markers);
  if (index !== undefined) {
    used.add(index);
    return { value: index };
  }
  if (holdsMarkerText(binding)) return null;
  if (Array.isArray(binding)) {
    const each: TemplateBinding[] = [];
    for (const item of binding) {
      const part = templateBinding(item, markers, used);
      if (!part) return null;
      each.push(part);
    }
    return { each };
  }
  return { constant: binding };
}

function fill(binding: TemplateBinding, values: readonly unknown[]): unknown {
  if ('value' in binding) return values[binding.value];
  if ('constant' in binding) return binding.constant;
  return binding.each.map((item) => fill(item, values));
}

function sameBinding(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameBinding(item, b[index]));
  return false;
}

type Compiled = { sql: string; bindings: readonly unknown[] };
const compile = (qb: QueryBuilder<never>): Compiled => {
  const { sql, bindings } = qb.toQuery()._sql as unknown as Compiled;
  return { sql, bindings };
};

/** The template of a shape, from the statement built with the request's values and the one built with markers; null when they do not prove it. */
function templateOf(built: Compiled, values: readonly unknown[], markers: readonly unknown[], buildMarked: () => Compiled): Template | null {
  let marked: Compiled;
  try {
    marked = buildMarked();
  } catch {
    // A marker the ORM refused (a value it validates): this shape is built each time.
    return null;
  }
  if (marked.sql !== built.sql || marked.bindings.length !== built.bindings.length) return null;
  const used = new Set<number>();
  const bindings: TemplateBinding[] = [];
  for (const binding of marked.bindings) {
    const part = templateBinding(binding, markers, used);
    if (!part) return null;
    bindings.push(part);
  }
  if (used.size !== values.length) return null;
  const template = { sql: marked.sql, bindings };
  return bindings.every((binding, index) => sameBinding(fill(binding, values), built.bindings[index])) ? template : null;
}

/** Enough for every list's shapes with every role's visibility; past it the oldest go (a filter of many ids makes a shape per count). */
export const maxTemplatesPerOrm = 2000;
/** Templates by ORM, statement and shape; null marks a shape that cannot be templated. */
const templates = new PerOrmCache<Template | null>(maxTemplatesPerOrm);

export type CachedStatementStats = { templated: number; built: number };
/** How many statements were answered from a template and how many were built, for tests and the benchmark. */
export const cachedStatementStats: CachedStatementStats = { templated: 0, built: 0 };

/**
 * Runs the statement `build(where)` makes (a select), from a template of
 * `where`'s shape when there is one. `statement` names everything but the
 * where clause that `build` puts in the statement (entity, columns, joins,
 * order, limit): two calls with the same `statement` and shapes must build
 * the same text. Rows come raw, as `qb.execute('all', false)` gives them.
 */
export async function executeCached(em: EntityManager, statement: string, where: Where, build: (where: Where) => QueryBuilder<never>): Promise<Record<string, unknown>[]> {
  const parameterized = parameterize(where);
  let compiled: Compiled;
  if (!parameterized) {
    compiled = compile(build(where));
    cachedStatementStats.built++;
  } else {
    const key = `${statement}\n${parameterized.shape}`;
    const template = templates.get(em, key);
    if (template) {
      compiled = { sql: template.sql, bindings: template.bindings.map((binding) => fill(binding, parameterized.values)) };
      cachedStatementStats.templated++;
    } else {
      compiled = compile(build(where));
      cachedStatementStats.built++;
      if (template === undefined) {
        const markers = parameterized.values.map(markerOf);
        const learned = templateOf(compiled, parameterized.values, markers, () => compile(build(walk(where, [], [], (_, index) => markers[index]))));
        templates.set(em, key, learned);
      }
    }
  }
  return (await em.getConnection('read').execute(compiled.sql, compiled.bindings as unknown[], 'all', em.getTransactionContext())) as Record<string, unknown>[];
}
