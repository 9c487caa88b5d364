import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { GraphStore } from '../graph/store.js';
import { loadOntology } from '../ontology/index.js';
import { argSchemas } from './args.js';
import { budgetSchema } from './budget.js';
import type { CodeSpellings } from './code.js';
import { type ApiContext, createContext } from './context.js';
import { compiledExecutor } from './executor.js';
import { type ApiLimits, DEFAULT_API_LIMITS } from './limits.js';
import { createLogger } from './logger.js';
import {
  armorProtection,
  createErrorFormatter,
  loggingPlugin,
  readOnlyPlugin,
  timingPlugin,
} from './plugins/index.js';
import { buildApiSchema } from './schema.js';

export interface ApiOptions {
  /** How a typed document code is spelled in the store: built by the composition root from the ingest
   * knowledge (`codeSpellings(loadKnowledge())`), so the API reads no ingest files itself. */
  codeSpellings: CodeSpellings;
  limits?: Partial<ApiLimits>;
  logger?: Logger;
}

/** The transport-free API: an Apollo server plus a factory for per-request contexts. */
export interface Api {
  apollo: ApolloServer<ApiContext>;
  newContext(): ApiContext;
  limits: ApiLimits;
  logger: Logger;
  store: GraphStore;
}

/** Build (and start) the Apollo server over a store; HTTP and `lineage query` both run operations through it. */
export async function createApi(config: Config, store: GraphStore, options: ApiOptions): Promise<Api> {
  const limits: ApiLimits = { ...DEFAULT_API_LIMITS, ...options.limits };
  const logger = options.logger ?? createLogger(config);
  const armor = armorProtection(limits, config.production);
  const apollo = new ApolloServer<ApiContext>({
    // The schema reaches Apollo through the compiled executor (Apollo's only custom-executor hook).
    gateway: compiledExecutor(budgetSchema(buildApiSchema())),
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: true,
    includeStacktraceInErrorResponses: !config.production,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: armor.validationRules,
    formatError: createErrorFormatter(config.production),
    logger,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<ApiContext>[]),
      readOnlyPlugin(),
      loggingPlugin(logger),
      // Server-Timing tells an attacker which phase a payload slows down: development only.
      ...(config.production ? [] : [timingPlugin()]),
      // Apollo's default landing page loads a remote sandbox; only offer it when introspection is on.
      ...(config.introspection ? [] : [ApolloServerPluginLandingPageDisabled()]),
      // The default cache-control plugin wraps every resolver (willResolveField) for hints we never set.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const deps = {
    store,
    ontology: loadOntology(),
    limits,
    args: argSchemas(limits),
    logger,
    codeSpellings: options.codeSpellings,
  };
  return { apollo, newContext: () => createContext(deps), limits, logger, store };
}
