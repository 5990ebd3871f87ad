import { createRequire } from 'node:module';
import { GraphQLError } from 'graphql';

/*
 * graphql-jit 0.8.9 continues an operation after each promise (a resolver's
 * answer, a list item) in a callback that nothing guards: when that callback
 * throws, the operation's count of pending promises never reaches zero, so
 * the request never answers, and the error is only an unhandled rejection.
 * Fields without a resolver are read inside that callback, so one getter that
 * throws (a read-only entity's property the query did not load, an
 * uninitialised collection) was enough to stall a request. Here the runtime's
 * two entry points for promises are replaced by guarded ones: the callback's
 * error is kept, the count still goes down, and the executor fails the
 * operation with it (`brokenContinuation`).
 */

/** The part of graphql-jit's per-operation context the runtime's promise handling uses. */
type OperationContext = { promiseCounter: number; resolve?: (context: OperationContext) => void; errors: GraphQLError[] };
type Continue = (value: unknown) => void;
type JitRuntime = {
  isPromise(value: unknown): value is PromiseLike<unknown>;
  handleResolverResult(context: OperationContext, value: unknown, onSuccess: Continue, onError: Continue): void;
  handleListItemResult(context: OperationContext, value: unknown, onSuccess: Continue, onError: Continue): void;
};

/** Marks the error of a continuation that threw, for the executor to fail the whole operation. */
const continuationFailures = new WeakSet<Error>();

/** Whether an operation's errors hold one of a continuation that threw: its data is incomplete and must not be sent. */
export const brokenContinuation = (errors: readonly GraphQLError[] | undefined): boolean =>
  !!errors?.some((error) => continuationFailures.has(error));

function continueGuarded(context: OperationContext, step: Continue, value: unknown): void {
  try {
    step(value);
  } catch (thrown) {
    const cause = thrown instanceof Error ? thrown : new Error(String(thrown));
    const error = new GraphQLError(cause.message, { originalError: cause });
    continuationFailures.add(error);
    context.errors.push(error);
  }
  if (--context.promiseCounter === 0) context.resolve?.(context);
}

function settleGuarded(this: JitRuntime, context: OperationContext, value: unknown, onSuccess: Continue, onError: Continue): void {
  if (!this.isPromise(value)) return onSuccess(value);
  ++context.promiseCounter;
  value.then(
    (result) => continueGuarded(context, onSuccess, result),
    (error) => continueGuarded(context, onError, error),
  );
}

let guarded = false;

/** Replaces graphql-jit's unguarded promise continuations (once per process); fails loudly if its runtime changed shape. */
export function guardCompiledContinuations(): void {
  if (guarded) return;
  // The runtime compiled operations call is the CommonJS module's object (graphql-jit's ESM entry loads its CommonJS build).
  const { jitRuntime } = createRequire(import.meta.url)('graphql-jit/dist/runtime.js') as { jitRuntime: Partial<JitRuntime> };
  if (typeof jitRuntime.handleResolverResult !== 'function' || typeof jitRuntime.handleListItemResult !== 'function' || typeof jitRuntime.isPromise !== 'function') {
    throw new Error('graphql-jit runtime changed: handleResolverResult/handleListItemResult not found; review graphql/compiled-continuations.ts');
  }
  jitRuntime.handleResolverResult = settleGuarded;
  jitRuntime.handleListItemResult = settleGuarded;
  guarded = true;
}
