/** Public error codes (the API exposes these in `extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  LIMIT_EXCEEDED: 'LIMIT_EXCEEDED',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Base for errors that carry a public code. */
export class LineageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends LineageError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

export class BadInputError extends LineageError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class LimitExceededError extends LineageError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.LIMIT_EXCEEDED, message, details);
  }
}

/** The store's backend cannot be reached (Neo4j down, database locked beyond the timeout). */
export class StoreUnavailableError extends LineageError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.UNAVAILABLE, message, details);
  }
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
