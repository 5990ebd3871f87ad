import type { LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createFollowUpLoaders(_ctx: LoaderContext) {
  return {};
}
