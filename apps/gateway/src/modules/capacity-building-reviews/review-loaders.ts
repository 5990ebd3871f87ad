import type { LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createReviewLoaders(_ctx: LoaderContext) {
  return {};
}
