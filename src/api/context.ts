import type { Logger } from 'pino';
import { LimitExceededError } from '../errors.js';
import type { GraphStore } from '../graph/store.js';
import type { Ontology } from '../ontology/index.js';
import type { ArgSchemas } from './args.js';
import type { CodeSpellings } from './code.js';
import type { ApiLimits } from './limits.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store behind per-request loaders, and the request's budget. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  ontology: Ontology;
  limits: ApiLimits;
  args: ArgSchemas;
  logger: Logger;
  /** Codes to try for a code as typed (canonical first). */
  codeSpellings: CodeSpellings;
  /** Epoch ms after which no further store call starts. */
  deadline: number;
  /** Count items loaded for this request; throws LIMIT_EXCEEDED past `limits.maxItemsPerRequest`. */
  charge(items: number): void;
}

export interface ContextDeps {
  store: GraphStore;
  ontology: Ontology;
  limits: ApiLimits;
  args: ArgSchemas;
  logger: Logger;
  codeSpellings: CodeSpellings;
}

/** A fresh context per operation: loaders cache only within one request. */
export function createContext(deps: ContextDeps, now = Date.now()): ApiContext {
  const deadline = now + deps.limits.requestTimeoutMs;
  const checkDeadline = () => {
    if (Date.now() > deadline) {
      throw new LimitExceededError(`Request exceeded the ${deps.limits.requestTimeoutMs} ms time limit`, {
        limit: 'timeout',
      });
    }
  };
  let loaded = 0;
  const charge = (items: number) => {
    loaded += items;
    if (loaded > deps.limits.maxItemsPerRequest) {
      throw new LimitExceededError(
        `Request loaded more than ${deps.limits.maxItemsPerRequest} nodes, edges and documents; ask for less (lower depth, perHopLimit or first)`,
        { limit: 'items' },
      );
    }
  };
  return {
    ...deps,
    deadline,
    charge,
    loaders: createLoaders(deps.store, { beforeCall: checkDeadline, charge }),
  };
}
