import { getVariableValues } from 'graphql/execution/values.js';
import { GraphQLError, valueFromASTUntyped, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { brokenContinuation, guardCompiledContinuations } from './compiled-continuations.ts';

/*
 * Operations run as JavaScript compiled for each document (graphql-jit)
 * instead of graphql-js's interpreter. Why: graphql-js walks the selection for
 * every object of a list, collecting fields, coercing arguments and wrapping
 * results in promises field by field — about a fifth of a list request's CPU
 * (docs/performance.md). A compiled operation does that walk once. It is
 * plugged in as Apollo Server's executor (the gateway interface, whose only
 * other part here is handing Apollo the schema), so parsing, validation, the
 * query-shape limits, plugins and error formatting stay Apollo's.
 */

/**
 * The variables as the client sent them, with each one it left out that has a
 * default given as if sent. Why: graphql-jit 0.8.9 refuses an omitted non-null
 * variable that has a default ("was not provided"), where the spec takes the
 * default. The values stay inputs (not graphql-js's coerced ones): coercing a
 * coerced DateTime again would lose its milliseconds.
 */
function withDefaults(operation: OperationDefinitionNode, sent: Record<string, unknown>): Record<string, unknown> {
  let variables = sent;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!definition.defaultValue || sent[name] !== undefined) continue;
    if (variables === sent) variables = { ...sent };
    variables[name] = valueFromASTUntyped(definition.defaultValue);
  }
  return variables;
}

/**
 * An error as Apollo Server can format it. Why: graphql-jit's errors have no
 * `extensions` when the resolver threw an error without any (a failed SQL
 * statement, a bug), and Apollo's formatting then fails on them: the client got
 * a bare "Internal server error" without its path, and formatError was skipped.
 */
function formattable(error: GraphQLError): GraphQLError {
  if (error.extensions) return error;
  const normalized = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // graphql-js computes locations from AST nodes, which graphql-jit does not keep; its own are right.
  Object.defineProperty(normalized, 'locations', { value: error.locations, enumerable: !!error.locations?.length });
  return normalized;
}

/** Apollo Server's `gateway` option: serves `schema` and executes with compiled operations. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  guardCompiledContinuations();
  const listeners = new Set<Parameters<GatewayInterface['onSchemaLoadOrUpdate']>[0]>();
  // Each operation of each document, compiled once: Apollo keeps one parsed document per query text, so it keys the cache.
  const compiledByDocument = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compiledOperation = (document: DocumentNode, operationName: string | null): CompiledQuery | ExecutionResult => {
    let byOperation = compiledByDocument.get(document);
    if (!byOperation) {
      byOperation = new Map();
      compiledByDocument.set(document, byOperation);
    }
    const key = operationName ?? '';
    let compiled = byOperation.get(key);
    if (!compiled) {
      compiled = compileQuery(schema, document, operationName ?? undefined);
      byOperation.set(key, compiled);
    }
    return compiled;
  };
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    // Variables are checked by graphql-js first, so a bad variable gets graphql-js's error, word for word (and the
    // 400 Apollo gives it); the compiled operation then coerces the same values again.
    const sent = request.variables ?? {};
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], sent, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors };
    const compiled = compiledOperation(document, operationName);
    if (!isCompiledQuery(compiled)) return compiled;
    const result = await compiled.query(undefined, context, withDefaults(operation, sent));
    if (!result.errors) return result;
    const errors = result.errors.map(formattable);
    // A continuation that threw left holes in the data: the operation fails as a whole, with the error (masked and logged as internal).
    return { ...result, data: brokenContinuation(errors) ? null : result.data, errors };
  };
  return {
    async load() {
      for (const listener of listeners) listener({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {},
  };
}

