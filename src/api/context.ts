import type { Logger } from 'pino';
import { LimitExceededError } from '../errors.js';
import type { GraphStore } from '../graph/store.js';
import type { Ontology } from '../ontology/index.js';
import type { ArgSchemas } from './args.js';
import type { CodeSpellings } from './code.js';
import { type ApiLimits, timeLimitMessage } from './limits.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives: the store behind per-request loaders, and the request's budget. */
export interface ApiContext {
  /** The store scoped to this request's budget (its reads stop at the deadline or first breach). */
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
  /**
   * Start the deadline timer for the execution; returns the function that stops it. At the deadline the
   * request's budget is spent: the store view's signal aborts and the executor answers at once.
   */
  arm(): () => void;
  /** Count items loaded or resolved for this request; throws LIMIT_EXCEEDED past `limits.maxItemsPerRequest`. */
  charge(items: number): void;
  /** Count text produced for the response; throws LIMIT_EXCEEDED past `limits.maxResponseBytes`. */
  chargeBytes(bytes: number): void;
  /**
   * The first budget breach of this request, if any: the executor then answers with it alone, without partial
   * data. A function, not a field: Apollo may hand resolvers a shallow copy of the context.
   */
  exceeded(): LimitExceededError | undefined;
  /** Settles at the first budget breach, so the answer need not wait for the cut-off fields to wind down. */
  whenExceeded(): Promise<LimitExceededError>;
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
  const { limits } = deps;
  const deadline = now + limits.requestTimeoutMs;
  const aborter = new AbortController();
  const context: ApiContext = {
    ...deps,
    store: deps.store.scoped?.({ signal: aborter.signal, deadline }) ?? deps.store,
    deadline,
    arm: () => {
      // Fires even while a store call is in flight: the answer goes out and the store's read is released.
      const timer = setTimeout(
        () => spend(timeLimitMessage(limits), 'timeout'),
        Math.max(0, deadline - Date.now()),
      );
      timer.unref();
      return () => clearTimeout(timer);
    },
    charge: (items) => {
      loaded += items;
      if (loaded > limits.maxItemsPerRequest) {
        breach(
          `Request resolved more than ${limits.maxItemsPerRequest} items (nodes, edges, documents, list elements); ask for less (lower depth, perHopLimit or first, fewer nested lists)`,
          'items',
        );
      }
      checkDeadline();
    },
    chargeBytes: (bytes) => {
      produced += bytes;
      if (produced > limits.maxResponseBytes) {
        breach(`Response would exceed ${limits.maxResponseBytes} bytes; ask for less`, 'responseBytes');
      }
    },
    exceeded: () => spent,
    whenExceeded: () => breached,
    loaders: undefined as unknown as Loaders,
  };
  let loaded = 0;
  let produced = 0;
  let spent: LimitExceededError | undefined;
  let settleBreach: (error: LimitExceededError) => void = () => {};
  const breached = new Promise<LimitExceededError>((resolve) => {
    settleBreach = resolve;
  });
  /** Record the first breach: settles whenExceeded and aborts the store view's signal. */
  const spend = (message: string, limit: string): LimitExceededError => {
    if (!spent) {
      spent = new LimitExceededError(message, { limit });
      settleBreach(spent);
      aborter.abort(spent);
    }
    return spent;
  };
  /** Every later check fails too, so the execution winds down quickly once a budget is spent. */
  const breach = (message: string, limit: string): never => {
    throw spend(message, limit);
  };
  const checkDeadline = () => {
    if (spent) throw spent;
    if (Date.now() > deadline) breach(timeLimitMessage(limits), 'timeout');
  };
  context.loaders = createLoaders(context.store, { beforeCall: checkDeadline, charge: context.charge });
  return context;
}
