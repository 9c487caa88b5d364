import { MAX_LINEAGE_DEPTH, MAX_PAGE_SIZE, MAX_PATH_DEPTH } from '../graph/limits.js';

/** Limits the API enforces on every request; tests pass smaller values through `createServer` options. */
export interface ApiLimits {
  /** Deepest selection set (graphql-armor max-depth). */
  maxQueryDepth: number;
  /** Largest estimated cost (graphql-armor cost-limit). */
  maxCost: number;
  /** Most aliases in one operation (graphql-armor max-aliases). */
  maxAliases: number;
  /** Most directives in one operation (graphql-armor max-directives). */
  maxDirectives: number;
  /** Most lexical tokens in one document (graphql-js parser `maxTokens`). */
  maxTokens: number;
  /** Largest HTTP request body, in bytes. */
  maxBodyBytes: number;
  /** Most operations in one batched HTTP request. */
  maxBatchSize: number;
  /** Wall-clock budget of one request, in milliseconds. */
  requestTimeoutMs: number;
  /** Most nodes, edges and documents one request may load (bounds the fan-out of nested relation fields). */
  maxItemsPerRequest: number;
  /** Largest response, in bytes of produced text (checked while the result is built, and again when encoded). */
  maxResponseBytes: number;
  /** Budget of the /healthz store check, in milliseconds. */
  healthTimeoutMs: number;
  /** A client must send all of a request's headers within this, in milliseconds, or the socket is closed. */
  headersTimeoutMs: number;
  /** A client must send the whole request (headers and body) within this, in milliseconds, or gets a 408. */
  bodyTimeoutMs: number;
  /** Open connections served at once; beyond, a request is answered 503 with Retry-After and its socket closed. */
  maxConnections: number;
  maxPageSize: number;
  maxLineageDepth: number;
  maxPathDepth: number;
}

export const DEFAULT_API_LIMITS: Readonly<ApiLimits> = Object.freeze({
  maxQueryDepth: 12,
  maxCost: 20_000,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3_000,
  maxBodyBytes: 64 * 1024,
  maxBatchSize: 5,
  requestTimeoutMs: 15_000,
  maxItemsPerRequest: 20_000,
  maxResponseBytes: 16 * 1024 * 1024,
  healthTimeoutMs: 2_000,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 20_000,
  maxConnections: 512,
  maxPageSize: MAX_PAGE_SIZE,
  maxLineageDepth: MAX_LINEAGE_DEPTH,
  maxPathDepth: MAX_PATH_DEPTH,
});

/** The one wording of a spent time budget, whichever layer notices it (execution, operation, HTTP). */
export function timeLimitMessage(limits: Pick<ApiLimits, 'requestTimeoutMs'>): string {
  return `Request exceeded the ${limits.requestTimeoutMs} ms time limit`;
}
