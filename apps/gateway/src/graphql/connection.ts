import type { Page } from '@synergia/domain';

/** A domain page as a Relay connection. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map((node, index) => ({ cursor: page.cursors[index]!, node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.cursors[0] ?? null,
      endCursor: page.cursors.at(-1) ?? null,
    },
    totalCount: page.totalCount,
  };
}
