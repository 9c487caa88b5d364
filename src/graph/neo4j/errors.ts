import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { LimitExceededError, LineageError, StoreUnavailableError } from '../../errors.js';

/** Driver codes meaning "the server cannot be reached or dropped us", as opposed to a bad query. */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
]);

/** Socket-level failures that surface as plain errors rather than Neo4jError. */
const UNAVAILABLE_MESSAGE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|Connection acquisition timed out|Failed to connect|Could not perform discovery|socket hang up/i;

/** A transaction stopped by its timeout (the request's time left), server- or client-configured. */
const TIMED_OUT = /^Neo\.ClientError\.Transaction\.TransactionTimedOut/;

/**
 * The one place driver errors become public errors: an unreachable or unauthenticated server is
 * StoreUnavailableError (code UNAVAILABLE); a transaction stopped by its timeout is LimitExceededError (the
 * request's time budget); anything else is rethrown as is (masked as INTERNAL by the API).
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof LineageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof Neo4jError ? error.code : undefined;
  if (code !== undefined && TIMED_OUT.test(code)) {
    return new LimitExceededError('Request exceeded its time limit while Neo4j was reading', {
      limit: 'timeout',
      driverCode: code,
    });
  }
  const unavailable =
    (code !== undefined && UNAVAILABLE_CODES.has(code)) ||
    UNAVAILABLE_MESSAGE.test(message) ||
    (error instanceof Neo4jError &&
      isRetryableError(error) &&
      code?.startsWith('Neo.TransientError') !== true);
  if (!unavailable) return error;
  return new StoreUnavailableError(
    `Neo4j is unavailable: ${message}`,
    code ? { driverCode: code } : undefined,
  );
}
