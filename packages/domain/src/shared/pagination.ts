import { Cursor } from '@mikro-orm/core';
import { InvalidArgumentError } from './context.ts';

export type PageArgs = { first?: number | null | undefined; after?: string | null | undefined };

export const defaultPageSize = 20;
export const maxPageSize = 100;

/** A page of results in the Relay shape, ready for the GraphQL connection types. */
export type Page<T> = {
  items: T[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
};

/** Checks `first` and `after`, naming the argument at fault. */
export function checkPageArgs(args: PageArgs): { first: number; after: string | undefined } {
  const first = args.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new InvalidArgumentError('first', `must be a whole number from 0 to ${maxPageSize}`);
  }
  if (args.after != null) {
    try {
      const decoded = Cursor.decode(args.after);
      if (!Array.isArray(decoded)) throw new Error('not a cursor');
    } catch {
      throw new InvalidArgumentError('after', 'is not a cursor returned by this list');
    }
  }
  return { first, after: args.after ?? undefined };
}

export function pageFromCursor<T extends object>(cursor: Cursor<T, never, '*', never, true>, hadAfter: boolean): Page<T> {
  const items = [...cursor.items] as T[];
  return {
    items,
    cursors: items.map((item) => cursor.from(item)),
    totalCount: cursor.totalCount,
    hasNextPage: cursor.hasNextPage,
    hasPreviousPage: hadAfter && cursor.hasPrevPage,
  };
}
