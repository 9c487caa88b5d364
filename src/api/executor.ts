import { createRequire } from 'node:module';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import type { LimitExceededError } from '../errors.js';
import type { ApiContext } from './context.js';

/**
 * graphql-js as Apollo, @graphql-tools and graphql-jit load it: through Node's resolution, which picks the
 * package's CommonJS build. A plain `import` is the same module under Node, but bundlers and test runners
 * that honour the package's `module` field load a second copy, and graphql-js refuses a schema built by
 * the other copy.
 */
const { execute, getVariableValues, GraphQLError } = createRequire(import.meta.url)(
  'graphql',
) as typeof import('graphql');

/**
 * graphql-jit's errors are not graphql-js GraphQLErrors (no `extensions` object unless the cause had one,
 * which Apollo's error normaliser requires): rebuild each as one, keeping message, path, locations and cause.
 */
function asGraphqlError(error: GraphQLErrorLike): InstanceType<typeof GraphQLError> {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
  // graphql-jit reports positions as locations (it keeps no AST nodes); graphql-js assigns this field itself.
  (rebuilt as { locations?: unknown }).locations = error.locations;
  return rebuilt;
}

type GraphQLErrorLike = Pick<
  InstanceType<typeof GraphQLError>,
  'message' | 'path' | 'locations' | 'originalError' | 'extensions'
>;

async function withGraphqlErrors(
  result: ExecutionResult | Promise<ExecutionResult>,
): Promise<ExecutionResult> {
  const settled = await result;
  if (!settled.errors?.length) return settled;
  return { ...settled, errors: settled.errors.map(asGraphqlError) };
}

/** Apollo's hook for a custom executor: its `gateway` option (Apollo Server 4+ has no `executor` option). */
export type ExecutorGateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];

/** What compiling one operation gave: a compiled query, or nothing usable (graphql-js then runs it). */
type Compiled = { ok: true; query: CompiledQuery } | { ok: false };

/**
 * Executes operations with graphql-jit, which compiles a document once into plain JavaScript, instead of
 * graphql-js, whose per-field interpretation (argument coercion, type checks, one completion call per value)
 * dominated large answers such as a 300-node lineage. Parsing, validation (graphql-armor's limits),
 * plugins and error formatting stay Apollo's: only the execute step changes.
 *
 * A document is compiled the second time it runs: one-off queries (the explorer's ad-hoc queries, a
 * client cycling through distinct documents) run on graphql-js and never pay the compilation. Compiled
 * queries hang off the parsed operation, which Apollo's documentStore (a bounded LRU) keeps for repeated
 * queries, so they live exactly as long as the cached document. Nothing about results is cached.
 */
export function compiledExecutor(schema: GraphQLSchema): ExecutorGateway {
  const seen = new WeakSet<OperationDefinitionNode>();
  const compiled = new WeakMap<OperationDefinitionNode, Compiled>();

  /** The compiled form of an operation from its second run on; undefined on its first. */
  const compiledFor = (document: DocumentNode, operation: OperationDefinitionNode): Compiled | undefined => {
    const hit = compiled.get(operation);
    if (hit || !seen.has(operation)) {
      seen.add(operation);
      return hit;
    }
    let entry: Compiled = { ok: false };
    try {
      const result = compileQuery(schema, document, operation.name?.value);
      if (isCompiledQuery(result)) entry = { ok: true, query: result };
    } catch {
      // Whatever the compiler cannot handle still runs, on graphql-js.
    }
    compiled.set(operation, entry);
    return entry;
  };

  /** A spent budget answers alone: partial data and one error per cut-off field would be unbounded again. */
  const run = async (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    context: ApiContext,
  ): Promise<ExecutionResult> => {
    const disarm = context.arm();
    let result: ExecutionResult | LimitExceededError;
    try {
      result = await Promise.race([
        runUnbudgeted(document, operation, variables, context),
        context.whenExceeded(),
      ]);
    } finally {
      disarm();
    }
    const exceeded = context.exceeded();
    if (!exceeded) return result as ExecutionResult;
    return { errors: [new GraphQLError(exceeded.message, { originalError: exceeded })] };
  };

  const runUnbudgeted = async (
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Record<string, unknown> | undefined,
    context: ApiContext,
  ): Promise<ExecutionResult> => {
    const entry = compiledFor(document, operation);
    if (!entry?.ok) {
      const operationName = operation.name?.value;
      return execute({ schema, document, operationName, variableValues: variables, contextValue: context });
    }
    // graphql-js coerces the variables first, so invalid ones fail with its exact errors (Apollo recognises
    // them as BAD_USER_INPUT); the compiled query then coerces the same values again, a negligible cost.
    if (operation.variableDefinitions?.length) {
      const coerced = getVariableValues(schema, operation.variableDefinitions, variables ?? {});
      if (coerced.errors) return { errors: coerced.errors };
    }
    return withGraphqlErrors(entry.query.query(undefined, context, variables ?? {}));
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operation, request, context }) =>
          run(document, operation, request.variables, context as ApiContext),
      };
    },
    async stop() {},
  };
}
