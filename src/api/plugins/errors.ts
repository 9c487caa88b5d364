import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode, LineageError } from '../../errors.js';
import { LIMIT_EXTENSION } from './limits.js';

/** Apollo's own codes that mean "the request itself is wrong". */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/** graphql-js's parser message when `maxTokens` is exceeded. */
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/; // graphql 16 spells it "more that"

export const INTERNAL_MESSAGE = 'Internal server error';
export const UNAVAILABLE_MESSAGE = 'The graph store is unavailable; try again later';

/** graphql-js's suggestions ("Did you mean the enum value RECALLS?", "Did you mean \"x\"?") map the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * What a production client reads: INTERNAL and UNAVAILABLE say nothing of paths, SQLite codes or driver
 * messages (the log keeps those); other messages lose schema suggestions.
 */
function productionMessage(code: ErrorCode, message: string): string {
  if (code === ErrorCode.INTERNAL) return INTERNAL_MESSAGE;
  if (code === ErrorCode.UNAVAILABLE) return UNAVAILABLE_MESSAGE;
  return message.replace(SUGGESTION, '').trim();
}

/** The LineageError behind an error, however deeply Apollo or graphql-js wrapped it. */
export function lineageErrorOf(error: unknown): LineageError | undefined {
  let current: unknown = unwrapResolverError(error);
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof LineageError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Which public code an error carries: the single place where internal errors meet the contract. */
export function publicCode(formatted: GraphQLFormattedError, error: unknown): ErrorCode {
  const original = lineageErrorOf(error);
  if (original) return original.code;
  const extensions = formatted.extensions ?? {};
  if (typeof extensions[LIMIT_EXTENSION] === 'string') return ErrorCode.LIMIT_EXCEEDED;
  const apolloCode = typeof extensions.code === 'string' ? extensions.code : undefined;
  if (apolloCode && CLIENT_ERROR_CODES.has(apolloCode)) {
    return TOKEN_LIMIT.test(formatted.message) ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.BAD_USER_INPUT;
  }
  return ErrorCode.INTERNAL;
}

/**
 * Apollo `formatError`: every error leaves with one of the five public codes. Unknown errors are masked in
 * production (their details go to the log, see logging.ts). Never throws.
 */
export function createErrorFormatter(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    try {
      const code = publicCode(formatted, error);
      const original = lineageErrorOf(error);
      const extensions: Record<string, unknown> = { code };
      const masked = production && (code === ErrorCode.INTERNAL || code === ErrorCode.UNAVAILABLE);
      if (original?.details && !masked) extensions.details = original.details;
      // Which limit was hit, whether armor (validation) or our own budget (details.limit) said so.
      const limit = formatted.extensions?.[LIMIT_EXTENSION] ?? original?.details?.[LIMIT_EXTENSION];
      if (typeof limit === 'string') extensions.limit = limit;
      if (!production && formatted.extensions?.stacktrace)
        extensions.stacktrace = formatted.extensions.stacktrace;
      const message = production ? productionMessage(code, formatted.message) : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions };
    } catch {
      return { message: INTERNAL_MESSAGE, extensions: { code: ErrorCode.INTERNAL } };
    }
  };
}
