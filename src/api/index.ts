/** The GraphQL API's public surface. */
export { type Api, type ApiOptions, createApi } from './apollo.js';
export { type CodeSpellings, codeSpellings } from './code.js';
export { type Operation, runOperation } from './execute.js';
export { createServer, type LineageServer, type ServerOptions } from './http/server.js';
export { type ApiLimits, DEFAULT_API_LIMITS } from './limits.js';
export { buildApiSchema, readTypeDefs, SCHEMA_PATH } from './schema.js';
export { serve } from './serve.js';
