import type { LoaderContext } from '../../graphql/loaders.ts';

/** Per-request DataLoaders of this module, merged into ctx.loaders. */
export function createCapacityAssessmentLoaders(_ctx: LoaderContext) {
  return {};
}
